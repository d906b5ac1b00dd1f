#include "storage/IdentityInsHistoryRepository.h"

namespace sgl::storage {

namespace {
QVariant dateOrNull(const QDate &d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant();
}
} // namespace

domain::Status IdentityInsHistoryRepository::record(WriteTx &tx, qint64 patientId,
                                                    const QList<InsHistoryEntry> &entries)
{
    for (const InsHistoryEntry &e : entries) {
        auto r = tx.exec(QStringLiteral("INSERT INTO patient_ins_history (patient_id, matricule, ins_key, oid, active, "
                                        "valid_from, valid_to, message_id, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                         {patientId, e.ins.matricule, e.ins.key, e.ins.oid, tx.dialect().toDb(e.active),
                          dateOrNull(e.ins.validFrom), dateOrNull(e.ins.validTo), e.messageId,
                          tx.dialect().toDb(e.recordedAt.isValid() ? e.recordedAt : QDateTime::currentDateTimeUtc())});
        if (!r)
            return std::unexpected(r.error());
    }
    return {};
}

domain::Result<QList<InsHistoryEntry>> IdentityInsHistoryRepository::forPatient(ReadTx &tx, qint64 patientId)
{
    auto q = tx.query(QStringLiteral("SELECT matricule, ins_key, oid, active, valid_from, valid_to, message_id, "
                                     "recorded_at FROM patient_ins_history WHERE patient_id = ? ORDER BY id"),
                      {patientId});
    if (!q)
        return std::unexpected(q.error());
    QList<InsHistoryEntry> out;
    while (q->next()) {
        InsHistoryEntry e;
        e.ins.matricule = q->value(0).toString();
        e.ins.key = q->value(1).toString();
        e.ins.oid = q->value(2).toString();
        e.active = tx.dialect().boolFromDb(q->value(3));
        e.ins.validFrom = QDate::fromString(q->value(4).toString(), Qt::ISODate);
        e.ins.validTo = QDate::fromString(q->value(5).toString(), Qt::ISODate);
        e.messageId = q->value(6).toString();
        e.recordedAt = tx.dialect().dateTimeFromDb(q->value(7));
        out << e;
    }
    q->finish();
    return out;
}

domain::Result<QDateTime> IdentityInsHistoryRepository::lastConfirmation(ReadTx &tx, qint64 patientId,
                                                                         const QString &matricule)
{
    auto q = tx.query(QStringLiteral("SELECT recorded_at FROM patient_ins_history WHERE patient_id = ? AND "
                                     "matricule = ? AND active = ? ORDER BY id DESC LIMIT 1"),
                      {patientId, matricule, tx.dialect().toDb(true)});
    if (!q)
        return std::unexpected(q.error());
    QDateTime out;
    if (q->next())
        out = tx.dialect().dateTimeFromDb(q->value(0));
    q->finish();
    return out;
}

} // namespace sgl::storage
