#pragma once

#include "domain/Error.h"
#include "simulators/common/SimTlsServer.h"
#include "simulators/psc/PscSimConfig.h"
#include "simulators/psc/PscSimHandler.h"

#include <QObject>

#include <memory>

namespace sgl::simulators::psc {

/**
 * The Pro Santé Connect simulator: PscSimHandler behind a common::SimTlsServer on loopback (HTTPS,
 * TLS >= 1.2, no client certificate: OAuth clients authenticate with their secret in HTTP). The
 * issuer is https://127.0.0.1:<port>/auth/realms/esante-wallet. Lives in the thread that created it.
 *
 * create() errors: "sim.psc_keys", "sim.tls_config" (certificate or key unreadable), "sim.listen".
 */
class PscSimulatorServer : public QObject
{
    Q_OBJECT
public:
    [[nodiscard]] static domain::Result<std::unique_ptr<PscSimulatorServer>> create(const PscSimConfig &config);

    [[nodiscard]] PscSimHandler &handler() { return *m_handler; }
    [[nodiscard]] quint16 serverPort() const { return m_server->serverPort(); }
    [[nodiscard]] QString issuer() const { return m_handler->issuer(); }

private:
    explicit PscSimulatorServer(std::unique_ptr<PscSimHandler> handler);

    std::unique_ptr<PscSimHandler> m_handler;
    std::unique_ptr<common::SimTlsServer> m_server;
};

} // namespace sgl::simulators::psc
