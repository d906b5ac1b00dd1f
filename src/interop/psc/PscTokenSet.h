#pragma once

#include "domain/Error.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace sgl::interop::psc {

/**
 * A token endpoint answer. Tokens are bearer secrets: never logged, never stored on disk, never
 * put in an error message.
 */
struct PscTokenSet {
    QByteArray accessToken;
    QByteArray refreshToken;   ///< may be empty
    QByteArray idToken;        ///< empty on some refresh answers
    QString tokenType;         ///< "Bearer"
    QString scope;
    QDateTime accessExpiresAt; ///< UTC, from expires_in
    QDateTime refreshExpiresAt;///< UTC, from refresh_expires_in (Keycloak), invalid when absent

    /**
     * Parses a token endpoint answer received at receivedAt. HTTP 4xx with an OAuth error body gives
     * "psc.grant_refused" naming the error (invalid_grant, invalid_client…); other statuses
     * "psc.http_status"; a 200 without access_token or with a token_type other than Bearer
     * "psc.malformed_response".
     */
    [[nodiscard]] static domain::Result<PscTokenSet> fromResponse(int status, const QByteArray &body,
                                                                  const QDateTime &receivedAt);
};

/** Introspection answer (RFC 7662), reduced to what the SGL checks. */
struct PscIntrospection {
    bool active = false;
    QString subject;
    QString clientId;
    QString tokenType;
    QDateTime expiresAt; ///< UTC, invalid when absent
};

} // namespace sgl::interop::psc
