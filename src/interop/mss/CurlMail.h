#pragma once

#include "domain/Error.h"
#include "interop/mss/MssClientConfig.h"

#include <QByteArray>
#include <QString>

#include <QList>

namespace sgl::interop::mss {

/**
 * One libcurl mail transfer (SMTP or IMAP) with the MSSanté TLS settings: STARTTLS required
 * (CURLUSESSL_ALL), TLS 1.2 at least, server certificate and name checked against the
 * configured CA only, client certificate and key, timeouts. Records the server's replies so
 * errors quote them (the lab's support reads them on the dispatch screen).
 */
class CurlMail {
public:
    struct Request {
        QString url;                    ///< smtp://, smtps://, imap://, imaps:// (anything else refused)
        QByteArray customRequest;       ///< IMAP command ("UID SEARCH ..."), empty for SMTP/fetch
        QByteArray mailFrom;            ///< SMTP: "<labo@...>"
        QList<QByteArray> recipients;   ///< SMTP: "<dr@...>"
        QByteArray upload;              ///< SMTP: the message
        bool login = false;             ///< IMAP: authenticate with the mailbox
    };
    struct Response {
        QByteArray body;                ///< what the server sent (IMAP fetch, custom command output)
        long replyCode = 0;             ///< last SMTP/IMAP reply code seen by libcurl
        QByteArray lastReply;           ///< last reply line(s) of the server
    };

    explicit CurlMail(MssClientConfig config) : m_config(std::move(config)) {}

    /**
     * Runs the transfer. Errors: mss.unreachable, mss.timeout, mss.tls (STARTTLS not offered,
     * untrusted server, client certificate refused), mss.smtp_transient (4xx), mss.smtp_permanent
     * (5xx), mss.imap (IMAP NO/BAD, login refused), mss.transport (anything else), each in French
     * with the server's reply when there is one.
     */
    [[nodiscard]] domain::Result<Response> perform(const Request &request) const;

private:
    MssClientConfig m_config;
};

} // namespace sgl::interop::mss
