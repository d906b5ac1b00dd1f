#pragma once

#include <QDateTime>
#include <QString>

namespace sgl::storage {

/**
 * One attempt at sending an outbox row (table outbox_attempts), kept so that a human sees what
 * happened. outcome: "open" (under way, or its dispatcher died), "sent", "transient",
 * "permanent", "abandoned" (the row was claimed again after the lease expired: the remote side
 * may or may not have received it, hence the idempotent re-send by uniqueId), "lost" (the
 * outcome arrived after the row had passed to another dispatcher: not recorded on the row).
 */
struct OutboxAttempt {
    qint64 id = 0;
    qint64 outboxId = 0;
    int attemptNo = 0;
    QString claimedBy;
    QDateTime startedAt; ///< UTC
    QDateTime endedAt;   ///< UTC; invalid while open
    QString outcome;
    QString error;
    QString acknowledgement;
};

} // namespace sgl::storage
