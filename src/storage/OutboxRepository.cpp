#include "storage/OutboxRepository.h"

#include "storage/ErrorCodes.h"
#include "storage/OutboxAttemptRepository.h"

#include <algorithm>

using namespace Qt::StringLiterals;
using sgl::domain::fail;

namespace sgl::storage {

namespace {
const QString kColumns = u"o.id, o.channel, o.recipient, o.document_ref, o.state, o.attempts, "
                         "o.next_attempt_at, o.last_error, o.created_at, o.updated_at, o.claimed_by, "
                         "o.lease_until, o.acknowledgement, o.retry_base, o.version, o.operation"_s;
constexpr int kColumnCount = 16;

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
    e.updatedAt = d.dateTimeFromDb(q.value(9));
    e.claimedBy = q.value(10).toString();
    if (!q.value(11).isNull())
        e.leaseUntil = d.dateTimeFromDb(q.value(11));
    e.acknowledgement = q.value(12).toString();
    e.retryBase = q.value(13).toInt();
    e.version = q.value(14).toInt();
    e.operation = domain::dispatchOperationFromCode(q.value(15).toString()).value_or(domain::DispatchOperation::Send);
    return e;
}

domain::Result<QList<OutboxEntry>> select(ReadTx &tx, const QString &tail, const QVariantList &binds)
{
    auto q = tx.query(u"SELECT %1 FROM outbox o %2"_s.arg(kColumns, tail), binds);
    if (!q)
        return std::unexpected(q.error());
    QList<OutboxEntry> out;
    while (q->next())
        out << fromRow(*q, tx.dialect());
    q->finish();
    return out;
}

QString marks(qsizetype n)
{
    QStringList m;
    for (qsizetype i = 0; i < n; ++i)
        m << u"?"_s;
    return m.join(u", "_s);
}

/** The outcome update applies only while `claimed` still holds its attempt. */
const QString kStillHeld = u" WHERE id = ? AND state = 'sending' AND claimed_by = ? AND attempts = ?"_s;
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

domain::Result<QList<OutboxEntry>> OutboxRepository::claim(WriteTx &tx, const OutboxClaim &c)
{
    if (c.channels.isEmpty())
        return QList<OutboxEntry>{};
    const Dialect &d = tx.dialect();
    QVariantList binds;
    for (domain::Channel ch : c.channels)
        binds << domain::channelCode(ch);
    binds << d.toDb(c.nowUtc) << d.toDb(c.nowUtc);
    auto due = select(tx,
                      u"WHERE o.channel IN (%1) AND ((o.state IN ('pending', 'failed') AND o.next_attempt_at <= ?) "
                      "OR (o.state = 'sending' AND o.lease_until < ?)) "
                      "ORDER BY o.next_attempt_at, o.id LIMIT %2%3"_s.arg(
                          marks(c.channels.size()), QString::number(std::clamp(c.limit, 1, 1000)),
                          d.forUpdateSkipLocked()),
                      binds);
    if (!due)
        return due;
    for (auto &e : *due) {
        // The state read under the row lock (or the SQLite write lock) must still hold.
        auto n = tx.exec(u"UPDATE outbox SET state = 'sending', attempts = attempts + 1, claimed_by = ?, "
                         "lease_until = ?, version = version + 1, updated_at = ? "
                         "WHERE id = ? AND state = ? AND attempts = ?"_s,
                         {c.claimant, d.toDb(c.leaseUntilUtc), d.toDb(c.nowUtc), e.id,
                          domain::dispatchStateCode(e.state), e.attempts});
        if (!n)
            return std::unexpected(n.error());
        if (*n != 1)
            return fail(errc::Conflict, u"L'envoi %1 a été pris entre-temps par un autre distributeur."_s.arg(e.id));
        if (e.state == domain::DispatchState::Sending) {
            if (auto ok = OutboxAttemptRepository::abandonOpen(tx, e.id, c.nowUtc); !ok)
                return std::unexpected(ok.error());
        }
        e.state = domain::DispatchState::Sending;
        e.attempts += 1;
        e.claimedBy = c.claimant;
        e.leaseUntil = c.leaseUntilUtc;
        e.version += 1;
        e.updatedAt = c.nowUtc;
        if (auto ok = OutboxAttemptRepository::begin(tx, e.id, e.attempts, c.claimant, c.nowUtc); !ok)
            return std::unexpected(ok.error());
    }
    return due;
}

domain::Result<QList<OutboxEntry>> OutboxRepository::claimDue(WriteTx &tx, const QDateTime &now, int limit)
{
    return claim(tx, {now, QString(), now.addSecs(15 * 60), domain::allChannels(), limit});
}

domain::Result<bool> OutboxRepository::renewLease(WriteTx &tx, const OutboxEntry &claimed, const QDateTime &leaseUntil,
                                                  const QDateTime &now)
{
    const Dialect &d = tx.dialect();
    auto n = tx.exec(u"UPDATE outbox SET lease_until = ?, updated_at = ?"_s + kStillHeld,
                     {d.toDb(leaseUntil), d.toDb(now), claimed.id, claimed.claimedBy, claimed.attempts});
    if (!n)
        return std::unexpected(n.error());
    return *n == 1;
}

domain::Result<bool> OutboxRepository::recordSent(WriteTx &tx, const OutboxEntry &claimed, const QString &ack,
                                                  const QDateTime &now)
{
    auto n = tx.exec(u"UPDATE outbox SET state = 'sent', last_error = '', acknowledgement = ?, lease_until = NULL, "
                     "version = version + 1, updated_at = ?"_s + kStillHeld,
                     {ack.left(500), tx.dialect().toDb(now), claimed.id, claimed.claimedBy, claimed.attempts});
    if (!n)
        return std::unexpected(n.error());
    const bool held = *n == 1;
    if (auto ok = OutboxAttemptRepository::finish(tx, claimed.id, claimed.attempts, held ? u"sent"_s : u"lost"_s,
                                                  QString(), ack, now);
        !ok)
        return std::unexpected(ok.error());
    return held;
}

domain::Result<bool> OutboxRepository::recordFailure(WriteTx &tx, const OutboxEntry &claimed, const QString &error,
                                                     bool permanent, const std::optional<QDateTime> &nextAttempt,
                                                     const QDateTime &now)
{
    const Dialect &d = tx.dialect();
    auto n = tx.exec(u"UPDATE outbox SET state = ?, last_error = ?, next_attempt_at = ?, lease_until = NULL, "
                     "version = version + 1, updated_at = ?"_s + kStillHeld,
                     {nextAttempt ? u"failed"_s : u"parked"_s, error.left(2000),
                      d.toDb(nextAttempt.value_or(now)), d.toDb(now), claimed.id, claimed.claimedBy,
                      claimed.attempts});
    if (!n)
        return std::unexpected(n.error());
    const bool held = *n == 1;
    const QString outcome = !held ? u"lost"_s : permanent ? u"permanent"_s : u"transient"_s;
    if (auto ok = OutboxAttemptRepository::finish(tx, claimed.id, claimed.attempts, outcome, error, QString(), now);
        !ok)
        return std::unexpected(ok.error());
    return held;
}

domain::Result<OutboxEntry> OutboxRepository::retryNow(WriteTx &tx, qint64 id, int expectedVersion,
                                                       const QDateTime &now)
{
    const Dialect &d = tx.dialect();
    if (auto ok = tx.execVersioned(u"UPDATE outbox SET state = 'pending', next_attempt_at = ?, retry_base = attempts, "
                                   "lease_until = NULL, version = version + 1, updated_at = ? "
                                   "WHERE id = ? AND version = ?"_s,
                                   {d.toDb(now), d.toDb(now), id, expectedVersion}, u"l'envoi %1"_s.arg(id));
        !ok)
        return std::unexpected(ok.error());
    return get(tx, id);
}

domain::Result<OutboxEntry> OutboxRepository::requeue(WriteTx &tx, qint64 id, int expectedVersion,
                                                      domain::DispatchOperation operation, const QDateTime &now)
{
    const Dialect &d = tx.dialect();
    auto current = get(tx, id);
    if (!current)
        return current;
    if (current->state == domain::DispatchState::Sending)
        return fail(errc::Constraint, u"L'envoi %1 est en cours : réessayez dans un instant."_s.arg(id));
    if (auto ok = tx.execVersioned(u"UPDATE outbox SET state = 'pending', operation = ?, next_attempt_at = ?, "
                                   "retry_base = attempts, last_error = '', acknowledgement = '', lease_until = NULL, "
                                   "version = version + 1, updated_at = ? WHERE id = ? AND version = ? "
                                   "AND state <> 'sending'"_s,
                                   {domain::dispatchOperationCode(operation), d.toDb(now), d.toDb(now), id,
                                    expectedVersion},
                                   u"l'envoi %1"_s.arg(id));
        !ok)
        return std::unexpected(ok.error());
    return get(tx, id);
}

domain::Result<OutboxEntry> OutboxRepository::cancel(WriteTx &tx, qint64 id, int expectedVersion,
                                                     const QString &reason, const QDateTime &now)
{
    if (auto ok = tx.execVersioned(u"UPDATE outbox SET state = 'cancelled', last_error = ?, lease_until = NULL, "
                                   "version = version + 1, updated_at = ? WHERE id = ? AND version = ?"_s,
                                   {reason.left(2000), tx.dialect().toDb(now), id, expectedVersion},
                                   u"l'envoi %1"_s.arg(id));
        !ok)
        return std::unexpected(ok.error());
    return get(tx, id);
}

domain::Result<OutboxEntry> OutboxRepository::get(ReadTx &tx, qint64 id)
{
    auto rows = select(tx, u"WHERE o.id = ?"_s, {id});
    if (!rows)
        return std::unexpected(rows.error());
    if (rows->isEmpty())
        return fail(errc::NotFound, u"Envoi %1 introuvable."_s.arg(id));
    return rows->first();
}

domain::Result<QList<OutboxRow>> OutboxRepository::list(ReadTx &tx, const OutboxFilter &f)
{
    QStringList where;
    QVariantList binds;
    if (f.state) {
        where << u"o.state = ?"_s;
        binds << domain::dispatchStateCode(*f.state);
    }
    if (f.channel) {
        where << u"o.channel = ?"_s;
        binds << domain::channelCode(*f.channel);
    }
    if (f.dossierId) {
        where << u"rv.dossier_id = ?"_s;
        binds << *f.dossierId;
    }
    if (!f.ids.isEmpty()) {
        where << u"o.id IN (%1)"_s.arg(marks(f.ids.size()));
        for (qint64 id : f.ids)
            binds << id;
    }
    auto q = tx.query(u"SELECT %1, rv.id, rv.version_number, d.id, d.number FROM outbox o "
                      "LEFT JOIN report_versions rv ON rv.document_id = o.document_ref "
                      "LEFT JOIN dossiers d ON d.id = rv.dossier_id %2 ORDER BY o.id DESC LIMIT %3"_s.arg(
                          kColumns, where.isEmpty() ? QString() : u"WHERE "_s + where.join(u" AND "_s),
                          QString::number(std::clamp(f.limit, 1, 10000))),
                      binds);
    if (!q)
        return std::unexpected(q.error());
    QList<OutboxRow> out;
    while (q->next()) {
        OutboxRow r;
        r.entry = fromRow(*q, tx.dialect());
        r.reportVersionId = q->value(kColumnCount).toLongLong();
        r.versionNumber = q->value(kColumnCount + 1).toInt();
        r.dossierId = q->value(kColumnCount + 2).toLongLong();
        r.dossierNumber = q->value(kColumnCount + 3).toString();
        out << r;
    }
    q->finish();
    return out;
}

domain::Result<QList<OutboxEntry>> OutboxRepository::forDocument(ReadTx &tx,
                                                                 const QString &documentRef)
{
    return select(tx, u"WHERE o.document_ref = ? ORDER BY o.id"_s, {documentRef});
}

domain::Result<QList<OutboxEntry>> OutboxRepository::byAcknowledgement(ReadTx &tx, const QString &ack,
                                                                       const QList<domain::Channel> &channels)
{
    if (ack.isEmpty() || channels.isEmpty())
        return QList<OutboxEntry>{};
    QVariantList binds{ack};
    for (domain::Channel c : channels)
        binds << domain::channelCode(c);
    return select(tx, u"WHERE o.acknowledgement = ? AND o.channel IN (%1) ORDER BY o.id"_s.arg(marks(channels.size())),
                  binds);
}

domain::Result<bool> OutboxRepository::recordRemoteOutcome(WriteTx &tx, qint64 id, domain::DispatchState state,
                                                           const QString &reason, const QDateTime &now)
{
    if (state != domain::DispatchState::Acknowledged && state != domain::DispatchState::Parked)
        return fail(errc::OutboxBadState, u"Seuls les états « acquitté » et « à reprendre » suivent un envoi."_s,
                    domain::dispatchStateCode(state));
    const QString from = state == domain::DispatchState::Acknowledged ? u"('sent')"_s : u"('sent', 'acknowledged')"_s;
    auto n = tx.exec(u"UPDATE outbox SET state = ?, last_error = ?, version = version + 1, updated_at = ? "
                     "WHERE id = ? AND state IN %1"_s.arg(from),
                     {domain::dispatchStateCode(state), reason.left(2000), tx.dialect().toDb(now), id});
    if (!n)
        return std::unexpected(n.error());
    return *n == 1;
}

domain::Result<QList<OutboxEntry>> OutboxRepository::forDossier(ReadTx &tx, qint64 dossierId)
{
    return select(tx,
                  u"WHERE o.document_ref IN (SELECT document_id FROM report_versions WHERE dossier_id = ?) "
                  "ORDER BY o.id"_s,
                  {dossierId});
}

} // namespace sgl::storage
