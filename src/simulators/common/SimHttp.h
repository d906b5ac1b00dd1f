#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace sgl::simulators::common {

/** One HTTP request as the connection hands it to the handler (already framed and size-checked). */
struct SimHttpRequest {
    QString path;              ///< e.g. "/lps", "/repository"
    QString contentType;       ///< Content-Type header value, as sent
    QByteArray body;
    QString clientCertCn;      ///< CN of the verified client certificate, empty when none
    QString clientCertSubject; ///< full subject DN of that certificate (RFC 2253-like), empty when none
    QByteArray soapActionHeader; ///< SOAPAction header (SOAP 1.1 clients), empty when absent
    QByteArray method = QByteArrayLiteral("POST"); ///< POST, or GET on SimHttpConfig::getPaths
    QByteArray query;          ///< raw query string after '?', without it (path never holds it)
    QByteArray authorization;  ///< Authorization header value, as sent (OAuth clients), empty when absent
    /// Every header line as (lower-case name, value), in order (API keys and other custom headers).
    QList<QPair<QByteArray, QByteArray>> headers;
};

/** The handler's answer; the connection adds Content-Length and "Connection: close". */
struct SimHttpResponse {
    int status = 200;
    QByteArray body;
    QByteArray contentType = QByteArrayLiteral("application/soap+xml; charset=UTF-8");
    /// Fault injection: answer this much later (client timeout tests).
    int delayMs = 0;
    /// Fault injection: close the connection without any answer (the "done but never heard" case).
    bool dropConnection = false;
    /// Extra headers (e.g. Location of a 302, Cache-Control, WWW-Authenticate), as (name, value).
    QList<QPair<QByteArray, QByteArray>> headers;
};

/**
 * The service logic behind an HTTPS simulator. handle() runs in the server's thread, one call at
 * a time per connection (several connections may interleave on one event loop, never in parallel).
 */
class SimHttpHandler
{
public:
    virtual ~SimHttpHandler() = default;
    [[nodiscard]] virtual SimHttpResponse handle(const SimHttpRequest &request) = 0;
};

/** HTTP framing rules of a simulator. */
struct SimHttpConfig {
    QStringList paths;                     ///< accepted POST paths (404 otherwise)
    QStringList getPaths;                  ///< paths answering GET (admin views), without body
    qint64 maxRequestBytes = 1024 * 1024;  ///< larger bodies get 413
    int delayMs = 0;                       ///< fault injection: answer every request late
    bool malformedAnswers = false;         ///< fault injection: truncate every answer (HTTP 200)
};

} // namespace sgl::simulators::common
