#pragma once

#include "domain/Error.h"
#include "interop/astm/LinkEvent.h"
#include "interop/astm/LinkLayer.h"
#include "interop/astm/Message.h"
#include "interop/astm/MessageAssembler.h"
#include "interop/astm/SteadyClock.h"

#include <QObject>
#include <QPointer>

class QIODevice;
class QTimer;

namespace sgl::interop::astm {

/**
 * Runs one LinkLayer on a Qt byte device (QTcpSocket, QSerialPort): received bytes are fed to
 * it, its output is written back, its timers are one single-shot QTimer set to nextDeadline(),
 * its deliveries go through a MessageAssembler.
 *
 * Contract: one driver per connection, on the thread owning the device. The device is not
 * owned; when the transport drops, the owner calls detach() (partial message discarded, queued
 * sends failed, as LinkLayer::connectionLost()). Received E1394 messages are queued and
 * announced by messageReceived(); take them with takeMessages(). The link's answer to the frame
 * that completed a message (its ACK) is written after messageReceived() returns, so a direct
 * slot that stores the message makes the ACK mean "stored"; detaching the device from that slot
 * (connection dropped) withholds it.
 */
class LinkDriver : public QObject {
    Q_OBJECT
public:
    explicit LinkDriver(LinkOptions options = {}, TextEncoding encoding = TextEncoding::Latin1,
                        QObject *parent = nullptr);
    ~LinkDriver() override;

    void attach(QIODevice *device);
    void detach();
    [[nodiscard]] bool attached() const { return !m_device.isNull(); }
    /** The device attached, null when detached (the gateway drops a TCP socket through it). */
    [[nodiscard]] QIODevice *device() const { return m_device.data(); }

    /** Queues an E1394 message (see LinkLayer::send); sendFinished() tells its fate. */
    [[nodiscard]] domain::Result<quint64> send(QByteArray message);
    [[nodiscard]] QList<Message> takeMessages() { return std::exchange(m_messages, {}); }
    [[nodiscard]] LinkLayer &link() { return m_link; }
    void setTrafficObserver(LinkLayer::TrafficObserver observer) { m_link.setTrafficObserver(std::move(observer)); }

signals:
    void messageReceived();
    void eventRaised(const sgl::interop::astm::LinkEvent &event);
    void sendFinished(quint64 id, bool delivered, const QString &errorCode);
    void problemFound(const QString &code, const QString &message);

private:
    void onReadyRead();
    void onTimer();
    void pump();

    SteadyClock m_clock;
    LinkLayer m_link;
    MessageAssembler m_assembler;
    QPointer<QIODevice> m_device;
    QTimer *m_timer;
    QList<Message> m_messages;
    QMetaObject::Connection m_readConnection;
};

} // namespace sgl::interop::astm
