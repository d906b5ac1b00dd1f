#pragma once

#include "interop/psc/PscHttp.h"

#include <QString>

namespace sgl::interop::psc {

/**
 * Settings of the lab's PSC back-channel (the service that holds the client secret, never a
 * workstation: docs/decisions/0003-psc-flow.md). The secret is never logged nor put in an error.
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
};

} // namespace sgl::interop::psc
