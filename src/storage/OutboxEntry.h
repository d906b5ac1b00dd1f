#pragma once

#include "domain/report/Channel.h"
#include "domain/report/DispatchOperation.h"

#include <QDateTime>
#include <QString>

namespace sgl::storage {

/** One row of the dispatch outbox: one document to one recipient through one channel. */
struct OutboxEntry {
    qint64 id = 0;
    domain::Channel channel = domain::Channel::MssPro;
    QString recipient;         ///< MSSanté address, INS for DMP/MSS patient, DPI facility id
    QString documentRef;       ///< document uniqueId: with channel+recipient, the idempotence key
    domain::DispatchState state = domain::DispatchState::Pending;
    int attempts = 0;          ///< attempts started so far; the current attempt's number while sending
    QDateTime nextAttemptAt;   ///< UTC
    QString lastError;
    QDateTime createdAt;
    QDateTime updatedAt;       ///< UTC
    QString claimedBy;         ///< dispatcher holding (or last holding) the row
    QDateTime leaseUntil;      ///< UTC; while sending, claimable again once passed
    QString acknowledgement;   ///< id returned by the remote side when sent (may be empty)
    int retryBase = 0;         ///< `attempts` at the last human retry (attempt budget restarts there)
    int version = 1;           ///< optimistic lock of the human actions
    /** What the dispatcher does with the row (Send first; a sent DMP row may cycle back with another). */
    domain::DispatchOperation operation = domain::DispatchOperation::Send;
};

} // namespace sgl::storage
