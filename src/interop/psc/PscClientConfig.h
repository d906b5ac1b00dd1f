#pragma once

#include "interop/psc/PscHttp.h"

#include <QString>

namespace sgl::interop::psc {

/**
 * Settings of a PSC client. Two forms (docs/decisions/0003-psc-flow.md):
 * - in the lab's gateway (`PscGatewayServer`): clientSecret set, gatewayUrl empty;
 * - on a workstation: gatewayUrl set and clientSecret EMPTY (refused otherwise): the calls that need
 *   the secret (token, introspection, logout) go to the gateway, which adds it.
 * The secret is never logged nor put in an error.
 */
struct PscClientConfig {
    /// e.g. https://auth.bas.psc.esante.gouv.fr/auth/realms/esante-wallet (sandbox)
    QString issuer;
    QString clientId;
    QString clientSecret;
    QString scope = QStringLiteral("openid scope_all");
    QString acr = QStringLiteral("eidas1");
    int clockSkewSeconds = 60;
    PscTransportConfig transport;
    /// https://gateway:port of the lab's PSC gateway (workstation form); empty in the gateway itself.
    QString gatewayUrl;
    /// Transport to the gateway (its CA is the lab's, not a public one).
    PscTransportConfig gatewayTransport;
};

} // namespace sgl::interop::psc
