#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace sgl::interop::http {

/**
 * One HTTPS request for HttpsClient. Header lines and credentials are sent as given and never
 * logged nor copied into a failure; "Expect: 100-continue" is never sent (the body goes with the
 * headers, no extra round trip).
 */
struct HttpsRequest {
    enum class Method { Get, Post };

    QString url;                       ///< https://host[:port]/path[?query], already encoded
    Method method = Method::Get;
    QByteArray body;                   ///< POST body, sent as is (its Content-Type is a header line)
    QList<QByteArray> headerLines;     ///< extra request headers, "Name: value" each
    QByteArray basicUser;              ///< HTTP Basic user when not empty (encoded by the caller as its protocol wants)
    QByteArray basicPassword;          ///< HTTP Basic password (with basicUser)
    /// Response headers to hand back (case-insensitive names); the others are dropped.
    QList<QByteArray> wantedHeaders;
};

} // namespace sgl::interop::http
