#include "workflow/dispatch/LabMailbox.h"

#include "interop/mss/ImapClient.h"
#include "workflow/dispatch/ImapMailboxSource.h"
#include "workflow/dispatch/MssSettings.h"

namespace sgl::workflow::dispatch {

domain::Result<std::optional<MailboxPollSummary>> LabMailbox::pollOnce(storage::Database &db,
                                                                       const domain::AuditActor &actor,
                                                                       const QString &configFile)
{
    const MssSettings settings = configFile.isEmpty() ? MssSettings::fromConfigFile() : MssSettings::fromFile(configFile);
    if (!settings.configured() || settings.client.imapUrl.isEmpty())
        return std::optional<MailboxPollSummary>{};
    auto imap = interop::mss::ImapClient::create(settings.client);
    if (!imap)
        return std::unexpected(imap.error());
    ImapMailboxSource source(std::move(*imap));
    MailboxPoll poll(db, source, actor);
    auto summary = poll.runOnce();
    if (!summary)
        return std::unexpected(summary.error());
    return std::optional<MailboxPollSummary>(std::move(*summary));
}

} // namespace sgl::workflow::dispatch
