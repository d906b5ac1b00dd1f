#pragma once

#include "domain/Error.h"
#include "simulators/insi/InsiSimulatorConfig.h"
#include "simulators/insi/InsiSoapHandler.h"

#include <QSslConfiguration>
#include <QTcpServer>

#include <memory>

namespace sgl::simulators::insi {

/**
 * HTTPS (TLS >= 1.2) listener of the INSi simulator on loopback, with mandatory client
 * certificates: the peer must present a certificate issued by config.caPath (handshake refused
 * otherwise); its CN is then checked by InsiSoapHandler (DESIR_560 when not INSI-AUTO/MANU).
 * Lives in the thread that created it (needs an event loop).
 *
 * create() errors: those of InsiIdentityBase::load and InsiSoapHandler::create, and
 * "sim.tls_config" (certificate, key or CA unreadable), "sim.listen".
 */
class InsiSimulatorServer : public QTcpServer
{
    Q_OBJECT
public:
    [[nodiscard]] static domain::Result<std::unique_ptr<InsiSimulatorServer>> create(const InsiSimulatorConfig &config);

    [[nodiscard]] InsiSoapHandler &handler() { return *m_handler; }
    [[nodiscard]] const InsiSimulatorConfig &config() const { return m_config; }

protected:
    void incomingConnection(qintptr socketDescriptor) override;

private:
    InsiSimulatorServer(InsiSimulatorConfig config, std::unique_ptr<InsiSoapHandler> handler,
                        QSslConfiguration tls);

    InsiSimulatorConfig m_config;
    std::unique_ptr<InsiSoapHandler> m_handler;
    QSslConfiguration m_tls;
};

} // namespace sgl::simulators::insi
