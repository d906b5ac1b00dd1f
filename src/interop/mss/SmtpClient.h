#pragma once

#include "domain/Error.h"
#include "interop/mss/MimeMessage.h"
#include "interop/mss/MssClientConfig.h"

#include <QByteArray>
#include <QString>

namespace sgl::interop::mss {

/**
 * SMTP submission of the lab's applicative mailbox over libcurl (CurlMail): STARTTLS required,
 * client certificate, the operator's CA only. One message, envelope sender = the mailbox,
 * envelope recipients = the message's To.
 *
 * Errors (see CurlMail::perform): mss.smtp_transient for a 4xx reply and mss.unreachable /
 * mss.timeout / mss.transport / mss.tls (worth retrying later), mss.smtp_permanent for a 5xx
 * reply, mss.message when the message cannot be composed or exceeds maxMessageBytes
 * (retrying cannot help). isTransient() tells them apart for a DispatchSender.
 */
class SmtpClient {
public:
    /** Refuses (mss.config) a URL that is not smtp(s)://, no mailbox, no CA file. */
    [[nodiscard]] static domain::Result<SmtpClient> create(MssClientConfig config);

    /** Returns the server's final reply ("250 2.0.0 Ok: queued as ..."). */
    [[nodiscard]] domain::Result<QString> send(const MimeMessage &message) const;
    [[nodiscard]] const MssClientConfig &config() const { return m_config; }
    /** True for errors a later attempt may overcome. */
    [[nodiscard]] static bool isTransient(const domain::Error &error);

private:
    explicit SmtpClient(MssClientConfig config) : m_config(std::move(config)) {}
    MssClientConfig m_config;
};

} // namespace sgl::interop::mss
