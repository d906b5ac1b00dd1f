#pragma once

#include <QString>

namespace sgl::interop::mss {

/**
 * Connection settings of the lab's applicative mailbox (BAL APP) at its MSSanté operator.
 * Secrets (key password, IMAP password) are never logged nor put in errors.
 */
struct MssClientConfig {
    QString smtpUrl;          ///< smtp://host:587 (STARTTLS required) or smtps://host:465
    QString imapUrl;          ///< imap://host:143 (STARTTLS required) or imaps://host:993; empty: no reading
    QString mailbox;          ///< the lab's address: From, MAIL FROM, IMAP user
    QString imapPassword;     ///< empty: SASL EXTERNAL (the TLS client certificate identifies the box)
    QString certificatePath;  ///< PEM client certificate (organisation certificate of the box)
    QString privateKeyPath;   ///< PEM private key
    QString keyPassword;      ///< optional
    QString caBundlePath;     ///< PEM CA(s) trusted for the operator's servers
    int timeoutMs = 60000;    ///< whole SMTP transaction / IMAP command
    int connectTimeoutMs = 10000;
    qint64 maxMessageBytes = 25LL * 1024 * 1024; ///< Mon espace santé's limit; larger is refused before sending
};

} // namespace sgl::interop::mss
