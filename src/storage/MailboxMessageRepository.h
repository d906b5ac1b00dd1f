#pragma once

#include "domain/Error.h"
#include "storage/MailboxMessage.h"
#include "storage/Transaction.h"

#include <QList>

namespace sgl::storage {

/**
 * mailbox_message: the received MSSanté messages kept for a human, never deleted. The unique
 * index on message_id makes a message read again (the poll crashed before flagging it in the
 * mailbox) the same row, even when two pollers race.
 */
class MailboxMessageRepository {
public:
    /** What insertOrKeepIn did: the row's id, and whether this call created it. */
    struct Kept {
        qint64 id = 0;
        bool inserted = false;
    };
    /**
     * Stores `message` (state open, version 1; raw capped at MailboxMessage::kMaxRawBytes,
     * rawSize set from the bytes given when 0) unless a row with its messageId exists, which is
     * then kept as it is. storage.constraint when messageId is empty.
     */
    [[nodiscard]] static domain::Result<Kept> insertOrKeepIn(WriteTx &tx, const MailboxMessage &message);
    /** Newest received first, without the bytes; open ones only unless `includeHandled`. */
    [[nodiscard]] static domain::Result<QList<MailboxMessage>> list(ReadTx &tx, bool includeHandled, int limit = 500);
    /** One row without its bytes; storage.not_found when absent. */
    [[nodiscard]] static domain::Result<MailboxMessage> get(ReadTx &tx, qint64 id);
    /** The bytes kept of one message; storage.not_found when absent. */
    [[nodiscard]] static domain::Result<QByteArray> raw(ReadTx &tx, qint64 id);
    /**
     * Marks an open row handled by `login` at `at` with `note`, if its version is still
     * `expectedVersion` (storage.conflict otherwise, or when it is already handled).
     */
    [[nodiscard]] static domain::Status markHandled(WriteTx &tx, qint64 id, int expectedVersion, const QString &login,
                                                    const QString &note, const QDateTime &at);
    [[nodiscard]] static domain::Result<qint64> countOpen(ReadTx &tx);
};

} // namespace sgl::storage
