#pragma once

#include "domain/Error.h"
#include "simulators/common/SimHttp.h"

#include <QSsl>
#include <QSslConfiguration>
#include <QStringList>
#include <QTcpServer>

#include <memory>

namespace sgl::simulators::common {

/** TLS side of a simulator: its identity, whom it trusts, and the protocol it speaks. */
struct SimTlsSettings {
    QString certificatePath;   ///< server certificate (PEM)
    QString keyPath;           ///< server private key (PEM, RSA or EC, unencrypted)
    QString caPath;            ///< CA(s) whose client certificates are accepted (PEM); unused without client certificates
    /// false: no client certificate asked (OAuth/OIDC services authenticate clients in HTTP).
    bool requireClientCertificate = true;
    QSsl::SslProtocol protocol = QSsl::TlsV1_2OrLater;
    /// OpenSSL cipher names; empty = Qt's defaults. Only meaningful up to TLS 1.2.
    QStringList cipherNames;
};

/**
 * HTTPS listener on loopback with a mandatory client certificate: the handshake fails unless
 * the peer presents a certificate issued by settings.caPath. Each connection is framed by
 * SimHttpConnection and handed to the handler. Lives in the thread that created it.
 *
 * create() errors: "sim.tls_config" (no TLS backend, certificate/key/CA unreadable, unknown
 * cipher name; location = the file or cipher), "sim.listen" (port taken).
 */
class SimTlsServer : public QTcpServer
{
    Q_OBJECT
public:
    /** handler must outlive the server. */
    [[nodiscard]] static domain::Result<std::unique_ptr<SimTlsServer>> create(const SimTlsSettings &tls,
                                                                           SimHttpConfig http,
                                                                           SimHttpHandler *handler, quint16 port);
    /** Reads the PEM files into a server-side configuration (also used to check a PKI directory). */
    [[nodiscard]] static domain::Result<QSslConfiguration> configuration(const SimTlsSettings &tls);

    [[nodiscard]] const SimHttpConfig &httpConfig() const { return m_http; }

protected:
    void incomingConnection(qintptr socketDescriptor) override;

private:
    SimTlsServer(QSslConfiguration tls, SimHttpConfig http, SimHttpHandler *handler);

    QSslConfiguration m_tls;
    SimHttpConfig m_http;
    SimHttpHandler *m_handler;
};

} // namespace sgl::simulators::common
