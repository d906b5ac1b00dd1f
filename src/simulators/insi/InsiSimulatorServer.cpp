#include "simulators/insi/InsiSimulatorServer.h"

#include "simulators/insi/ErrorCodes.h"
#include "simulators/insi/SimHttpConnection.h"

#include <QFile>
#include <QSslKey>
#include <QSslSocket>

namespace sgl::simulators::insi {

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

InsiSimulatorServer::InsiSimulatorServer(InsiSimulatorConfig config, std::unique_ptr<InsiSoapHandler> handler,
                                         QSslConfiguration tls)
    : m_config(std::move(config)), m_handler(std::move(handler)), m_tls(std::move(tls))
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
    if (!QSslSocket::supportsSsl())
        return domain::fail(errc::SimTlsConfig, tr("TLS indisponible (module OpenSSL de Qt absent)."));
    const QList<QSslCertificate> certs = QSslCertificate::fromData(readAll(config.certificatePath), QSsl::Pem);
    const QList<QSslCertificate> cas = QSslCertificate::fromData(readAll(config.caPath), QSsl::Pem);
    const QByteArray keyPem = readAll(config.keyPath);
    QSslKey key(keyPem, QSsl::Ec, QSsl::Pem);
    if (key.isNull())
        key = QSslKey(keyPem, QSsl::Rsa, QSsl::Pem);
    if (certs.isEmpty() || cas.isEmpty() || key.isNull())
        return domain::fail(errc::SimTlsConfig,
                            tr("Certificat, clé ou autorité du simulateur INSi illisible."),
                            certs.isEmpty() ? config.certificatePath : (cas.isEmpty() ? config.caPath : config.keyPath));
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificate(certs.first());
    tls.setPrivateKey(key);
    tls.setCaCertificates(cas);
    tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
    tls.setProtocol(QSsl::TlsV1_2OrLater);
    std::unique_ptr<InsiSimulatorServer> server(new InsiSimulatorServer(config, std::move(*handler), tls));
    if (!server->listen(QHostAddress::LocalHost, config.port))
        return domain::fail(errc::SimListen,
                            tr("Le simulateur INSi ne peut pas écouter sur le port %1 : %2")
                                .arg(config.port)
                                .arg(server->errorString()));
    return server;
}

void InsiSimulatorServer::incomingConnection(qintptr socketDescriptor)
{
    auto *socket = new QSslSocket;
    if (!socket->setSocketDescriptor(socketDescriptor)) {
        delete socket;
        return;
    }
    socket->setSslConfiguration(m_tls);
    new SimHttpConnection(socket, m_handler.get(), m_config, this);
    socket->startServerEncryption();
}

} // namespace sgl::simulators::insi
