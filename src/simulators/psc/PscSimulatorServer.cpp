#include "simulators/psc/PscSimulatorServer.h"

namespace sgl::simulators::psc {

PscSimulatorServer::PscSimulatorServer(std::unique_ptr<PscSimHandler> handler) : m_handler(std::move(handler)) {}

domain::Result<std::unique_ptr<PscSimulatorServer>> PscSimulatorServer::create(const PscSimConfig &config)
{
    auto handler = PscSimHandler::create(config);
    if (!handler)
        return std::unexpected(handler.error());
    std::unique_ptr<PscSimulatorServer> sim(new PscSimulatorServer(std::move(*handler)));
    common::SimTlsSettings tls;
    tls.certificatePath = config.certificatePath;
    tls.keyPath = config.keyPath;
    tls.requireClientCertificate = false;
    common::SimHttpConfig http;
    http.paths = PscSimHandler::postPaths();
    http.getPaths = PscSimHandler::getPaths();
    http.maxRequestBytes = 64 * 1024;
    auto server = common::SimTlsServer::create(tls, http, sim->m_handler.get(), config.port);
    if (!server)
        return std::unexpected(server.error());
    sim->m_server = std::move(*server);
    sim->m_handler->setBaseUrl(QStringLiteral("https://127.0.0.1:%1").arg(sim->m_server->serverPort()));
    return sim;
}

} // namespace sgl::simulators::psc
