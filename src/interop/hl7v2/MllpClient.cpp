#include "interop/hl7v2/MllpClient.h"

#include "interop/hl7v2/ErrorCodes.h"
#include "interop/hl7v2/Tr.h"

#include <QEventLoop>
#include <QTcpSocket>
#include <QTimer>

namespace sgl::interop::hl7v2 {

namespace {

domain::Error connectionError(const QString &what)
{
    return domain::Error{errc::MllpConnection,
                         Tr::tr("Échec de la connexion MLLP : %1").arg(what), {}};
}

} // namespace

MllpClient::MllpClient(QString host, quint16 port, QObject *parent)
    : QObject(parent), m_host(std::move(host)), m_port(port), m_socket(new QTcpSocket(this))
{
}

MllpClient::~MllpClient() = default;

domain::Status MllpClient::ensureConnected(int timeoutMs)
{
    if (m_socket->state() == QAbstractSocket::ConnectedState)
        return {};
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
    connect(m_socket, &QTcpSocket::connected, &loop, &QEventLoop::quit);
    connect(m_socket, &QTcpSocket::errorOccurred, &loop, &QEventLoop::quit);
    m_socket->connectToHost(m_host, m_port);
    timer.start(timeoutMs);
    if (m_socket->state() != QAbstractSocket::ConnectedState)
        loop.exec();
    disconnect(m_socket, nullptr, &loop, nullptr);
    if (m_socket->state() != QAbstractSocket::ConnectedState) {
        const QString why = m_socket->errorString();
        m_socket->abort();
        return std::unexpected(connectionError(why));
    }
    return {};
}

domain::Status MllpClient::sendRaw(QByteArrayView bytes, int timeoutMs)
{
    if (auto ok = ensureConnected(timeoutMs); !ok)
        return ok;
    m_socket->write(bytes.data(), bytes.size());
    m_socket->flush();
    return {};
}

domain::Result<QByteArray> MllpClient::awaitAnswer(int timeoutMs)
{
    auto drain = [this] {
        if (m_socket->bytesAvailable() > 0)
            m_codec.feed(m_socket->readAll());
        m_pending.append(m_codec.takeFrames());
    };
    drain();
    if (m_pending.isEmpty()) {
        QEventLoop loop;
        QTimer timer;
        timer.setSingleShot(true);
        connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
        connect(m_socket, &QTcpSocket::disconnected, &loop, &QEventLoop::quit);
        connect(m_socket, &QTcpSocket::readyRead, &loop, [&] {
            drain();
            if (!m_pending.isEmpty())
                loop.quit();
        });
        timer.start(timeoutMs);
        loop.exec();
        disconnect(m_socket, nullptr, &loop, nullptr);
        drain();
    }
    if (m_pending.isEmpty()) {
        return domain::fail(errc::MllpTimeout,
                            Tr::tr("Aucun accusé de réception MLLP reçu dans le délai (%1 ms).")
                                .arg(timeoutMs));
    }
    return m_pending.takeFirst();
}

domain::Result<QByteArray> MllpClient::exchange(QByteArrayView message, int timeoutMs)
{
    if (auto ok = sendRaw(MllpCodec::frame(message), timeoutMs); !ok)
        return std::unexpected(ok.error());
    return awaitAnswer(timeoutMs);
}

void MllpClient::disconnectFromHost()
{
    m_socket->disconnectFromHost();
}

} // namespace sgl::interop::hl7v2
