#pragma once

#include "domain/Error.h"
#include "storage/OutboxEntry.h"
#include "storage/Transaction.h"

#include <QList>

#include <optional>

namespace sgl::storage {

/** What one dispatcher claims: due rows of the channels it can send, under its lease. */
struct OutboxClaim {
    QDateTime nowUtc;
    QString claimant;                ///< dispatcher id (host:pid:random), recorded on the row and the attempt
    QDateTime leaseUntilUtc;         ///< the row is claimable again by anyone after this
    QList<domain::Channel> channels; ///< only rows of these channels (empty: nothing is claimed)
    int limit = 20;
};

/** Filters of OutboxRepository::list (all optional). */
struct OutboxFilter {
    std::optional<domain::DispatchState> state;
    std::optional<domain::Channel> channel;
    std::optional<qint64> dossierId;
    QList<qint64> ids;               ///< only these rows (empty: no filter)
    int limit = 500;
};

/** An outbox row with the report version and dossier it belongs to (0/empty when not a report). */
struct OutboxRow {
    OutboxEntry entry;
    qint64 reportVersionId = 0;
    int versionNumber = 0;
    qint64 dossierId = 0;
    QString dossierNumber;
};

/**
 * The dispatch outbox. Rows are enqueued in the same transaction as the report version they
 * send (a crash can delay a sending, never lose it); enqueueing the same (channel, recipient,
 * document) twice is a no-op, so at-least-once producers stay idempotent.
 *
 * Claiming: claim() takes due rows — pending or failed whose next_attempt_at has come, or
 * sending whose lease expired (its dispatcher died) — of the given channels only, marks them
 * sending under the claimant's lease, increments `attempts` (the attempt number) and opens the
 * attempt in outbox_attempts (closing the dead dispatcher's one as "abandoned"). On PostgreSQL
 * the rows are selected FOR UPDATE SKIP LOCKED: concurrent dispatchers claim disjoint rows; on
 * SQLite the write transaction serialises them. Withheld, blocked, parked, cancelled, sent and
 * acknowledged rows are never claimed.
 *
 * Outcome: recordSent()/recordFailure() change the row only while this claimant still holds
 * this attempt (state sending, claimed_by, attempts); otherwise they return false and the
 * attempt is closed as "lost" (another dispatcher took the row after the lease expired).
 * Retry timing is the caller's (domain::DispatchBackoff).
 */
class OutboxRepository {
public:
    /**
     * Returns true when a new row was created, false when it already existed (then `entry` is
     * the stored row). A new row starts in `entry.state` (Pending, or Withheld/Blocked with the
     * reason in `entry.lastError`; other states are refused) and is never claimed unless pending.
     */
    [[nodiscard]] static domain::Result<bool> enqueue(WriteTx &tx, OutboxEntry &entry);
    /** Claims up to claim.limit due rows (see the class comment), oldest due first. */
    [[nodiscard]] static domain::Result<QList<OutboxEntry>> claim(WriteTx &tx, const OutboxClaim &claim);
    /** claim() for every channel under an anonymous 15-minute lease (tests, tools). */
    [[nodiscard]] static domain::Result<QList<OutboxEntry>> claimDue(WriteTx &tx, const QDateTime &nowUtc, int limit);
    /**
     * Moves the lease of a row this claimant still holds (same attempt, still sending) to
     * `leaseUntilUtc`, so that a send running longer than the lease keeps its claim. Neither the
     * state nor `version` changes (a human cannot act on a sending row anyway). False: the row is
     * no longer held (outcome recorded, or taken by another dispatcher): nothing changed.
     */
    [[nodiscard]] static domain::Result<bool> renewLease(WriteTx &tx, const OutboxEntry &claimed,
                                                         const QDateTime &leaseUntilUtc, const QDateTime &nowUtc);
    /** Sent (acknowledgement id may be empty). False: the claim was lost, nothing changed on the row. */
    [[nodiscard]] static domain::Result<bool> recordSent(WriteTx &tx, const OutboxEntry &claimed,
                                                         const QString &acknowledgement, const QDateTime &nowUtc);
    /**
     * Failed attempt: with `nextAttemptUtc` the row becomes failed (retried then), without it
     * parked for a human; `permanent` is the attempt's outcome ("permanent" or "transient").
     * False: the claim was lost, nothing changed on the row.
     */
    [[nodiscard]] static domain::Result<bool> recordFailure(WriteTx &tx, const OutboxEntry &claimed,
                                                            const QString &error, bool permanent,
                                                            const std::optional<QDateTime> &nextAttemptUtc,
                                                            const QDateTime &nowUtc);
    /**
     * Human retry: pending, due now, attempt budget restarted (retry_base = attempts), error kept
     * until the next outcome. Optimistic lock on `expectedVersion` (storage.conflict).
     */
    [[nodiscard]] static domain::Result<OutboxEntry> retryNow(WriteTx &tx, qint64 id, int expectedVersion,
                                                              const QDateTime &nowUtc);
    /**
     * A row cycles back for another operation (DMP: update the masks, delete): pending with
     * `operation`, due now, attempt budget restarted, error and acknowledgement cleared. Refused
     * (storage.constraint) while the row is sending: the caller asks the user to try again.
     * Optimistic lock on `expectedVersion` (storage.conflict).
     */
    [[nodiscard]] static domain::Result<OutboxEntry> requeue(WriteTx &tx, qint64 id, int expectedVersion,
                                                             domain::DispatchOperation operation,
                                                             const QDateTime &nowUtc);
    /** Human cancel: state cancelled, reason in last_error. Optimistic lock on `expectedVersion`. */
    [[nodiscard]] static domain::Result<OutboxEntry> cancel(WriteTx &tx, qint64 id, int expectedVersion,
                                                            const QString &reason, const QDateTime &nowUtc);
    /** One row; storage.not_found when absent. */
    [[nodiscard]] static domain::Result<OutboxEntry> get(ReadTx &tx, qint64 id);
    /** Rows with their report version and dossier, newest first. */
    [[nodiscard]] static domain::Result<QList<OutboxRow>> list(ReadTx &tx, const OutboxFilter &filter);
    [[nodiscard]] static domain::Result<QList<OutboxEntry>> forDocument(ReadTx &tx,
                                                                        const QString &documentRef);
    /**
     * Rows of these channels whose acknowledgement is `acknowledgement` (an MSSanté Message-ID
     * recorded when sent), by id; empty when none.
     */
    [[nodiscard]] static domain::Result<QList<OutboxEntry>> byAcknowledgement(ReadTx &tx, const QString &acknowledgement,
                                                                              const QList<domain::Channel> &channels);
    /**
     * What the remote side said after the row was sent (MSSanté return receipt or bounce):
     * `Acknowledged` (only from sent) or `Parked` with `reason` (from sent or acknowledged: a
     * later failure report wins). Returns false, changing nothing, when the row is in another
     * state (still sending: the report came before the outcome was recorded; cancelled...).
     */
    [[nodiscard]] static domain::Result<bool> recordRemoteOutcome(WriteTx &tx, qint64 id, domain::DispatchState state,
                                                                  const QString &reason, const QDateTime &nowUtc);
    /** Every row of every report version of a dossier (document_ref = a version's documentId), by id. */
    [[nodiscard]] static domain::Result<QList<OutboxEntry>> forDossier(ReadTx &tx, qint64 dossierId);
};

} // namespace sgl::storage
