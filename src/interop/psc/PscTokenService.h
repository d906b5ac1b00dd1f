#pragma once

#include "domain/Error.h"
#include "interop/psc/IdTokenValidator.h"
#include "interop/psc/PscDiscovery.h"
#include "interop/psc/PscTokenSet.h"
#include "interop/psc/PscUserInfo.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace sgl::interop::psc {

/**
 * The calls of a Pro Santé Connect login that need the client's credentials, behind one interface:
 * the lab's back-channel implements them with the secret (PscBackChannel); a workstation reaches
 * them through that service, never with the secret itself. Every call is blocking (libcurl).
 */
class PscTokenService
{
public:
    virtual ~PscTokenService() = default;

    [[nodiscard]] virtual const PscDiscovery &discovery() const = 0;
    [[nodiscard]] virtual QString clientId() const = 0;
    /** Authorization code + PKCE verifier → tokens (grant authorization_code). */
    [[nodiscard]] virtual domain::Result<PscTokenSet> exchangeCode(const QString &code, const QByteArray &codeVerifier,
                                                                   const QString &redirectUri) = 0;
    [[nodiscard]] virtual domain::Result<PscTokenSet> refresh(const QByteArray &refreshToken) = 0;
    /** Validates an ID token against the provider's keys (JWKS fetched again once for an unknown kid). */
    [[nodiscard]] virtual domain::Result<IdTokenClaims> validateIdToken(const QByteArray &idToken,
                                                                        const QString &nonce,
                                                                        const QDateTime &now) = 0;
    [[nodiscard]] virtual domain::Result<PscUserInfo> userInfo(const QByteArray &accessToken) = 0;
    [[nodiscard]] virtual domain::Result<PscIntrospection> introspect(const QByteArray &token) = 0;
    /** Ends the provider session (refresh token revoked). */
    [[nodiscard]] virtual domain::Status logout(const QByteArray &refreshToken) = 0;
};

} // namespace sgl::interop::psc
