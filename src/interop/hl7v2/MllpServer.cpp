#include "interop/hl7v2/MllpServer.h"

#include "interop/hl7v2/ErrorCodes.h"
#include "interop/hl7v2/MllpCodec.h"
#include "interop/hl7v2/Tr.h"

#include <QTcpServer>
#include <QTcpSocket>

namespace sgl::interop::hl7v2 {

MllpServer::MllpServer(Handler handler, QObject *parent, qsizetype maxFrameSize)
    : QObject(parent), m_handler(std::move(handler)), m_maxFrameSize(maxFrameSize),
      m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, &MllpServer::onNewConnection);
}

MllpServer::~MllpServer()
{
    qDeleteAll(m_codecs);
}

domain::Status MllpServer::listen(const QHostAddress &address, quint16 port)
{
    if (!m_server->listen(address, port)) {
        return domain::fail(errc::ListenFailed,
                            Tr::tr("Impossible d'écouter sur %1:%2 : %3")
                                .arg(address.toString())
                                .arg(port)
                                .arg(m_server->errorString()));
    }
    return {};
}

quint16 MllpServer::port() const
{
    return m_server->serverPort();
}

void MllpServer::close()
{
    m_server->close();
    for (auto it = m_codecs.begin(); it != m_codecs.end(); ++it)
        it.key()->disconnectFromHost();
}

void MllpServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        m_codecs.insert(socket, new MllpCodec(m_maxFrameSize));
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            delete m_codecs.take(socket);
            socket->deleteLater();
        });
    }
}

void MllpServer::onReadyRead(QTcpSocket *socket)
{
    MllpCodec *codec = m_codecs.value(socket);
    if (!codec)
        return;
    const QString peer = socket->peerAddress().toString() + u':' + QString::number(socket->peerPort());
    const int oversizedBefore = codec->oversizedFrames();
    codec->feed(socket->readAll());
    if (codec->oversizedFrames() != oversizedBefore)
        emit frameRejected(peer, Tr::tr("Trame MLLP trop grande, ignorée."));
    for (const QByteArray &payload : codec->takeFrames()) {
        std::optional<QByteArray> answer = m_handler(payload, peer);
        if (answer)
            socket->write(MllpCodec::frame(*answer));
        emit messageHandled(peer);
    }
}

} // namespace sgl::interop::hl7v2
