#pragma once

#include "domain/Error.h"
#include "interop/psc/Jwks.h"
#include "interop/psc/PscClientConfig.h"
#include "interop/psc/PscTokenService.h"

#include <QMutex>

namespace sgl::interop::psc {

/**
 * The client of Pro Santé Connect's back-channel endpoints. In the lab's gateway it is the
 * confidential client, the only code that sends the client secret (client_secret_basic); on a
 * workstation (config.gatewayUrl set, no secret) its token, introspection and logout calls go to
 * the gateway, which forwards them with the secret; discovery, JWKS and UserInfo go to PSC directly.
 *
 * connect() reads the discovery document (PSC's non-standard `.well-known/wallet-openid-configuration`)
 * and the JWKS. Thread-safe (the JWKS cache is locked), every call blocking.
 *
 * Errors: those of PscHttp, PscDiscovery, Jwks, IdTokenValidator, PscTokenSet, PscUserInfo, and
 * "psc.config" (issuer not https, client id or secret empty), "psc.http_status" (unexpected status),
 * "psc.malformed_response" (UserInfo or introspection not JSON), "psc.userinfo".
 */
class PscBackChannel final : public PscTokenService
{
public:
    [[nodiscard]] static domain::Result<std::unique_ptr<PscBackChannel>> connect(PscClientConfig config);

    [[nodiscard]] const PscDiscovery &discovery() const override { return m_discovery; }
    [[nodiscard]] QString clientId() const override { return m_config.clientId; }
    [[nodiscard]] const PscClientConfig &config() const { return m_config; }

    domain::Result<PscTokenSet> exchangeCode(const QString &code, const QByteArray &codeVerifier,
                                             const QString &redirectUri) override;
    domain::Result<PscTokenSet> refresh(const QByteArray &refreshToken) override;
    domain::Result<IdTokenClaims> validateIdToken(const QByteArray &idToken, const QString &nonce,
                                                  const QDateTime &now) override;
    /** JSON or signed JWT (Content-Type application/jwt: verified like an ID token's signature). */
    domain::Result<PscUserInfo> userInfo(const QByteArray &accessToken) override;
    domain::Result<PscIntrospection> introspect(const QByteArray &token) override;
    domain::Status logout(const QByteArray &refreshToken) override;

    /** Fetches the JWKS again (key rotation). */
    [[nodiscard]] domain::Status reloadKeys();

private:
    PscBackChannel(PscClientConfig config, PscDiscovery discovery);
    domain::Result<PscTokenSet> tokenRequest(const QList<QPair<QString, QString>> &fields);
    /** POST to a secret-protected endpoint, directly (with the secret) or through the gateway. */
    domain::Result<PscHttpResponse> confidentialPost(const QString &endpoint, const char *gatewayPath,
                                                     const QList<QPair<QString, QString>> &fields);
    [[nodiscard]] Jwks keys() const;

    PscClientConfig m_config;
    PscDiscovery m_discovery;
    mutable QMutex m_mutex;
    Jwks m_jwks;
};

} // namespace sgl::interop::psc
