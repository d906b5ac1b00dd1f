#pragma once

#include "domain/Error.h"
#include "interop/dmp/DmpClientConfig.h"

#include <QByteArray>

namespace sgl::interop::dmp {

/** One HTTP answer (status, Content-Type header value, body). */
struct DmpHttpReply {
    int status = 0;
    QByteArray contentType;
    QByteArray body;
};

/**
 * The HTTPS POST of DmpClient, through interop/http's HttpsClient: TLS 1.2 exactly (PDT-INF-579:
 * the DMP offers nothing else to software), client certificate and key, peer and host
 * verification against the configured CA bundle only, https only, no redirect, connect and total
 * timeouts, response size cap. Thread-safe and blocking.
 *
 * Errors: "dmp.timeout", "dmp.unreachable", "dmp.tls", "dmp.transport", "dmp.response_too_large".
 */
class DmpHttp {
public:
    [[nodiscard]] static domain::Result<DmpHttpReply> post(const DmpClientConfig &config, const QString &url,
                                                           const QByteArray &contentType, const QByteArray &body);
};

} // namespace sgl::interop::dmp
