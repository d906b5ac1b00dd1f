#pragma once

#include "domain/Error.h"
#include "storage/OutboxEntry.h"
#include "storage/Transaction.h"

#include <QList>

namespace sgl::storage {

/**
 * The dispatch outbox. Rows are enqueued in the same transaction as the report version they
 * send (a crash can delay a sending, never lose it); enqueueing the same (channel, recipient,
 * document) twice is a no-op, so at-least-once producers stay idempotent. The dispatcher
 * claims due rows (state pending/failed, next_attempt_at reached), marks them sending, and
 * records the outcome; failures are retried with exponential backoff (1 min · 2^attempts,
 * capped at 6 h).
 */
class OutboxRepository {
public:
    /**
     * Returns true when a new row was created, false when it already existed (then `entry` is
     * the stored row). A new row starts in `entry.state` (Pending, or Withheld/Blocked with the
     * reason in `entry.lastError`; other states are refused) and is never claimed unless pending.
     */
    [[nodiscard]] static domain::Result<bool> enqueue(WriteTx &tx, OutboxEntry &entry);
    /** Marks up to `limit` due rows as sending and returns them, oldest first. */
    [[nodiscard]] static domain::Result<QList<OutboxEntry>> claimDue(WriteTx &tx,
                                                                     const QDateTime &nowUtc,
                                                                     int limit);
    [[nodiscard]] static domain::Status markSent(WriteTx &tx, qint64 id);
    /** Records the error and schedules the next attempt; `permanent` stops retries. */
    [[nodiscard]] static domain::Status markFailed(WriteTx &tx, qint64 id, const QString &error,
                                                   bool permanent, const QDateTime &nowUtc);
    [[nodiscard]] static domain::Result<QList<OutboxEntry>> forDocument(ReadTx &tx,
                                                                        const QString &documentRef);
    /** Every row of every report version of a dossier (document_ref = a version's documentId), by id. */
    [[nodiscard]] static domain::Result<QList<OutboxEntry>> forDossier(ReadTx &tx, qint64 dossierId);
};

} // namespace sgl::storage
