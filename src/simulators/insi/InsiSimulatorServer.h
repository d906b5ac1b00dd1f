#pragma once

#include "domain/Error.h"
#include "simulators/common/SimTlsServer.h"
#include "simulators/insi/InsiSimulatorConfig.h"
#include "simulators/insi/InsiSoapHandler.h"

#include <QObject>

#include <memory>

namespace sgl::simulators::insi {

/**
 * The INSi simulator: its SOAP handler behind a common::SimTlsServer (HTTPS, TLS >= 1.2, on
 * loopback, with mandatory client certificates: the peer must present a certificate issued by
 * config.caPath, handshake refused otherwise); the CN is then checked by InsiSoapHandler
 * (DESIR_560 when not INSI-AUTO/MANU). With config.cpx, a second listener on cpxPort() asks no client
 * certificate and hands its requests to the same handler in CPx mode (card-signed assertion). Lives in the thread that created it (needs an event loop).
 *
 * create() errors: those of InsiIdentityBase::load and InsiSoapHandler::create, and
 * "sim.tls_config" (certificate, key or CA unreadable), "sim.listen".
 */
class InsiSimulatorServer : public QObject
{
    Q_OBJECT
public:
    [[nodiscard]] static domain::Result<std::unique_ptr<InsiSimulatorServer>> create(const InsiSimulatorConfig &config);

    [[nodiscard]] InsiSoapHandler &handler() { return *m_handler; }
    [[nodiscard]] const InsiSimulatorConfig &config() const { return m_config; }
    [[nodiscard]] quint16 serverPort() const { return m_server->serverPort(); }
    /** Port of the CPx listener (config.cpx), 0 without it. */
    [[nodiscard]] quint16 cpxPort() const { return m_cpxServer ? m_cpxServer->serverPort() : quint16(0); }

private:
    InsiSimulatorServer(InsiSimulatorConfig config, std::unique_ptr<InsiSoapHandler> handler);

    InsiSimulatorConfig m_config;
    std::unique_ptr<InsiSoapHandler> m_handler;
    std::unique_ptr<common::SimTlsServer> m_server;
    std::unique_ptr<common::SimTlsServer> m_cpxServer;
};

} // namespace sgl::simulators::insi
