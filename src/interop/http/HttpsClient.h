#pragma once

#include "interop/http/HttpsFailure.h"
#include "interop/http/HttpsRequest.h"
#include "interop/http/HttpsResponse.h"
#include "interop/http/HttpsTransport.h"

#include <expected>

namespace sgl::interop::http {

using HttpsResult = std::expected<HttpsResponse, HttpsFailure>;

/**
 * One blocking HTTPS exchange over libcurl, the single place where the interop modules' web
 * calls (Pro Santé Connect, Annuaire Santé FHIR API, DMP, INSi) meet the network.
 *
 * Contract:
 * - the URL must be https:// with a host, or nothing is sent (NotHttps); libcurl is also limited
 *   to https, so no redirect or proxy trick can fall back to plain http;
 * - redirects are never followed: a 3xx is a response like any other;
 * - the server certificate is verified (chain against transport.caBundlePath or the system's
 *   store, and host name); TLS 1.2 at least (exactly 1.2 with tls12Only); the client certificate
 *   is presented when configured;
 * - the body is capped at transport.maxResponseBytes (ResponseTooLarge, the transfer is aborted);
 * - any HTTP status is a response; only a transport problem is a failure, with its kind and
 *   libcurl's detail text;
 * - no signal is used (safe in threads); each call has its own handle (thread-safe); it blocks for
 *   up to transport.timeoutMs: never call it on the GUI thread.
 * It logs nothing and builds no user message.
 */
class HttpsClient
{
public:
    [[nodiscard]] static HttpsResult perform(const HttpsRequest &request, const HttpsTransport &transport);
};

} // namespace sgl::interop::http
