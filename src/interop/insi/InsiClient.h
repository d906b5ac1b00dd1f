#pragma once

#include "domain/Error.h"
#include "interop/insi/InsiClientConfig.h"
#include "interop/insi/InsiRequestContext.h"
#include "interop/insi/InsiService.h"
#include "interop/insi/OrganisationCertificate.h"
#include "interop/xml/XmlExternalSigningKey.h"

#include <QByteArray>

#include <optional>

namespace sgl::interop::insi {

/** Raw HTTP exchange result (exposed for diagnostics and tests). */
struct HttpExchange {
    int status = 0;
    QByteArray body;
};

/**
 * The professional's card for the CPx mode, as the caller read it (workflow, from interop/cps
 * CpsCard: this library does not link the PKCS#11 code). The key is borrowed: the card stays open
 * and logged in while the client is used.
 */
struct InsiCpxCard {
    xml::XmlExternalSigningKey key;
    QString certificateSubject;  ///< RFC 2253 subject of the authentication certificate (Issuer)
    QString nationalId;          ///< its CN (NameID NameQualifier="CPS", ContexteLPS/Emetteur)
    QString billingId;           ///< identifiantFacturation, optional
    QString activitySector = QStringLiteral("SA25^1.2.250.1.71.4.2.4");
};

/**
 * INSi over SOAP 1.2 / HTTPS (interop/http's HttpsClient), in one of two modes:
 * - organisation (create()): mutual TLS with the organisation certificate (CN INSI-AUTO/INSI-MANU);
 * - CPx (createCpx()): server-authenticated TLS only (the CPx endpoint of the service asks no client
 *   certificate) and, in wsse:Security, the "Assertion PS" signed by the professional's card
 *   (InsiCpxAssertion), fresh for each call; ContexteLPS/Emetteur is the holder's national id.
 *
 * create() validates the configuration (https endpoint, certificate CN and validity, key
 * matching, CA file present) so a misconfiguration is reported before any call. Each call is
 * thread-safe and blocking (run it off the GUI thread), with peer and host verification ON,
 * TLS >= 1.2, https only, no redirects, a total timeout and a response size cap.
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
    /** CPx mode; config.certificatePath/privateKeyPath are ignored. Extra error: "insi.cpx_card"
     *  (no key, no certificate subject or national id). Signing errors of a call are those of
     *  XmlSigner ("xml.signing_failed" when the card was taken out meanwhile). */
    [[nodiscard]] static domain::Result<InsiClient> createCpx(InsiClientConfig config, InsiCpxCard card);
    [[nodiscard]] bool cpxMode() const { return m_cpx.has_value(); }

    domain::Result<InsiResult> searchByTraits(const InsiTraitsQuery &query) override;
    domain::Result<InsiResult> searchByVitale(const InsiVitaleQuery &query) override;

    /** The envelope a traits search would post now (in CPx mode with its assertion signed by the card):
     *  diagnostics and tests. */
    [[nodiscard]] domain::Result<QByteArray> traitsEnvelope(const InsiTraitsQuery &query) const;

    /** POSTs an envelope and returns the HTTP status and body (no SOAP interpretation). */
    [[nodiscard]] domain::Result<HttpExchange> post(const QByteArray &envelope, const char *action) const;

    [[nodiscard]] const OrganisationCertificate &certificate() const { return m_certificate; }
    [[nodiscard]] const InsiClientConfig &config() const { return m_config; }

private:
    InsiClient(InsiClientConfig config, OrganisationCertificate certificate);
    [[nodiscard]] static domain::Status checkConfig(const InsiClientConfig &config);
    domain::Result<InsiResult> call(const domain::Result<QByteArray> &envelope, const InsiRequestContext &context,
                                    const char *action);
    [[nodiscard]] InsiRequestContext context() const;
    /** CPx mode: has the card sign the assertion of the envelope; organisation mode: the envelope as is. */
    [[nodiscard]] domain::Result<QByteArray> seal(const domain::Result<QByteArray> &envelope,
                                                  const InsiRequestContext &context) const;

    InsiClientConfig m_config;
    OrganisationCertificate m_certificate;
    std::optional<InsiCpxCard> m_cpx;
};

} // namespace sgl::interop::insi
