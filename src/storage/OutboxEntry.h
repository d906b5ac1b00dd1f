#pragma once

#include "domain/report/Channel.h"

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
    int attempts = 0;
    QDateTime nextAttemptAt;   ///< UTC
    QString lastError;
    QDateTime createdAt;
};

} // namespace sgl::storage
