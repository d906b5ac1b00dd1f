#include "interop/gateway/MllpSession.h"

#include "interop/hl7v2/AckBuilder.h"

#include <QTcpSocket>

namespace sgl::interop::gateway {

MllpSession::MllpSession(QTcpSocket *socket, QString peer, MessageHandler onMessage, TrafficLog *log, QObject *parent)
    : QObject(parent), m_socket(socket), m_peer(std::move(peer)), m_onMessage(std::move(onMessage)), m_log(log)
{
    connect(socket, &QTcpSocket::readyRead, this, &MllpSession::onReadyRead);
    connect(socket, &QTcpSocket::disconnected, this, &MllpSession::closed);
    if (socket->bytesAvailable() > 0)
        onReadyRead();
}

MllpSession::~MllpSession()
{
    if (m_socket)
        m_socket->disconnect(this);
}

bool MllpSession::push(const QByteArray &message)
{
    if (!m_socket || m_socket->state() != QAbstractSocket::ConnectedState)
        return false;
    const QByteArray framed = hl7v2::MllpCodec::frame(message);
    m_log->bytes(TrafficDirection::Out, m_peer, framed);
    return m_socket->write(framed) == framed.size();
}

void MllpSession::abort()
{
    m_aborted = true;
    if (m_socket)
        m_socket->abort();
}

void MllpSession::onReadyRead()
{
    if (!m_socket)
        return;
    const QByteArray bytes = m_socket->readAll();
    m_log->bytes(TrafficDirection::In, m_peer, bytes);
    const qsizetype discardedBefore = m_codec.discardedBytes();
    const int oversizedBefore = m_codec.oversizedFrames();
    m_codec.feed(bytes);
    if (m_codec.discardedBytes() != discardedBefore || m_codec.oversizedFrames() != oversizedBefore)
        emit framingProblem(m_codec.discardedBytes() - discardedBefore, m_codec.oversizedFrames() - oversizedBefore);
    for (const QByteArray &message : m_codec.takeFrames()) {
        if (m_aborted || !m_socket)
            return; // dropped by the handler: what follows will be sent again by the instrument
        if (hl7v2::AckBuilder::peekHeader(message).messageCode == QStringLiteral("ACK")) {
            emit ackReceived(message);
            continue;
        }
        const std::optional<QByteArray> answer = m_onMessage(this, message);
        if (answer && !m_aborted)
            (void)push(*answer);
    }
}

} // namespace sgl::interop::gateway
