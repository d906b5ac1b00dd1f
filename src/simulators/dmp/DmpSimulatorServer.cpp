#include "simulators/dmp/DmpSimulatorServer.h"

namespace sgl::simulators::dmp {

DmpSimulatorServer::DmpSimulatorServer(std::unique_ptr<DmpHandler> handler) : m_handler(std::move(handler)) {}

QStringList DmpSimulatorServer::dmpCipherNames()
{
    return {QStringLiteral("ECDHE-RSA-CHACHA20-POLY1305"), QStringLiteral("ECDHE-RSA-AES128-GCM-SHA256"),
            QStringLiteral("ECDHE-RSA-AES256-SHA384"), QStringLiteral("ECDHE-RSA-AES256-GCM-SHA384")};
}

QString DmpSimulatorServer::webAccessUrl() const
{
    if (!m_webServer)
        return {};
    return QStringLiteral("https://127.0.0.1:%1%2").arg(m_webServer->serverPort()).arg(DmpWebPortal::path());
}

QString DmpSimulatorServer::servicesBase()
{
    return QStringLiteral("/si-dmp-server/v2/services");
}

domain::Result<std::unique_ptr<DmpSimulatorServer>> DmpSimulatorServer::create(const DmpSimulatorConfig &config,
                                                                               std::unique_ptr<DmpSignatureVerifier> verifier)
{
    auto handler = DmpHandler::create(config, std::move(verifier));
    if (!handler)
        return std::unexpected(handler.error());
    std::unique_ptr<DmpSimulatorServer> sim(new DmpSimulatorServer(std::move(*handler)));
    common::SimTlsSettings tls;
    tls.certificatePath = config.certificatePath;
    tls.keyPath = config.keyPath;
    tls.caPath = config.caPath;
    if (config.dmpCipherSuites) {
        tls.protocol = QSsl::TlsV1_2;
        tls.cipherNames = dmpCipherNames();
    }
    common::SimHttpConfig http;
    http.paths = DmpHandler::postPaths();
    http.getPaths = DmpHandler::getPaths();
    http.maxRequestBytes = config.maxRequestBytes;
    auto server = common::SimTlsServer::create(tls, http, sim->m_handler.get(), config.port);
    if (!server)
        return std::unexpected(server.error());
    sim->m_server = std::move(*server);
    if (config.webPortal) {
        sim->m_web = std::make_unique<DmpWebPortal>(config, sim->m_handler->registry());
        common::SimTlsSettings webTls;
        webTls.certificatePath = config.certificatePath;
        webTls.keyPath = config.keyPath;
        webTls.requireClientCertificate = false;
        common::SimHttpConfig webHttp;
        webHttp.getPaths = {DmpWebPortal::path()};
        webHttp.maxRequestBytes = 64 * 1024;
        auto web = common::SimTlsServer::create(webTls, webHttp, sim->m_web.get(), config.webPort);
        if (!web)
            return std::unexpected(web.error());
        sim->m_webServer = std::move(*web);
    }
    return sim;
}

} // namespace sgl::simulators::dmp
