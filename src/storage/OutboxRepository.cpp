#include "storage/OutboxRepository.h"

#include "storage/ErrorCodes.h"

#include <algorithm>

using namespace Qt::StringLiterals;
using sgl::domain::fail;

namespace sgl::storage {

namespace {
const QString kColumns = u"id, channel, recipient, document_ref, state, attempts, "
                         "next_attempt_at, last_error, created_at"_s;

OutboxEntry fromRow(const QSqlQuery &q, const Dialect &d)
{
    OutboxEntry e;
    e.id = q.value(0).toLongLong();
    e.channel = domain::channelFromCode(q.value(1).toString()).value_or(domain::Channel::MssPro);
    e.recipient = q.value(2).toString();
    e.documentRef = q.value(3).toString();
    e.state = domain::dispatchStateFromCode(q.value(4).toString())
                  .value_or(domain::DispatchState::Pending);
    e.attempts = q.value(5).toInt();
    e.nextAttemptAt = d.dateTimeFromDb(q.value(6));
    e.lastError = q.value(7).toString();
    e.createdAt = d.dateTimeFromDb(q.value(8));
    return e;
}

domain::Result<QList<OutboxEntry>> select(ReadTx &tx, const QString &tail, const QVariantList &binds)
{
    auto q = tx.query(u"SELECT %1 FROM outbox %2"_s.arg(kColumns, tail), binds);
    if (!q)
        return std::unexpected(q.error());
    QList<OutboxEntry> out;
    while (q->next())
        out << fromRow(*q, tx.dialect());
    q->finish();
    return out;
}
} // namespace

domain::Result<bool> OutboxRepository::enqueue(WriteTx &tx, OutboxEntry &e)
{
    if (e.recipient.trimmed().isEmpty() || e.documentRef.trimmed().isEmpty())
        return fail(errc::OutboxIncomplete,
                    u"Envoi sans destinataire ou sans document de référence."_s,
                    domain::channelCode(e.channel));
    using domain::DispatchState;
    if (e.state != DispatchState::Pending && e.state != DispatchState::Withheld && e.state != DispatchState::Blocked)
        return fail(errc::Constraint,
                    u"Un envoi ne peut être créé qu'en attente, suspendu ou bloqué."_s,
                    domain::dispatchStateCode(e.state));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!e.nextAttemptAt.isValid())
        e.nextAttemptAt = now;
    const QString insert = tx.dialect().insertIgnoringConflictSql(
        u"outbox"_s, {u"channel"_s, u"recipient"_s, u"document_ref"_s},
        {u"channel"_s, u"recipient"_s, u"document_ref"_s, u"state"_s, u"attempts"_s,
         u"next_attempt_at"_s, u"last_error"_s, u"created_at"_s, u"updated_at"_s});
    auto n = tx.exec(insert, {domain::channelCode(e.channel), e.recipient, e.documentRef,
                              domain::dispatchStateCode(e.state), 0,
                              tx.dialect().toDb(e.nextAttemptAt), e.lastError.left(2000), tx.dialect().toDb(now),
                              tx.dialect().toDb(now)});
    if (!n)
        return std::unexpected(n.error());
    auto rows = select(tx, u"WHERE channel = ? AND recipient = ? AND document_ref = ?"_s,
                       {domain::channelCode(e.channel), e.recipient, e.documentRef});
    if (!rows)
        return std::unexpected(rows.error());
    if (rows->isEmpty())
        return fail(errc::Query, u"Ligne d'envoi introuvable après insertion."_s);
    e = rows->first();
    return *n > 0;
}

domain::Result<QList<OutboxEntry>> OutboxRepository::claimDue(WriteTx &tx, const QDateTime &now,
                                                              int limit)
{
    auto due = select(tx,
                      u"WHERE state IN ('pending', 'failed') AND next_attempt_at <= ? "
                      "ORDER BY next_attempt_at, id LIMIT %1%2"_s.arg(
                          QString::number(std::clamp(limit, 1, 1000)), tx.dialect().forUpdate()),
                      {tx.dialect().toDb(now)});
    if (!due)
        return due;
    for (auto &e : *due) {
        auto n = tx.exec(u"UPDATE outbox SET state = 'sending', attempts = attempts + 1, "
                         "updated_at = ? WHERE id = ?"_s,
                         {tx.dialect().toDb(now), e.id});
        if (!n)
            return std::unexpected(n.error());
        e.state = domain::DispatchState::Sending;
        e.attempts += 1;
    }
    return due;
}

domain::Status OutboxRepository::markSent(WriteTx &tx, qint64 id)
{
    auto n = tx.exec(u"UPDATE outbox SET state = 'sent', last_error = '', updated_at = ? "
                     "WHERE id = ?"_s,
                     {tx.dialect().toDb(QDateTime::currentDateTimeUtc()), id});
    if (!n)
        return std::unexpected(n.error());
    if (*n != 1)
        return fail(errc::NotFound, u"Envoi %1 introuvable."_s.arg(id));
    return {};
}

domain::Status OutboxRepository::markFailed(WriteTx &tx, qint64 id, const QString &error,
                                            bool permanent, const QDateTime &now)
{
    auto rows = select(tx, u"WHERE id = ?"_s, {id});
    if (!rows)
        return std::unexpected(rows.error());
    if (rows->isEmpty())
        return fail(errc::NotFound, u"Envoi %1 introuvable."_s.arg(id));
    const int attempts = std::min(rows->first().attempts, 20);
    const qint64 delay = std::min<qint64>(60LL << std::max(0, attempts - 1), 6 * 3600);
    auto n = tx.exec(u"UPDATE outbox SET state = ?, last_error = ?, next_attempt_at = ?, "
                     "updated_at = ? WHERE id = ?"_s,
                     {permanent ? u"cancelled"_s : u"failed"_s, error.left(2000),
                      tx.dialect().toDb(now.addSecs(delay)), tx.dialect().toDb(now), id});
    if (!n)
        return std::unexpected(n.error());
    return {};
}

domain::Result<QList<OutboxEntry>> OutboxRepository::forDocument(ReadTx &tx,
                                                                 const QString &documentRef)
{
    return select(tx, u"WHERE document_ref = ? ORDER BY id"_s, {documentRef});
}

domain::Result<QList<OutboxEntry>> OutboxRepository::forDossier(ReadTx &tx, qint64 dossierId)
{
    return select(tx,
                  u"WHERE document_ref IN (SELECT document_id FROM report_versions WHERE dossier_id = ?) "
                  "ORDER BY id"_s,
                  {dossierId});
}

} // namespace sgl::storage
