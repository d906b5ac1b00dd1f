#pragma once

#include "interop/mss/ImapClient.h"
#include "workflow/dispatch/MailboxSource.h"

namespace sgl::workflow::dispatch {

/** MailboxSource over interop::mss::ImapClient (keywords $SglDone / $SglHeld, see ImapClient). */
class ImapMailboxSource final : public MailboxSource {
public:
    explicit ImapMailboxSource(interop::mss::ImapClient client) : m_client(std::move(client)) {}
    [[nodiscard]] domain::Result<QList<qint64>> pending() override { return m_client.pending(); }
    [[nodiscard]] domain::Result<QByteArray> fetch(qint64 uid) override { return m_client.fetch(uid); }
    [[nodiscard]] domain::Status markDone(qint64 uid) override { return m_client.markDone(uid); }
    [[nodiscard]] domain::Status markHeld(qint64 uid) override { return m_client.markHeld(uid); }

private:
    interop::mss::ImapClient m_client;
};

} // namespace sgl::workflow::dispatch
