#include "interop/astm/LinkDriver.h"

#include "interop/astm/ErrorCodes.h"
#include "interop/astm/Tr.h"

#include <QIODevice>
#include <QTimer>

namespace sgl::interop::astm {

LinkDriver::LinkDriver(LinkOptions options, TextEncoding encoding, QObject *parent)
    : QObject(parent), m_link(m_clock, options), m_assembler(encoding), m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &LinkDriver::onTimer);
}

LinkDriver::~LinkDriver() = default;

void LinkDriver::attach(QIODevice *device)
{
    if (m_device)
        detach();
    m_device = device;
    m_readConnection = connect(device, &QIODevice::readyRead, this, &LinkDriver::onReadyRead);
    if (device->bytesAvailable() > 0)
        onReadyRead();
}

void LinkDriver::detach()
{
    disconnect(m_readConnection);
    m_device.clear();
    m_link.connectionLost();
    pump();
}

domain::Result<quint64> LinkDriver::send(QByteArray message)
{
    auto id = m_link.send(std::move(message));
    pump();
    return id;
}

void LinkDriver::onReadyRead()
{
    if (!m_device)
        return;
    const QByteArray bytes = m_device->readAll();
    m_link.feed(bytes);
    pump();
}

void LinkDriver::onTimer()
{
    m_link.handleTimers();
    pump();
}

void LinkDriver::pump()
{
    // Deliveries go up before the output goes out: the ACK of the frame that completes a message
    // is written only after messageReceived() returned, so a receiver that stores the message in
    // a direct slot acknowledges it once stored (and a receiver that cannot store it drops the
    // connection from the slot: the ACK is then never sent and the instrument sends again).
    for (const LinkDelivery &d : m_link.takeDeliveries())
        m_assembler.apply(d);
    for (const domain::Error &e : m_assembler.takeProblems())
        emit problemFound(e.code, e.message);
    const QList<Message> ready = m_assembler.takeMessages();
    if (!ready.isEmpty()) {
        m_messages.append(ready);
        emit messageReceived();
    }
    const QByteArray out = m_link.takeOutput();
    if (!out.isEmpty() && m_device) {
        if (m_device->write(out) != out.size())
            emit problemFound(errc::WriteFailed,
                              Tr::tr("Écriture impossible vers l'analyseur : %1").arg(m_device->errorString()));
    }
    for (const LinkEvent &e : m_link.takeEvents())
        emit eventRaised(e);
    for (const SendOutcome &o : m_link.takeSendOutcomes())
        emit sendFinished(o.id, o.delivered, o.errorCode);
    if (const auto deadline = m_link.nextDeadline())
        m_timer->start(static_cast<int>(std::clamp<qint64>(*deadline - m_clock.nowMs(), 0, 24 * 3600 * 1000)));
    else
        m_timer->stop();
}

} // namespace sgl::interop::astm
