#pragma once

#include "domain/Error.h"
#include "interop/mss/MssClientConfig.h"

#include <QByteArray>
#include <QList>

namespace sgl::interop::mss {

/**
 * Reads the lab's MSSanté mailbox (INBOX) over IMAP with libcurl (CurlMail: STARTTLS required,
 * client certificate; password login, or SASL EXTERNAL without password).
 *
 * Processing state lives in IMAP keywords, not in \Seen: libcurl fetches with BODY[] (which sets
 * \Seen), so a message is "done" only once the caller has recorded what it says and calls
 * markDone() — a crash between the fetch and the database commit re-reads it at the next poll.
 * A message the caller cannot use is markHeld() (\Flagged + $SglHeld, \Seen removed) and left
 * in the mailbox for a human. Errors: mss.imap, mss.tls, mss.unreachable, mss.timeout,
 * mss.transport.
 */
class ImapClient {
public:
    /** Refuses (mss.config) a URL that is not imap(s)://, no mailbox, no CA file. */
    [[nodiscard]] static domain::Result<ImapClient> create(MssClientConfig config);

    /** UIDs of the messages neither done nor held, oldest first. */
    [[nodiscard]] domain::Result<QList<qint64>> pending() const;
    /** The whole message (RFC 5322 bytes). */
    [[nodiscard]] domain::Result<QByteArray> fetch(qint64 uid) const;
    [[nodiscard]] domain::Status markDone(qint64 uid) const;
    [[nodiscard]] domain::Status markHeld(qint64 uid) const;
    /** UIDs held for a human ($SglHeld). */
    [[nodiscard]] domain::Result<QList<qint64>> held() const;

private:
    explicit ImapClient(MssClientConfig config) : m_config(std::move(config)) {}
    [[nodiscard]] domain::Result<QList<qint64>> search(const QByteArray &criteria) const;
    [[nodiscard]] domain::Status command(const QByteArray &command) const;
    MssClientConfig m_config;
};

} // namespace sgl::interop::mss
