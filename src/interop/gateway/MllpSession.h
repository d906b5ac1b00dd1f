#pragma once

#include "interop/gateway/TrafficLog.h"
#include "interop/hl7v2/MllpCodec.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTcpSocket>
#include <QString>

#include <functional>
#include <optional>

class QTcpSocket;

namespace sgl::interop::gateway {

/**
 * One MLLP connection of an analyzer link, whichever side opened it, carrying both directions:
 * the instrument's messages (OUL^R22, QBP^Q11) are handed to `onMessage`, whose answer is
 * written back framed before the next message is read; the host's own messages (RSP^K11 after
 * the ACK, OML^O33 worklists) are pushed with push(). An ACK arriving from the instrument (MSH-9
 * "ACK") answers a pushed message and is reported by ackReceived(), never handed to onMessage.
 *
 * hl7v2::MllpServer/MllpClient are not used here because each carries only one direction on a
 * connection; this reuses their MllpCodec framing. Every byte in and out goes to the traffic log.
 */
class MllpSession : public QObject {
    Q_OBJECT
public:
    using MessageHandler = std::function<std::optional<QByteArray>(MllpSession *session, const QByteArray &message)>;

    MllpSession(QTcpSocket *socket, QString peer, MessageHandler onMessage, TrafficLog *log,
                QObject *parent = nullptr);
    ~MllpSession() override;

    /** Writes one framed message; false when the socket is gone or refused the bytes. */
    bool push(const QByteArray &message);
    [[nodiscard]] QString peer() const { return m_peer; }
    [[nodiscard]] QTcpSocket *socket() const { return m_socket; }
    /** Drops the connection at once, unanswered (a store failure must not be acknowledged). */
    void abort();

signals:
    void ackReceived(const QByteArray &ack);
    /** Bytes outside any frame were skipped, or a frame over the size limit was dropped. */
    void framingProblem(qsizetype discardedBytes, int oversizedFrames);
    void closed();

private:
    void onReadyRead();

    QPointer<QTcpSocket> m_socket;
    QString m_peer;
    MessageHandler m_onMessage;
    TrafficLog *m_log;
    hl7v2::MllpCodec m_codec;
    bool m_aborted = false;
};

} // namespace sgl::interop::gateway
