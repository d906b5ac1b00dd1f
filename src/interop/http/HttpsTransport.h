#pragma once

#include <QString>

namespace sgl::interop::http {

/**
 * How HttpsClient reaches a service: whom it trusts, who it is, how long it waits and how much it
 * reads. What is not here is not configurable: https only, no redirect followed, peer and host
 * always verified, TLS 1.2 at least, no signal used for timeouts. Secrets (key password) are never
 * logged nor put in a failure.
 */
struct HttpsTransport {
    QString caBundlePath;           ///< PEM CA(s) trusted for the server; empty = the system's store
    QString clientCertificatePath;  ///< PEM TLS client certificate; empty = none presented
    QString clientKeyPath;          ///< PEM key of that certificate (used only with a certificate)
    QString clientKeyPassword;      ///< optional password of that key
    int timeoutMs = 30000;          ///< the whole exchange, connection included
    int connectTimeoutMs = 10000;   ///< the TCP and TLS connection alone
    qint64 maxResponseBytes = 1024 * 1024; ///< a larger body aborts the transfer (ResponseTooLarge)
    /// TLS 1.2 and nothing newer (the DMP's software access speaks TLS 1.2 only, PDT-INF-579).
    bool tls12Only = false;
};

} // namespace sgl::interop::http
