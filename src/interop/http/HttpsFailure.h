#pragma once

#include <QString>

namespace sgl::interop::http {

/**
 * Why HttpsClient got no HTTP answer. The kinds follow libcurl's result codes; a module maps them
 * to its own error codes and messages (this library builds none). detail is libcurl's English text
 * (or a short note of this library), for the message's "détail" part; it never holds a secret.
 */
struct HttpsFailure {
    enum class Kind {
        NotHttps,            ///< the URL is not https://host…: nothing was sent
        Timeout,             ///< no complete answer within the timeouts
        Unreachable,         ///< host unknown or connection refused
        TlsUntrustedServer,  ///< the server certificate is not trusted or not for this host name
        TlsHandshake,        ///< another TLS failure: handshake refused, client certificate or key
                             ///< unusable, CA file unreadable, protocol version not shared…
        ConnectionDropped,   ///< the server closed or reset the connection without an answer (a
                             ///< TLS 1.3 server refusing the client certificate often does this)
        ResponseTooLarge,    ///< the body went over HttpsTransport::maxResponseBytes
        Other,               ///< any other transport error
    };

    Kind kind = Kind::Other;
    QString detail;

    /** TlsUntrustedServer or TlsHandshake. */
    [[nodiscard]] bool isTls() const;
    /** detail names a TLS alert (the peer refused something during or after the handshake). */
    [[nodiscard]] bool mentionsTlsAlert() const;
};

} // namespace sgl::interop::http
