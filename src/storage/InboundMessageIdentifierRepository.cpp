#include "storage/InboundMessageIdentifierRepository.h"

#include "storage/Database.h"
#include "storage/ErrorCodes.h"

namespace sgl::storage {

namespace {

QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

domain::Status done(const domain::Result<qint64> &r)
{
    if (!r)
        return std::unexpected(r.error());
    return {};
}

} // namespace

domain::Result<std::optional<qint64>>
InboundMessageIdentifierRepository::findPatient(ReadTx &tx, const QString &authority,
                                                const QString &typeCode, const QString &value)
{
    auto q = tx.query(QStringLiteral("SELECT patient_id FROM patient_external_ids "
                                     "WHERE authority = ? AND type_code = ? AND value = ?"),
                      {authority, typeCode, value});
    if (!q)
        return std::unexpected(q.error());
    if (q->next())
        return std::optional<qint64>(q->value(0).toLongLong());
    return std::optional<qint64>();
}

domain::Status InboundMessageIdentifierRepository::link(WriteTx &tx, const InboundMessageIdentifier &id,
                                                        qint64 messageId)
{
    auto owner = findPatient(tx, id.authority, id.typeCode, id.value);
    if (!owner)
        return std::unexpected(owner.error());
    if (*owner) {
        if (**owner == id.patientId)
            return {};
        return domain::fail(errc::Duplicate,
                            QStringLiteral("L'identifiant %1 (%2, %3) appartient déjà au patient n° %4.")
                                .arg(id.value, id.typeCode, id.authority)
                                .arg(**owner));
    }
    return done(tx.insert(QStringLiteral("INSERT INTO patient_external_ids (patient_id, authority, type_code, value, "
                                         "message_id, updated_at) VALUES (?, ?, ?, ?, ?, ?)"),
                          {id.patientId, id.authority, id.typeCode, id.value, idOrNull(messageId),
                           tx.dialect().toDb(QDateTime::currentDateTimeUtc())}));
}

domain::Status InboundMessageIdentifierRepository::move(WriteTx &tx, const InboundMessageIdentifier &id,
                                                        qint64 toPatient, qint64 messageId)
{
    auto r = tx.exec(QStringLiteral("UPDATE patient_external_ids SET patient_id = ?, message_id = ?, updated_at = ? "
                                    "WHERE authority = ? AND type_code = ? AND value = ?"),
                     {toPatient, idOrNull(messageId), tx.dialect().toDb(QDateTime::currentDateTimeUtc()),
                      id.authority, id.typeCode, id.value});
    if (!r)
        return std::unexpected(r.error());
    if (*r == 0) {
        InboundMessageIdentifier fresh = id;
        fresh.patientId = toPatient;
        return link(tx, fresh, messageId);
    }
    return {};
}

domain::Status InboundMessageIdentifierRepository::remove(WriteTx &tx, const InboundMessageIdentifier &id)
{
    return done(tx.exec(QStringLiteral("DELETE FROM patient_external_ids WHERE authority = ? AND type_code = ? AND value = ?"),
                        {id.authority, id.typeCode, id.value}));
}

domain::Result<QList<InboundMessageIdentifier>>
InboundMessageIdentifierRepository::forPatient(ReadTx &tx, qint64 patientId)
{
    auto q = tx.query(QStringLiteral("SELECT patient_id, authority, type_code, value FROM patient_external_ids "
                                     "WHERE patient_id = ? ORDER BY id"),
                      {patientId});
    if (!q)
        return std::unexpected(q.error());
    QList<InboundMessageIdentifier> out;
    while (q->next())
        out << InboundMessageIdentifier{q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toString(),
                                        q->value(3).toString()};
    return out;
}

} // namespace sgl::storage
