#include "storage/MailboxMessageRepository.h"

#include "storage/Database.h"
#include "storage/ErrorCodes.h"
#include "storage/Tr.h"

#include <QSqlQuery>

#include <optional>

using namespace Qt::StringLiterals;

namespace sgl::storage {

namespace {

// Without `raw`: listing never moves the bytes (up to 10 MiB a message).
const QString kColumns = u"id, message_id, mailbox_uid, received_at, recorded_at, sender, subject, outcome, reason, "
                         "raw_size, state, handled_by, handled_at, handling_note, version"_s;

MailboxMessage fromRow(const QSqlQuery &q, const Dialect &d)
{
    MailboxMessage m;
    m.id = q.value(0).toLongLong();
    m.messageId = q.value(1).toString();
    m.mailboxUid = q.value(2).toLongLong();
    m.receivedAt = d.dateTimeFromDb(q.value(3));
    m.recordedAt = d.dateTimeFromDb(q.value(4));
    m.sender = q.value(5).toString();
    m.subject = q.value(6).toString();
    m.outcome = q.value(7).toString();
    m.reason = q.value(8).toString();
    m.rawSize = q.value(9).toLongLong();
    m.handled = q.value(10).toString() == u"handled"_s;
    m.handledBy = q.value(11).toString();
    m.handledAt = q.value(12).isNull() ? QDateTime() : d.dateTimeFromDb(q.value(12));
    m.handlingNote = q.value(13).toString();
    m.version = q.value(14).toInt();
    return m;
}

domain::Result<std::optional<qint64>> idOf(ReadTx &tx, const QString &messageId)
{
    auto q = tx.query(u"SELECT id FROM mailbox_message WHERE message_id = ?"_s, {messageId});
    if (!q)
        return std::unexpected(q.error());
    if (q->next())
        return std::optional<qint64>(q->value(0).toLongLong());
    return std::optional<qint64>();
}

} // namespace

domain::Result<MailboxMessageRepository::Kept> MailboxMessageRepository::insertOrKeepIn(WriteTx &tx,
                                                                                        const MailboxMessage &m)
{
    if (m.messageId.trimmed().isEmpty())
        return domain::fail(errc::Constraint, Tr::tr("Message reçu sans identifiant : il ne peut pas être gardé."));
    auto existing = idOf(tx, m.messageId);
    if (!existing)
        return std::unexpected(existing.error());
    if (*existing)
        return Kept{**existing, false};
    const Dialect &d = tx.dialect();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QByteArray kept = m.raw.left(MailboxMessage::kMaxRawBytes);
    const qint64 size = m.rawSize > 0 ? m.rawSize : m.raw.size();
    // DO NOTHING: another poller may have inserted it since the SELECT; its row is the one kept.
    auto n = tx.exec(u"INSERT INTO mailbox_message (message_id, mailbox_uid, received_at, recorded_at, sender, subject, "
                     "outcome, reason, raw, raw_size, state, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'open', 1) "
                     "ON CONFLICT (message_id) DO NOTHING"_s,
                     {m.messageId, m.mailboxUid, d.toDb(m.receivedAt.isValid() ? m.receivedAt : now),
                      d.toDb(m.recordedAt.isValid() ? m.recordedAt : now), m.sender, m.subject, m.outcome, m.reason,
                      kept, size});
    if (!n)
        return std::unexpected(n.error());
    auto id = idOf(tx, m.messageId);
    if (!id)
        return std::unexpected(id.error());
    if (!*id) // cannot happen: inserted or already there
        return domain::fail(errc::NotFound, Tr::tr("Message reçu « %1 » introuvable.").arg(m.messageId));
    return Kept{**id, *n > 0};
}

domain::Result<QList<MailboxMessage>> MailboxMessageRepository::list(ReadTx &tx, bool includeHandled, int limit)
{
    const QString base = u"SELECT "_s + kColumns + u" FROM mailbox_message "_s;
    const QString order = u"ORDER BY received_at DESC, id DESC LIMIT ?"_s;
    auto q = includeHandled ? tx.query(base + order, {limit})
                            : tx.query(base + u"WHERE state = 'open' "_s + order, {limit});
    if (!q)
        return std::unexpected(q.error());
    QList<MailboxMessage> out;
    while (q->next())
        out << fromRow(*q, tx.dialect());
    return out;
}

domain::Result<MailboxMessage> MailboxMessageRepository::get(ReadTx &tx, qint64 id)
{
    auto q = tx.query(u"SELECT "_s + kColumns + u" FROM mailbox_message WHERE id = ?"_s, {id});
    if (!q)
        return std::unexpected(q.error());
    if (!q->next())
        return domain::fail(errc::NotFound, Tr::tr("Message reçu n° %1 introuvable.").arg(id));
    return fromRow(*q, tx.dialect());
}

domain::Result<QByteArray> MailboxMessageRepository::raw(ReadTx &tx, qint64 id)
{
    auto q = tx.query(u"SELECT raw FROM mailbox_message WHERE id = ?"_s, {id});
    if (!q)
        return std::unexpected(q.error());
    if (!q->next())
        return domain::fail(errc::NotFound, Tr::tr("Message reçu n° %1 introuvable.").arg(id));
    return q->value(0).toByteArray();
}

domain::Status MailboxMessageRepository::markHandled(WriteTx &tx, qint64 id, int expectedVersion, const QString &login,
                                                     const QString &note, const QDateTime &at)
{
    return tx.execVersioned(u"UPDATE mailbox_message SET state = 'handled', handled_by = ?, handled_at = ?, "
                            "handling_note = ?, version = version + 1 WHERE id = ? AND version = ? AND state = 'open'"_s,
                            {login, tx.dialect().toDb(at), note, id, expectedVersion},
                            u"le message reçu n° %1"_s.arg(id));
}

domain::Result<qint64> MailboxMessageRepository::countOpen(ReadTx &tx)
{
    auto q = tx.query(u"SELECT COUNT(*) FROM mailbox_message WHERE state = 'open'"_s);
    if (!q)
        return std::unexpected(q.error());
    return q->next() ? q->value(0).toLongLong() : 0;
}

} // namespace sgl::storage
