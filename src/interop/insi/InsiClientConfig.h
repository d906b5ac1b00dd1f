#pragma once

#include <QString>

namespace sgl::interop::insi {

/** Settings of InsiClient; secrets (key password) are never logged nor put in errors. */
struct InsiClientConfig {
    QString endpoint;          ///< https://host:port/lps (https only)
    QString certificatePath;   ///< PEM organisation certificate (CN INSI-AUTO or INSI-MANU)
    QString privateKeyPath;    ///< PEM private key of that certificate
    QString keyPassword;       ///< optional
    QString caBundlePath;      ///< PEM CA(s) trusted for the server certificate
    int timeoutMs = 15000;     ///< whole call
    int connectTimeoutMs = 5000;
    QString idam;              ///< software authorisation number
    QString softwareVersion = QStringLiteral("0.1.0");
    QString instanceId;        ///< UUID of the installation (generated when empty)
    bool useTestOids = true;   ///< map .8/.9 to .10/.11 (demo, tests, qualification)
    qint64 maxResponseBytes = 2 * 1024 * 1024;
};

} // namespace sgl::interop::insi
