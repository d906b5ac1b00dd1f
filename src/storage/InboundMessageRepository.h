#pragma once

#include "domain/Error.h"
#include "storage/InboundMessage.h"
#include "storage/Transaction.h"

#include <QList>

#include <optional>

namespace sgl::storage {

/**
 * inbound_messages: every received message, never deleted.
 * The unique partial index on (sender, control_id) for accepted rows makes a second accepted
 * insert of the same message fail with storage.duplicate, so idempotence holds even if two
 * processes race.
 */
class InboundMessageRepository {
public:
    /** Stores the row and returns its id. */
    [[nodiscard]] static domain::Result<qint64> insert(WriteTx &tx, const InboundMessage &message);
    /** Records the patient an accepted message was applied to. */
    [[nodiscard]] static domain::Status setPatient(WriteTx &tx, qint64 id, qint64 patientId);
    /** Id of the accepted message with that sender and control id, if any. */
    [[nodiscard]] static domain::Result<std::optional<qint64>>
    findAccepted(ReadTx &tx, const QString &sender, const QString &controlId);
    /** storage.not_found when absent. */
    [[nodiscard]] static domain::Result<InboundMessage> get(ReadTx &tx, qint64 id);
    /** Newest first; every status when `status` is empty (review screen, `sgl pam-listen`). */
    [[nodiscard]] static domain::Result<QList<InboundMessage>>
    list(ReadTx &tx, std::optional<InboundStatus> status = std::nullopt, int limit = 100);
    [[nodiscard]] static domain::Result<qint64> count(ReadTx &tx, std::optional<InboundStatus> status = std::nullopt);
};

} // namespace sgl::storage
