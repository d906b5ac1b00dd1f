#pragma once

#include "domain/Error.h"
#include "interop/psc/IdTokenValidator.h"
#include "interop/psc/PscAuthorizationRequest.h"
#include "interop/psc/PscTokenService.h"

#include <QDateTime>
#include <QUrl>

namespace sgl::interop::psc {

/** The validated identity of a professional signed in through Pro Santé Connect. */
struct PscIdentity {
    PscUserInfo professional; ///< RPPS, names, activities (UserInfo, same "sub" as the ID token)
    IdTokenClaims idToken;    ///< validated: RS256 signature, iss, aud, exp, nonce, acr eidas1
    PscTokenSet tokens;       ///< in memory only; tokens.accessExpiresAt bounds the PSC session
};

/**
 * One professional's login through Pro Santé Connect, as the workflow drives it:
 *
 *   auto attempt = signIn.begin(redirectUri);          // PKCE verifier, state, nonce (CSPRNG)
 *   open signIn.authorizationUrl(*attempt) in the system browser; the loopback listener receives
 *   the redirect; then
 *   auto identity = signIn.complete(*attempt, callbackUrl, now);   // "who is this professional"
 *
 * complete() checks state, exchanges the code through the PscTokenService (the back-channel that
 * holds the secret), validates the ID token (nonce of this attempt), reads UserInfo and checks it
 * names the same subject. It does NOT decide whether the professional may use the SGL: linking the
 * RPPS to a local account and refusing unknown or inactive ones is the workflow's job.
 *
 * Errors: "psc.authorization_denied" (error=… in the redirect, or no code), "psc.state_mismatch",
 * "psc.userinfo" (UserInfo of another subject), and those of the PscTokenService.
 */
class PscSignIn
{
public:
    explicit PscSignIn(PscTokenService &service) : m_service(service) {}

    [[nodiscard]] domain::Result<PscAuthorizationRequest> begin(const QString &redirectUri) const;
    [[nodiscard]] QUrl authorizationUrl(const PscAuthorizationRequest &attempt,
                                        const QString &scope = QStringLiteral("openid scope_all")) const;
    [[nodiscard]] domain::Result<PscIdentity> complete(const PscAuthorizationRequest &attempt, const QUrl &callback,
                                                       const QDateTime &now);
    /**
     * Refreshes the tokens of a session before accessExpiresAt; a new ID token, when the provider
     * sends one, is validated and must name the same subject. Errors: those of refresh and
     * validation, "psc.userinfo" (subject changed).
     */
    [[nodiscard]] domain::Result<PscIdentity> renew(const PscIdentity &current, const QDateTime &now);
    /** Ends the provider session (the local session is the workflow's). */
    [[nodiscard]] domain::Status signOut(const PscIdentity &identity);

private:
    PscTokenService &m_service;
};

} // namespace sgl::interop::psc
