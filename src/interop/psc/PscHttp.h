#pragma once

#include "domain/Error.h"

#include <QByteArray>
#include <QString>

namespace sgl::interop::psc {

/** Transport settings shared by every call to Pro Santé Connect. */
struct PscTransportConfig {
    QString caBundlePath;     ///< PEM CA(s) trusted for the provider; empty = the system's store
    int timeoutMs = 15000;
    int connectTimeoutMs = 5000;
    qint64 maxResponseBytes = 512 * 1024;
};

/** One HTTP exchange with the provider. */
struct PscHttpRequest {
    QString url;
    QByteArray method = QByteArrayLiteral("GET");
    QByteArray formBody;        ///< application/x-www-form-urlencoded body of a POST
    QString basicUser;          ///< client_secret_basic: client_id (form-urlencoded, RFC 6749 §2.3.1)
    QString basicPassword;      ///< client_secret_basic: the secret; never logged nor put in an error
    QByteArray bearer;          ///< access token for UserInfo; never logged
};

struct PscHttpResponse {
    int status = 0;
    QByteArray body;
    QByteArray contentType;
    QByteArray location;        ///< Location header (redirects are never followed)
};

/**
 * Blocking HTTPS through interop/http's HttpsClient (https only, peer and host verified, TLS >= 1.2,
 * no redirect followed, total timeout, response size cap), with this module's headers and error
 * messages. Run it off the GUI thread.
 *
 * Errors: "psc.timeout", "psc.unreachable", "psc.tls", "psc.transport" (includes an oversized answer).
 */
class PscHttp
{
public:
    [[nodiscard]] static domain::Result<PscHttpResponse> send(const PscHttpRequest &request,
                                                              const PscTransportConfig &config);
    /** "k=v&k2=v2" with every reserved character percent-encoded. */
    [[nodiscard]] static QByteArray form(const QList<QPair<QString, QString>> &fields);
};

} // namespace sgl::interop::psc
