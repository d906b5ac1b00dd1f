#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace sgl::simulators::psc {

/** A client (service) registered with the simulated provider. */
struct PscSimClient {
    QString clientId;
    QString secret;
    QStringList redirectUris; ///< compared exactly, as the real service does (no prefix, no wildcard)
};

/** Start-up settings of sgl-psc-sim (command line, tests, demo). */
struct PscSimConfig {
    QString certificatePath; ///< server certificate (PEM), e.g. the RSA test PKI's server.pem
    QString keyPath;         ///< its private key
    quint16 port = 0;        ///< 0 = ephemeral
    QList<PscSimClient> clients{{QStringLiteral("sgl-laboratoire"), QStringLiteral("secret-de-test-sgl"),
                                 {QStringLiteral("http://127.0.0.1:53682/psc/callback")}}};
    int accessTokenSeconds = 120;   ///< short on purpose: clients must refresh
    int refreshTokenSeconds = 1800;
    int codeSeconds = 60;
    bool approve = true;            ///< false: every authorization answers error=access_denied
    QString defaultRpps = QStringLiteral("10101010105"); ///< professional "authenticated" without login_hint
    /// Clients allowed to use CIBA (PSC enables it per service); the others get unauthorized_client.
    QStringList cibaClientIds{QStringLiteral("sgl-laboratoire")};
    int cibaSeconds = 120;  ///< lifetime of an auth_req_id (expires_in)
    int cibaInterval = 5;   ///< minimum seconds between two polls (interval)
};

} // namespace sgl::simulators::psc
