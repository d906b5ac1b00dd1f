#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QPair>

namespace sgl::interop::http {

/**
 * What the server answered: any HTTP status is a response (3xx included: redirects are never
 * followed), only a transport problem is an HttpsFailure.
 */
struct HttpsResponse {
    int status = 0;
    QByteArray body;
    /// The headers of HttpsRequest::wantedHeaders present in the final answer, as (lower-case
    /// name, value trimmed), in the order received.
    QList<QPair<QByteArray, QByteArray>> headers;

    /** Value of a received header, case-insensitive; the last one when repeated; empty when absent. */
    [[nodiscard]] QByteArray header(QByteArrayView name) const;
};

} // namespace sgl::interop::http
