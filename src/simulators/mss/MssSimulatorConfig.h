#pragma once

#include "simulators/common/SimTlsServer.h"

#include <QString>

namespace sgl::simulators::mss {

/** What sgl-mss-sim listens on and how strict it is. */
struct MssSimulatorConfig {
    /// server certificate/key and the CA whose client certificates are accepted (TLS 1.2 or later)
    common::SimTlsSettings tls;
    quint16 smtpPort = 0;              ///< 0 = a free port
    quint16 imapPort = 0;              ///< 0 = a free port
    QString storeDirectory;            ///< empty: mailboxes in memory only
    int mdnDelayMs = 3000;             ///< delay before the "processed" return receipt
    qint64 maxMessageBytes = 30LL * 1024 * 1024; ///< SMTP SIZE; a larger message gets 552
    qsizetype maxCommandLine = 2048;   ///< SMTP/IMAP command line (bytes, without CRLF)
    qsizetype maxDataLine = 64 * 1024; ///< one line of an SMTP DATA body
    int maxRecipients = 100;
    /// empty: the client certificate alone authenticates (LOGIN/AUTH PLAIN accept any password for
    /// the certificate's mailbox); otherwise LOGIN/AUTH PLAIN must give it.
    QString password;
    QString hostName = QStringLiteral("mss-sim.localhost"); ///< greeting, Reporting-MTA, Message-IDs
    int idleTimeoutMs = 300000;
    /// non-empty: MssSimulatorServer::create() seeds this mailbox (MssSeedMail, once per store)
    QString seedMailbox;
    QString seedDossier; ///< dossier number the seeded CR-BIO answers (may be empty)
};

} // namespace sgl::simulators::mss
