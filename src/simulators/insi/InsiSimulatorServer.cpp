#include "simulators/insi/InsiSimulatorServer.h"

namespace sgl::simulators::insi {

InsiSimulatorServer::InsiSimulatorServer(InsiSimulatorConfig config, std::unique_ptr<InsiSoapHandler> handler)
    : m_config(std::move(config)), m_handler(std::move(handler))
{
}

domain::Result<std::unique_ptr<InsiSimulatorServer>> InsiSimulatorServer::create(const InsiSimulatorConfig &config)
{
    auto base = InsiIdentityBase::load(config.basePath);
    if (!base)
        return std::unexpected(base.error());
    auto handler = InsiSoapHandler::create(std::move(*base), config.schemaDirectory);
    if (!handler)
        return std::unexpected(handler.error());
    std::unique_ptr<InsiSimulatorServer> sim(new InsiSimulatorServer(config, std::move(*handler)));
    common::SimTlsSettings tls;
    tls.certificatePath = config.certificatePath;
    tls.keyPath = config.keyPath;
    tls.caPath = config.caPath;
    common::SimHttpConfig http;
    http.paths = {config.path};
    http.maxRequestBytes = config.maxRequestBytes;
    http.delayMs = config.delayMs;
    http.malformedAnswers = config.malformedAnswers;
    auto server = common::SimTlsServer::create(tls, http, sim->m_handler.get(), config.port);
    if (!server)
        return std::unexpected(server.error());
    sim->m_server = std::move(*server);
    return sim;
}

} // namespace sgl::simulators::insi
