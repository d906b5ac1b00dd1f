#include "simulators/common/SimTlsServer.h"

#include "simulators/common/ErrorCodes.h"
#include "simulators/common/SimHttpConnection.h"
#include "simulators/common/Tr.h"

#include <QFile>
#include <QSslCipher>
#include <QSslKey>
#include <QSslSocket>

namespace sgl::simulators::common {

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

SimTlsServer::SimTlsServer(QSslConfiguration tls, SimHttpConfig http, SimHttpHandler *handler)
    : m_tls(std::move(tls)), m_http(std::move(http)), m_handler(handler)
{
}

domain::Result<QSslConfiguration> SimTlsServer::configuration(const SimTlsSettings &settings)
{
    if (!QSslSocket::supportsSsl())
        return domain::fail(errc::SimTlsConfig, Tr::tr("TLS indisponible (module OpenSSL de Qt absent)."));
    const QList<QSslCertificate> certs = QSslCertificate::fromData(readAll(settings.certificatePath), QSsl::Pem);
    const QList<QSslCertificate> cas = settings.caPath.isEmpty()
                                           ? QList<QSslCertificate>()
                                           : QSslCertificate::fromData(readAll(settings.caPath), QSsl::Pem);
    const QByteArray keyPem = readAll(settings.keyPath);
    QSslKey key(keyPem, QSsl::Ec, QSsl::Pem);
    if (key.isNull())
        key = QSslKey(keyPem, QSsl::Rsa, QSsl::Pem);
    if (certs.isEmpty() || (cas.isEmpty() && settings.requireClientCertificate) || key.isNull())
        return domain::fail(errc::SimTlsConfig, Tr::tr("Certificat, clé ou autorité du simulateur illisible."),
                            certs.isEmpty() ? settings.certificatePath
                                            : (cas.isEmpty() ? settings.caPath : settings.keyPath));
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificate(certs.first());
    tls.setPrivateKey(key);
    tls.setCaCertificates(cas);
    tls.setPeerVerifyMode(settings.requireClientCertificate ? QSslSocket::VerifyPeer : QSslSocket::VerifyNone);
    tls.setProtocol(settings.protocol);
    if (!settings.cipherNames.isEmpty()) {
        QList<QSslCipher> ciphers;
        for (const QString &name : settings.cipherNames) {
            const QSslCipher cipher(name);
            if (cipher.isNull())
                return domain::fail(errc::SimTlsConfig,
                                    Tr::tr("Suite cryptographique inconnue de la bibliothèque TLS : %1").arg(name), name);
            ciphers << cipher;
        }
        tls.setCiphers(ciphers);
    }
    return tls;
}

domain::Result<std::unique_ptr<SimTlsServer>> SimTlsServer::create(const SimTlsSettings &settings, SimHttpConfig http,
                                                                   SimHttpHandler *handler, quint16 port)
{
    auto tls = configuration(settings);
    if (!tls)
        return std::unexpected(tls.error());
    std::unique_ptr<SimTlsServer> server(new SimTlsServer(std::move(*tls), std::move(http), handler));
    if (!server->listen(QHostAddress::LocalHost, port))
        return domain::fail(errc::SimListen, Tr::tr("Le simulateur ne peut pas écouter sur le port %1 : %2")
                                                 .arg(port)
                                                 .arg(server->errorString()));
    return server;
}

void SimTlsServer::incomingConnection(qintptr socketDescriptor)
{
    auto *socket = new QSslSocket;
    if (!socket->setSocketDescriptor(socketDescriptor)) {
        delete socket;
        return;
    }
    socket->setSslConfiguration(m_tls);
    new SimHttpConnection(socket, m_handler, m_http, this);
    socket->startServerEncryption();
}

} // namespace sgl::simulators::common
