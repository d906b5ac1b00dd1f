#pragma once

#include "domain/Error.h"

#include <QByteArray>
#include <QList>

namespace sgl::workflow::dispatch {

/**
 * The lab's MSSanté mailbox as MailboxPoll reads it (ImapMailboxSource in the product, a fake in
 * tests). A message stays pending until markDone() (recorded) or markHeld() (kept for a human);
 * both are called only after the database transaction that used the message has committed.
 */
class MailboxSource {
public:
    virtual ~MailboxSource() = default;
    [[nodiscard]] virtual domain::Result<QList<qint64>> pending() = 0;
    [[nodiscard]] virtual domain::Result<QByteArray> fetch(qint64 uid) = 0;
    [[nodiscard]] virtual domain::Status markDone(qint64 uid) = 0;
    [[nodiscard]] virtual domain::Status markHeld(qint64 uid) = 0;
};

} // namespace sgl::workflow::dispatch
