#pragma once

#include "domain/Error.h"
#include "domain/audit/AuditActor.h"
#include "workflow/dispatch/MailboxPoll.h"

#include <QString>

#include <optional>

namespace sgl::storage {
class Database;
}

namespace sgl::workflow::dispatch {

/**
 * The lab's MSSanté mailbox as the dispatchers read it after each pass (`sgl dispatch`, the
 * workstation dispatcher): MailboxPoll over IMAP with the [mssante] settings of the
 * configuration file (empty path: storage::DbConfig's candidates).
 *
 * pollOnce() returns std::nullopt when no mailbox is configured (no [mssante] imap_url): there
 * is nothing to read, which is not an error. A mailbox or database failure is returned; what
 * was recorded before it stays recorded (MailboxPoll's contract).
 */
class LabMailbox {
public:
    [[nodiscard]] static domain::Result<std::optional<MailboxPollSummary>>
    pollOnce(storage::Database &db, const domain::AuditActor &actor, const QString &configFile = {});
};

} // namespace sgl::workflow::dispatch
