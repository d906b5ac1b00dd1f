#pragma once

#include "domain/Error.h"

#include <QByteArray>
#include <QString>
#include <QUrl>

namespace sgl::interop::psc {

/**
 * One login attempt's secrets, made on the workstation: PKCE code_verifier (RFC 7636, 43 characters
 * of base64url from 32 bytes of OpenSSL RAND_bytes), its S256 challenge, state and nonce (each
 * 32 random bytes). Kept in memory only, for the time of one attempt; never logged.
 *
 * create() error: "psc.random" (the system's CSPRNG failed: no login rather than weak values).
 */
struct PscAuthorizationRequest {
    QByteArray codeVerifier;
    QByteArray codeChallenge; ///< base64url(SHA-256(codeVerifier))
    QString state;
    QString nonce;
    QString redirectUri;

    [[nodiscard]] static domain::Result<PscAuthorizationRequest> create(const QString &redirectUri);
    /** S256 transform (also used by the simulator's check). */
    [[nodiscard]] static QByteArray s256(const QByteArray &codeVerifier);

    /**
     * The URL to open in the system browser: response_type=code, client_id, redirect_uri,
     * scope ("openid scope_all"), acr_values=eidas1, state, nonce, code_challenge,
     * code_challenge_method=S256.
     */
    [[nodiscard]] QUrl url(const QString &authorizationEndpoint, const QString &clientId,
                           const QString &scope = QStringLiteral("openid scope_all"),
                           const QString &acrValues = QStringLiteral("eidas1")) const;
};

} // namespace sgl::interop::psc
