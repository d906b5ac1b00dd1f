#pragma once

#include "domain/Error.h"
#include "simulators/common/SimTlsServer.h"
#include "simulators/directory/DirectorySimConfig.h"
#include "simulators/directory/DirectorySimHandler.h"

#include <QObject>

#include <memory>

namespace sgl::simulators::directory {

/**
 * The Annuaire Santé FHIR simulator: DirectorySimHandler behind a common::SimTlsServer on
 * loopback (HTTPS, TLS >= 1.2, no client certificate: the API authenticates with its key in a
 * header). Base URL https://127.0.0.1:<port>/fhir/v2. Lives in the thread that created it.
 * create() errors: "sim.tls_config", "sim.listen".
 */
class DirectorySimulatorServer : public QObject
{
    Q_OBJECT
public:
    [[nodiscard]] static domain::Result<std::unique_ptr<DirectorySimulatorServer>> create(const DirectorySimConfig &config);

    [[nodiscard]] DirectorySimHandler &handler() { return *m_handler; }
    [[nodiscard]] quint16 serverPort() const { return m_server->serverPort(); }
    /** https://127.0.0.1:<port>/fhir/v2 */
    [[nodiscard]] QString baseUrl() const;

private:
    explicit DirectorySimulatorServer(std::unique_ptr<DirectorySimHandler> handler);

    std::unique_ptr<DirectorySimHandler> m_handler;
    std::unique_ptr<common::SimTlsServer> m_server;
};

} // namespace sgl::simulators::directory
