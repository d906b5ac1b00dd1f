#include "simulators/insi/InsiSimulatorServer.h"

#include "simulators/insi/ErrorCodes.h"
#include "simulators/insi/TestPki.h"
#include "simulators/insi/Tr.h"

#include <QFile>

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
    if (config.cpx) {
        QFile ca(config.caPath);
        if (!ca.open(QIODevice::ReadOnly))
            return domain::fail(errc::SimPki, Tr::tr("Autorité de la PKI de test illisible : %1").arg(config.caPath), config.caPath);
        const QString policy = config.cardPolicyOid.isEmpty() ? QString::fromLatin1(TestPki::kCardPolicyOid) : config.cardPolicyOid;
        (*handler)->enableCpx(InsiCpxVerifier({ca.readAll()}, policy));
    }
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
    if (config.cpx) {
        common::SimTlsSettings serverOnly = tls;
        serverOnly.requireClientCertificate = false;
        auto cpxServer = common::SimTlsServer::create(serverOnly, http, sim->m_handler.get(), config.cpxPort);
        if (!cpxServer)
            return std::unexpected(cpxServer.error());
        sim->m_cpxServer = std::move(*cpxServer);
    }
    return sim;
}

} // namespace sgl::simulators::insi
