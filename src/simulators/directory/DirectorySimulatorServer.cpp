#include "simulators/directory/DirectorySimulatorServer.h"

namespace sgl::simulators::directory {

DirectorySimulatorServer::DirectorySimulatorServer(std::unique_ptr<DirectorySimHandler> handler)
    : m_handler(std::move(handler))
{
}

domain::Result<std::unique_ptr<DirectorySimulatorServer>> DirectorySimulatorServer::create(const DirectorySimConfig &config)
{
    std::unique_ptr<DirectorySimulatorServer> sim(
        new DirectorySimulatorServer(std::make_unique<DirectorySimHandler>(config)));
    common::SimTlsSettings tls;
    tls.certificatePath = config.certificatePath;
    tls.keyPath = config.keyPath;
    tls.requireClientCertificate = false;
    common::SimHttpConfig http;
    http.getPaths = DirectorySimHandler::getPaths();
    http.maxRequestBytes = 64 * 1024;
    auto server = common::SimTlsServer::create(tls, http, sim->m_handler.get(), config.port);
    if (!server)
        return std::unexpected(server.error());
    sim->m_server = std::move(*server);
    // The handler builds its links from the origin and the request's path (/fhir/v2/...).
    sim->m_handler->setBaseUrl(QStringLiteral("https://127.0.0.1:%1").arg(sim->m_server->serverPort()));
    return sim;
}

QString DirectorySimulatorServer::baseUrl() const
{
    return QStringLiteral("https://127.0.0.1:%1/fhir/v2").arg(m_server->serverPort());
}

} // namespace sgl::simulators::directory
