#pragma once

#include "domain/Error.h"
#include "interop/psc/PscBackChannel.h"

#include <QHostAddress>
#include <QObject>

#include <memory>

class QHttpServer;

namespace sgl::interop::psc {

/** Settings of the lab's PSC gateway (`sgl psc-gateway`, headless service). */
struct PscGatewaySettings {
    PscClientConfig client;     ///< the confidential form: clientSecret set, gatewayUrl empty
    QString certificatePath;    ///< TLS identity of the gateway (PEM), trusted by the workstations
    QString keyPath;
    QHostAddress address = QHostAddress::LocalHost;
    quint16 port = 0;           ///< 0 = ephemeral
};

/**
 * The lab's back-channel to Pro Santé Connect (docs/decisions/0003-psc-flow.md): HTTPS (Qt HTTP
 * Server, TLS >= 1.2) answering PscGatewayPaths; each POST is checked, then forwarded to the PSC
 * endpoint with client_secret_basic, and PSC's status and body are returned as they are. Only the
 * fields of the grant are forwarded (grant_type authorization_code with code, redirect_uri and a
 * mandatory code_verifier; refresh_token; token; nothing else), so a workstation cannot use the
 * gateway for another grant. The secret never leaves this process.
 *
 * Calls to PSC are blocking (one at a time: enough for a lab's logins). Lives in the thread that
 * created it. start() errors: those of PscBackChannel::connect, "psc.config" (certificate or key
 * unreadable, port taken).
 */
class PscGatewayServer : public QObject
{
    Q_OBJECT
public:
    ~PscGatewayServer() override;
    [[nodiscard]] static domain::Result<std::unique_ptr<PscGatewayServer>> start(PscGatewaySettings settings);

    [[nodiscard]] quint16 port() const { return m_port; }
    [[nodiscard]] const PscDiscovery &discovery() const { return m_channel->discovery(); }

private:
    explicit PscGatewayServer(std::unique_ptr<PscBackChannel> channel);
    struct Forwarded {
        int status = 0;
        QByteArray body;
        QByteArray contentType;
    };
    Forwarded forward(const QString &endpoint, const QList<QPair<QString, QString>> &fields) const;
    Forwarded token(const QByteArray &body) const;
    Forwarded introspect(const QByteArray &body) const;
    Forwarded logout(const QByteArray &body) const;

    std::unique_ptr<PscBackChannel> m_channel;
    std::unique_ptr<QHttpServer> m_server;
    quint16 m_port = 0;
};

} // namespace sgl::interop::psc
