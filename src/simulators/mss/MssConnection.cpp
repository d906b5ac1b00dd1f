#include "simulators/mss/MssConnection.h"

#include "simulators/mss/MssSimulatorServer.h"

#include "simulators/mss/MssLog.h"
#include <QSslCertificate>
#include <QSslSocket>



namespace sgl::simulators::mss {

MssConnection::MssConnection(QSslSocket *socket, MssSimulatorServer &server, const char *protocol)
    : m_server(server), m_socket(socket), m_maxLine(server.config().maxCommandLine), m_protocol(protocol)
{
    m_socket->setParent(this);
    m_socket->setSslConfiguration(server.tlsConfiguration());
    m_peer = m_socket->peerAddress().toString() + QLatin1Char(':') + QString::number(m_socket->peerPort());
    connect(m_socket, &QSslSocket::readyRead, this, &MssConnection::readLines);
    connect(m_socket, &QSslSocket::encrypted, this, &MssConnection::encrypted);
    connect(m_socket, &QSslSocket::disconnected, this, &QObject::deleteLater);
    connect(m_socket, &QSslSocket::sslErrors, this, [this](const QList<QSslError> &errors) {
        for (const QSslError &e : errors)
            qCInfo(lcMssSim).noquote() << m_protocol << m_peer << "TLS refused:" << e.errorString();
    });
    connect(m_socket, &QSslSocket::errorOccurred, this, [this](QAbstractSocket::SocketError) {
        if (m_handshaking)
            qCInfo(lcMssSim).noquote() << m_protocol << m_peer << "TLS handshake failed:" << m_socket->errorString();
        m_socket->abort();
        deleteLater();
    });
    m_idle.setSingleShot(true);
    m_idle.setInterval(server.config().idleTimeoutMs);
    connect(&m_idle, &QTimer::timeout, this, [this] { m_socket->abort(); deleteLater(); });
    m_idle.start();
}

MssConnection::~MssConnection() = default;

void MssConnection::send(const QByteArray &bytes)
{
    if (!m_closing)
        m_socket->write(bytes);
}

void MssConnection::startTls()
{
    m_handshaking = true;
    m_buffer.clear();
    m_socket->flush();
    m_socket->startServerEncryption();
}

void MssConnection::closeAfterSend()
{
    m_closing = true;
    m_buffer.clear();
    m_socket->disconnectFromHost(); // writes what is pending first
}

bool MssConnection::isEncrypted() const
{
    return m_socket->isEncrypted();
}

QString MssConnection::certificateMailbox() const
{
    const QSslCertificate cert = m_socket->peerCertificate();
    if (cert.isNull())
        return {};
    const auto san = cert.subjectAlternativeNames();
    for (auto it = san.constBegin(); it != san.constEnd(); ++it) {
        if (it.key() == QSsl::EmailEntry)
            return it.value().toLower();
    }
    const QStringList email = cert.subjectInfo(QSslCertificate::EmailAddress);
    if (!email.isEmpty())
        return email.first().toLower();
    const QStringList cn = cert.subjectInfo(QSslCertificate::CommonName);
    return cn.isEmpty() ? QString() : cn.first().toLower();
}

void MssConnection::encrypted()
{
    m_handshaking = false;
    m_buffer.clear();
    if (m_socket->peerCertificate().isNull()) {
        // VerifyPeer already refuses a handshake without certificate; never serve one anyway.
        qCInfo(lcMssSim).noquote() << m_protocol << m_peer << "no client certificate";
        m_socket->abort();
        deleteLater();
        return;
    }
    const QSsl::SslProtocol protocol = m_socket->sessionProtocol();
    qCInfo(lcMssSim).noquote() << m_protocol << m_peer << (protocol == QSsl::TlsV1_3 ? "TLS 1.3" : "TLS 1.2")
                                 << "client" << certificateMailbox();
    tlsReady();
    readLines();
}

void MssConnection::readLines()
{
    if (m_handshaking)
        return; // QSslSocket drives the handshake; application data comes after encrypted()
    m_idle.start();
    m_buffer += m_socket->readAll();
    while (!m_closing && !m_handshaking) {
        const qsizetype eol = m_buffer.indexOf('\n');
        if (eol < 0) {
            if (m_buffer.size() > m_maxLine + 2) {
                m_buffer.clear();
                lineTooLong();
            }
            return;
        }
        QByteArray line = m_buffer.left(eol);
        m_buffer.remove(0, eol + 1);
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.size() > m_maxLine) {
            m_buffer.clear();
            lineTooLong();
            return;
        }
        lineReceived(line);
    }
}

} // namespace sgl::simulators::mss
