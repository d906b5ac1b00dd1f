#include "storage/InboundMessageRepository.h"

#include "storage/Database.h"
#include "storage/ErrorCodes.h"

#include <QSqlRecord>

namespace sgl::storage {

namespace {

const QString kColumns = QStringLiteral(
    "id, channel, sender, control_id, message_type, peer, raw, received_at, status, ack_code, "
    "error_code, error_text, error_location, warnings, patient_id, duplicate_of, processed_at");

QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

InboundMessage fromRow(const QSqlQuery &q, const Dialect &d)
{
    InboundMessage m;
    m.id = q.value(0).toLongLong();
    m.channel = q.value(1).toString();
    m.sender = q.value(2).toString();
    m.controlId = q.value(3).toString();
    m.messageType = q.value(4).toString();
    m.peer = q.value(5).toString();
    m.raw = q.value(6).toByteArray();
    m.receivedAt = d.dateTimeFromDb(q.value(7));
    m.status = inboundStatusFromCode(q.value(8).toString()).value_or(InboundStatus::Rejected);
    m.ackCode = q.value(9).toString();
    m.errorCode = q.value(10).toString();
    m.errorText = q.value(11).toString();
    m.errorLocation = q.value(12).toString();
    const QString warnings = q.value(13).toString();
    m.warnings = warnings.isEmpty() ? QStringList() : warnings.split(u'\n');
    m.patientId = q.value(14).toLongLong();
    m.duplicateOf = q.value(15).toLongLong();
    m.processedAt = d.dateTimeFromDb(q.value(16));
    return m;
}

} // namespace

domain::Result<qint64> InboundMessageRepository::insert(WriteTx &tx, const InboundMessage &m)
{
    const Dialect &d = tx.dialect();
    return tx.insert(
        QStringLiteral("INSERT INTO inbound_messages (channel, sender, control_id, message_type, peer, raw, "
                       "received_at, status, ack_code, error_code, error_text, error_location, warnings, "
                       "patient_id, duplicate_of, processed_at) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {m.channel, m.sender, m.controlId, m.messageType, m.peer, m.raw, d.toDb(m.receivedAt),
         inboundStatusCode(m.status), m.ackCode, m.errorCode, m.errorText, m.errorLocation,
         m.warnings.join(u'\n'), idOrNull(m.patientId), idOrNull(m.duplicateOf),
         d.toDb(m.processedAt.isValid() ? m.processedAt : QDateTime::currentDateTimeUtc())});
}

domain::Status InboundMessageRepository::setPatient(WriteTx &tx, qint64 id, qint64 patientId)
{
    auto r = tx.exec(QStringLiteral("UPDATE inbound_messages SET patient_id = ? WHERE id = ?"),
                     {idOrNull(patientId), id});
    if (!r)
        return std::unexpected(r.error());
    return {};
}

domain::Result<std::optional<qint64>>
InboundMessageRepository::findAccepted(ReadTx &tx, const QString &sender, const QString &controlId)
{
    auto q = tx.query(QStringLiteral("SELECT id FROM inbound_messages WHERE sender = ? AND control_id = ? "
                                     "AND status = 'accepted'"),
                      {sender, controlId});
    if (!q)
        return std::unexpected(q.error());
    if (q->next())
        return std::optional<qint64>(q->value(0).toLongLong());
    return std::optional<qint64>();
}

domain::Result<InboundMessage> InboundMessageRepository::get(ReadTx &tx, qint64 id)
{
    auto q = tx.query(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM inbound_messages WHERE id = ?"), {id});
    if (!q)
        return std::unexpected(q.error());
    if (!q->next())
        return domain::fail(errc::NotFound, QStringLiteral("Message reçu n° %1 introuvable.").arg(id));
    return fromRow(*q, tx.dialect());
}

domain::Result<QList<InboundMessage>>
InboundMessageRepository::list(ReadTx &tx, std::optional<InboundStatus> status, int limit)
{
    const QString base = QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM inbound_messages ");
    auto q = status ? tx.query(base + QStringLiteral("WHERE status = ? ORDER BY id DESC LIMIT ?"),
                               {inboundStatusCode(*status), limit})
                    : tx.query(base + QStringLiteral("ORDER BY id DESC LIMIT ?"), {limit});
    if (!q)
        return std::unexpected(q.error());
    QList<InboundMessage> out;
    while (q->next())
        out << fromRow(*q, tx.dialect());
    return out;
}

domain::Result<qint64> InboundMessageRepository::count(ReadTx &tx, std::optional<InboundStatus> status)
{
    auto q = status ? tx.query(QStringLiteral("SELECT COUNT(*) FROM inbound_messages WHERE status = ?"),
                               {inboundStatusCode(*status)})
                    : tx.query(QStringLiteral("SELECT COUNT(*) FROM inbound_messages"));
    if (!q)
        return std::unexpected(q.error());
    return q->next() ? q->value(0).toLongLong() : 0;
}

} // namespace sgl::storage
