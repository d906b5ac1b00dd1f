#include "storage/OutboxAttemptRepository.h"

using namespace Qt::StringLiterals;

namespace sgl::storage {

domain::Status OutboxAttemptRepository::begin(WriteTx &tx, qint64 outboxId, int attemptNo, const QString &claimant,
                                              const QDateTime &now)
{
    auto n = tx.exec(u"INSERT INTO outbox_attempts (outbox_id, attempt_no, claimed_by, started_at, outcome) "
                     "VALUES (?, ?, ?, ?, 'open')"_s,
                     {outboxId, attemptNo, claimant, tx.dialect().toDb(now)});
    if (!n)
        return std::unexpected(n.error());
    return {};
}

domain::Status OutboxAttemptRepository::finish(WriteTx &tx, qint64 outboxId, int attemptNo, const QString &outcome,
                                               const QString &error, const QString &acknowledgement,
                                               const QDateTime &now)
{
    auto n = tx.exec(u"UPDATE outbox_attempts SET outcome = ?, error = ?, acknowledgement = ?, ended_at = ? "
                     "WHERE outbox_id = ? AND attempt_no = ? AND outcome = 'open'"_s,
                     {outcome, error.left(2000), acknowledgement.left(500), tx.dialect().toDb(now), outboxId,
                      attemptNo});
    if (!n)
        return std::unexpected(n.error());
    return {};
}

domain::Status OutboxAttemptRepository::abandonOpen(WriteTx &tx, qint64 outboxId, const QDateTime &now)
{
    auto n = tx.exec(u"UPDATE outbox_attempts SET outcome = 'abandoned', ended_at = ?, "
                     "error = 'Bail expiré : le distributeur s''est arrêté pendant l''envoi.' "
                     "WHERE outbox_id = ? AND outcome = 'open'"_s,
                     {tx.dialect().toDb(now), outboxId});
    if (!n)
        return std::unexpected(n.error());
    return {};
}

domain::Result<QList<OutboxAttempt>> OutboxAttemptRepository::forOutbox(ReadTx &tx, qint64 outboxId)
{
    auto q = tx.query(u"SELECT id, outbox_id, attempt_no, claimed_by, started_at, ended_at, outcome, error, "
                      "acknowledgement FROM outbox_attempts WHERE outbox_id = ? ORDER BY attempt_no"_s,
                      {outboxId});
    if (!q)
        return std::unexpected(q.error());
    QList<OutboxAttempt> out;
    while (q->next()) {
        OutboxAttempt a;
        a.id = q->value(0).toLongLong();
        a.outboxId = q->value(1).toLongLong();
        a.attemptNo = q->value(2).toInt();
        a.claimedBy = q->value(3).toString();
        a.startedAt = tx.dialect().dateTimeFromDb(q->value(4));
        if (!q->value(5).isNull())
            a.endedAt = tx.dialect().dateTimeFromDb(q->value(5));
        a.outcome = q->value(6).toString();
        a.error = q->value(7).toString();
        a.acknowledgement = q->value(8).toString();
        out << a;
    }
    q->finish();
    return out;
}

} // namespace sgl::storage
