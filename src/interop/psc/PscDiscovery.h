#pragma once

#include "domain/Error.h"

#include <QByteArray>
#include <QString>

namespace sgl::interop::psc {

/**
 * The endpoints of a Pro Santé Connect realm, read from its discovery document. PSC publishes it at
 * the NON-standard path `<issuer>/.well-known/wallet-openid-configuration` (not openid-configuration).
 *
 * parse() errors: "psc.discovery" (not JSON; issuer, authorization, token, userinfo or jwks_uri
 * endpoint missing; an endpoint that is not https; issuer different from the configured one).
 */
struct PscDiscovery {
    QString issuer;
    QString authorizationEndpoint;
    QString tokenEndpoint;
    QString userInfoEndpoint;
    QString introspectionEndpoint; ///< may be empty
    QString endSessionEndpoint;    ///< may be empty
    QString jwksUri;
    QString cibaEndpoint;          ///< backchannel_authentication_endpoint, may be empty

    static constexpr const char *WellKnownPath = "/.well-known/wallet-openid-configuration";
    /** issuer + WellKnownPath (trailing '/' of the issuer dropped). */
    [[nodiscard]] static QString documentUrl(const QString &issuer);
    /** expectedIssuer: the configured issuer; the document must name exactly it. */
    [[nodiscard]] static domain::Result<PscDiscovery> parse(const QByteArray &json, const QString &expectedIssuer);
};

} // namespace sgl::interop::psc
