#pragma once

#include "domain/Error.h"
#include "storage/OutboxAttempt.h"
#include "storage/Transaction.h"

#include <QList>

namespace sgl::storage {

/** The attempts of the outbox rows (outbox_attempts), written by OutboxRepository's claim and outcome. */
class OutboxAttemptRepository {
public:
    /** Opens attempt `attemptNo` of row `outboxId` (outcome "open"). */
    [[nodiscard]] static domain::Status begin(WriteTx &tx, qint64 outboxId, int attemptNo, const QString &claimant,
                                              const QDateTime &nowUtc);
    /** Closes the attempt with `outcome` (see OutboxAttempt); an attempt already closed is left alone. */
    [[nodiscard]] static domain::Status finish(WriteTx &tx, qint64 outboxId, int attemptNo, const QString &outcome,
                                               const QString &error, const QString &acknowledgement,
                                               const QDateTime &nowUtc);
    /** Marks every still open attempt of the row "abandoned" (its dispatcher's lease expired). */
    [[nodiscard]] static domain::Status abandonOpen(WriteTx &tx, qint64 outboxId, const QDateTime &nowUtc);
    /** Attempts of one row, first first. */
    [[nodiscard]] static domain::Result<QList<OutboxAttempt>> forOutbox(ReadTx &tx, qint64 outboxId);
};

} // namespace sgl::storage
