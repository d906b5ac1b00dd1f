#pragma once

#include "domain/Error.h"
#include "interop/insi/InsiClientConfig.h"
#include "interop/insi/InsiService.h"
#include "interop/insi/OrganisationCertificate.h"

#include <QByteArray>

namespace sgl::interop::insi {

/** Raw HTTP exchange result (exposed for diagnostics and tests). */
struct HttpExchange {
    int status = 0;
    QByteArray body;
};

/**
 * INSi over SOAP 1.2 / HTTPS with libcurl, mutual TLS with the organisation certificate.
 *
 * create() validates the configuration (https endpoint, certificate CN and validity, key
 * matching, CA file present) so a misconfiguration is reported before any call. Each call
 * uses its own curl handle (thread-safe, blocking: run it off the GUI thread), with peer and
 * host verification ON, TLS >= 1.2, https only, no redirects, a total timeout and a response
 * size cap.
 *
 * Errors (besides those of InsiRequestBuilder, InsiResponseParser, OrganisationCertificate):
 * "insi.config" (bad settings), "insi.timeout", "insi.unreachable", "insi.tls" (handshake
 * failed, server certificate not trusted or name mismatch, client certificate refused),
 * "insi.transport" (other network error), "insi.response_too_large".
 */
class InsiClient final : public InsiService
{
public:
    [[nodiscard]] static domain::Result<InsiClient> create(InsiClientConfig config);

    domain::Result<InsiResult> searchByTraits(const InsiTraitsQuery &query) override;
    domain::Result<InsiResult> searchByVitale(const InsiVitaleQuery &query) override;

    /** POSTs an envelope and returns the HTTP status and body (no SOAP interpretation). */
    [[nodiscard]] domain::Result<HttpExchange> post(const QByteArray &envelope, const char *action) const;

    [[nodiscard]] const OrganisationCertificate &certificate() const { return m_certificate; }
    [[nodiscard]] const InsiClientConfig &config() const { return m_config; }

private:
    InsiClient(InsiClientConfig config, OrganisationCertificate certificate);
    domain::Result<InsiResult> call(const domain::Result<QByteArray> &envelope, const QString &messageId,
                                    const char *action);

    InsiClientConfig m_config;
    OrganisationCertificate m_certificate;
};

} // namespace sgl::interop::insi
