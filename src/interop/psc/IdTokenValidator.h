#pragma once

#include "domain/Error.h"
#include "interop/psc/Jwks.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace sgl::interop::psc {

/** What a Pro Santé Connect ID token must say for this login attempt. */
struct IdTokenExpectations {
    QString issuer;    ///< exact "iss" (the discovery document's issuer)
    QString clientId;  ///< must be in "aud"; "azp" must equal it when "aud" names several clients
    QString nonce;     ///< the nonce sent in the authorization request (empty: token without nonce, refresh)
    QString acr = QStringLiteral("eidas1");
    int clockSkewSeconds = 60; ///< tolerance on exp and iat between the workstation and the provider
};

/** The claims of a validated ID token. */
struct IdTokenClaims {
    QString subject;   ///< "sub" (the PSC account; not the RPPS: that comes from UserInfo)
    QString issuer;
    QStringList audience;
    QString acr;
    QString nonce;
    QDateTime issuedAt;  ///< UTC
    QDateTime expiresAt; ///< UTC
    QJsonObject raw;     ///< every claim, for diagnostics (never logged: it names the professional)
};

/**
 * Validates an ID token (OpenID Connect Core §3.1.3.7) the way the SGL requires it:
 * RS256 only (alg "none", HS256 and anything else refused before any key is touched), key taken from
 * the JWKS by the header's "kid", signature checked with OpenSSL EVP_DigestVerify, then iss, aud
 * (and azp), exp and iat with expectations.clockSkewSeconds, nonce, and acr == expectations.acr.
 *
 * Errors, checked in this order: "psc.token_malformed", "psc.token_algorithm", "psc.token_key_unknown",
 * "psc.token_signature", "psc.token_issuer", "psc.token_audience", "psc.token_expired",
 * "psc.token_issued_in_future", "psc.token_nonce", "psc.token_acr". Messages in French name what is
 * wrong (« jeton d'identité expiré (exp 07/12/2026 10:12) », « acr inattendu : eidas2 »).
 */
class IdTokenValidator
{
public:
    [[nodiscard]] static domain::Result<IdTokenClaims> validate(const QByteArray &idToken, const Jwks &jwks,
                                                                const IdTokenExpectations &expected,
                                                                const QDateTime &now);
    /**
     * When the validated ID token carries "at_hash", checks it names this access token
     * (base64url of the left half of its SHA-256, OIDC Core §3.1.3.6): an access token swapped in
     * from another session is refused. Error: "psc.token_access_hash".
     */
    [[nodiscard]] static domain::Status checkAccessTokenHash(const IdTokenClaims &claims, const QByteArray &accessToken);
    /** The signature part alone (RS256, kid, EVP_DigestVerify): used for signed UserInfo answers. */
    [[nodiscard]] static domain::Result<QJsonObject> verifiedPayload(const QByteArray &jwt, const Jwks &jwks);
};

} // namespace sgl::interop::psc
