#include "storage/IdentityMergeRepository.h"

#include "storage/AuditRepository.h"
#include "storage/PatientJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sgl::storage {

domain::Result<MergeRecord> IdentityMergeRepository::moveAndLog(WriteTx &tx, const domain::Patient &survivor,
                                                                 const domain::Patient &merged,
                                                                 const domain::AuditActor &actor,
                                                                 const QString &reason)
{
    QJsonObject moved;
    for (const char *table : {"dossiers", "results", "patient_external_ids", "inbound_messages"}) {
        const QString t = QString::fromLatin1(table);
        auto q = tx.query(QStringLiteral("SELECT id FROM %1 WHERE patient_id = ? ORDER BY id").arg(t), {merged.id});
        if (!q)
            return std::unexpected(q.error());
        QJsonArray ids;
        while (q->next())
            ids.append(q->value(0).toLongLong());
        q->finish();
        if (!ids.isEmpty()) {
            auto u = tx.exec(QStringLiteral("UPDATE %1 SET patient_id = ? WHERE patient_id = ?").arg(t),
                             {survivor.id, merged.id});
            if (!u)
                return std::unexpected(u.error());
        }
        moved[t] = ids;
    }
    MergeRecord rec;
    rec.survivorId = survivor.id;
    rec.mergedId = merged.id;
    rec.survivorBefore = PatientJson::toJson(survivor);
    rec.mergedBefore = PatientJson::toJson(merged);
    rec.movedRows = QString::fromUtf8(QJsonDocument(moved).toJson(QJsonDocument::Compact));
    rec.mergedBy = actor.login;
    rec.mergedAt = QDateTime::currentDateTimeUtc();
    auto id = tx.insert(QStringLiteral("INSERT INTO patient_merges (survivor_id, merged_id, survivor_before, "
                                       "merged_before, moved_rows, merged_by, merged_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                        {rec.survivorId, rec.mergedId, rec.survivorBefore, rec.mergedBefore, rec.movedRows,
                         rec.mergedBy, tx.dialect().toDb(rec.mergedAt)});
    if (!id)
        return std::unexpected(id.error());
    rec.id = *id;
    const QJsonObject after{{QStringLiteral("mergeId"), rec.id},
                            {QStringLiteral("survivor"), rec.survivorId},
                            {QStringLiteral("merged"), rec.mergedId},
                            {QStringLiteral("moved"), moved},
                            {QStringLiteral("reason"), reason}};
    const QJsonObject before{{QStringLiteral("survivor"), QJsonDocument::fromJson(rec.survivorBefore.toUtf8()).object()},
                             {QStringLiteral("merged"), QJsonDocument::fromJson(rec.mergedBefore.toUtf8()).object()}};
    auto a = AuditRepository::append(tx, actor, QStringLiteral("patient.merge"), QStringLiteral("patient"),
                                     QString::number(rec.mergedId),
                                     QString::fromUtf8(QJsonDocument(before).toJson(QJsonDocument::Compact)),
                                     QString::fromUtf8(QJsonDocument(after).toJson(QJsonDocument::Compact)));
    if (!a)
        return std::unexpected(a.error());
    return rec;
}

domain::Result<QList<MergeRecord>> IdentityMergeRepository::forPatient(ReadTx &tx, qint64 patientId)
{
    auto q = tx.query(QStringLiteral("SELECT id, survivor_id, merged_id, survivor_before, merged_before, moved_rows, "
                                     "merged_by, merged_at FROM patient_merges WHERE survivor_id = ? OR merged_id = ? "
                                     "ORDER BY id"),
                      {patientId, patientId});
    if (!q)
        return std::unexpected(q.error());
    QList<MergeRecord> out;
    while (q->next()) {
        MergeRecord r;
        r.id = q->value(0).toLongLong();
        r.survivorId = q->value(1).toLongLong();
        r.mergedId = q->value(2).toLongLong();
        r.survivorBefore = q->value(3).toString();
        r.mergedBefore = q->value(4).toString();
        r.movedRows = q->value(5).toString();
        r.mergedBy = q->value(6).toString();
        r.mergedAt = tx.dialect().dateTimeFromDb(q->value(7));
        out << r;
    }
    q->finish();
    return out;
}

} // namespace sgl::storage
