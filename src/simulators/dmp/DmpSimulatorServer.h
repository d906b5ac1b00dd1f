#pragma once

#include "domain/Error.h"
#include "simulators/common/SimTlsServer.h"
#include "simulators/dmp/DmpHandler.h"
#include "simulators/dmp/DmpWebPortal.h"

#include <QObject>

#include <memory>

namespace sgl::simulators::dmp {

/**
 * The DMP simulator: DmpHandler behind a common::SimTlsServer on loopback. TLS 1.2 only with the
 * DMP "Accès LPS" cipher suites (dmp-wire-facts §2.7) unless config.dmpCipherSuites is off; the
 * client certificate is mandatory and must chain to config.caPath (handshake refused otherwise).
 * With config.webPortal, a second listener (TLS >= 1.2, no client certificate) serves the web
 * portal's contextual entry (DmpWebPortal) over the same registry.
 * Lives in the thread that created it (needs an event loop).
 *
 * create() errors: "dmpsim.value_sets", "sim.tls_config", "sim.listen".
 */
class DmpSimulatorServer : public QObject
{
    Q_OBJECT
public:
    [[nodiscard]] static domain::Result<std::unique_ptr<DmpSimulatorServer>> create(
        const DmpSimulatorConfig &config, std::unique_ptr<DmpSignatureVerifier> verifier);

    [[nodiscard]] DmpHandler &handler() { return *m_handler; }
    [[nodiscard]] quint16 serverPort() const { return m_server->serverPort(); }
    /** Null without config.webPortal. */
    [[nodiscard]] DmpWebPortal *webPortal() { return m_web.get(); }
    /** https://127.0.0.1:<web port>/web-ps/acces-contexte; empty without config.webPortal. */
    [[nodiscard]] QString webAccessUrl() const;

    /** OpenSSL names of the "Accès LPS" suites. */
    [[nodiscard]] static QStringList dmpCipherNames();
    /** The path prefix of the services: https://host:port + servicesBase() + "/repository"... */
    [[nodiscard]] static QString servicesBase();

private:
    explicit DmpSimulatorServer(std::unique_ptr<DmpHandler> handler);

    std::unique_ptr<DmpHandler> m_handler;
    std::unique_ptr<common::SimTlsServer> m_server;
    std::unique_ptr<DmpWebPortal> m_web;
    std::unique_ptr<common::SimTlsServer> m_webServer;
};

} // namespace sgl::simulators::dmp
