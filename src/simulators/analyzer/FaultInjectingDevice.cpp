#include "simulators/analyzer/FaultInjectingDevice.h"

#include "simulators/analyzer/Tr.h"

#include <QTcpSocket>
#include <QTimer>

namespace sgl::simulators::analyzer {

namespace {

constexpr char Stx = 0x02;
constexpr char Etx = 0x03;
constexpr char Eot = 0x04;
constexpr char Enq = 0x05;
constexpr char Ack = 0x06;
constexpr char Nak = 0x15;
constexpr char Etb = 0x17;

} // namespace

FaultInjectingDevice::FaultInjectingDevice(FaultOptions faults, QObject *parent)
    : QIODevice(parent), m_faults(std::move(faults)), m_slowTimer(new QTimer(this))
{
    m_slowTimer->setInterval(std::max(0, m_faults.slowDelayMs));
    connect(m_slowTimer, &QTimer::timeout, this, &FaultInjectingDevice::onSlowTick);
    open(QIODevice::ReadWrite | QIODevice::Unbuffered);
}

FaultInjectingDevice::~FaultInjectingDevice() = default;

void FaultInjectingDevice::bind(QTcpSocket *socket)
{
    if (m_socket)
        m_socket->disconnect(this);
    m_socket = socket;
    m_slowTimer->stop();
    m_slowQueue.clear();
    m_abortWhenFlushed = false;
    m_swallow = false;
    m_inIncomingFrame = false;
    m_frameAwaitingReply = false;
    m_out = Out::Outside;
    m_outFrame.clear();
    m_framesInTransfer = 0;
    if (!socket)
        return;
    connect(socket, &QIODevice::readyRead, this, &QIODevice::readyRead);
    // Without TCP_NODELAY, Nagle's algorithm would gather the small chunks into one segment.
    if (m_faults.slow)
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
}

qint64 FaultInjectingDevice::bytesAvailable() const
{
    return QIODevice::bytesAvailable() + (m_socket ? m_socket->bytesAvailable() : 0);
}

qint64 FaultInjectingDevice::readData(char *data, qint64 maxSize)
{
    if (!m_socket)
        return 0;
    const qint64 n = m_socket->read(data, maxSize);
    if (n > 0)
        scanIncoming(QByteArrayView(data, n));
    return std::max<qint64>(n, 0);
}

void FaultInjectingDevice::scanIncoming(QByteArrayView bytes)
{
    for (const char c : bytes) {
        if (c == Stx) {
            m_inIncomingFrame = true;
            m_incomingFrame.clear();
        } else if (m_inIncomingFrame) {
            m_incomingFrame += c;
            if (c == Etx || c == Etb) {
                m_inIncomingFrame = false;
                m_frameAwaitingReply = true;
            }
        } else if (c == Enq || c == Eot) {
            m_frameAwaitingReply = false;
        }
    }
}

qint64 FaultInjectingDevice::writeData(const char *data, qint64 size)
{
    if (m_swallow || !m_socket)
        return size;
    QByteArray out;
    out.reserve(size + 32);
    for (qint64 i = 0; i < size; ++i) {
        const char c = data[i];
        switch (m_out) {
        case Out::Outside:
            if (c == Enq) {
                m_framesInTransfer = 0;
                if (m_faults.garbage) {
                    out += m_faults.garbageBytes;
                    ++m_garbageRuns;
                }
                if (m_faults.slow)
                    emit faultInjected(QStringLiteral("slow"),
                                       Tr::tr("transfert ralenti : %1 octet(s) toutes les %2 ms")
                                           .arg(m_faults.slowChunkBytes).arg(m_faults.slowDelayMs));
                out += c;
            } else if (c == Ack && m_frameAwaitingReply) {
                m_frameAwaitingReply = false;
                if (m_faults.nakStorm) {
                    if (m_incomingFrame != m_lastNakedFrame) {
                        m_lastNakedFrame = m_incomingFrame;
                        m_naksForFrame = 0;
                    }
                    if (m_naksForFrame < m_faults.naksPerFrame) {
                        ++m_naksForFrame;
                        ++m_naks;
                        out += Nak;
                        emit faultInjected(QStringLiteral("nak-storm"),
                                           Tr::tr("NAK %1/%2 à une trame valide de l'hôte")
                                               .arg(m_naksForFrame).arg(m_faults.naksPerFrame));
                        break;
                    }
                }
                out += c;
            } else if (c == Stx) {
                if (m_faults.drop && m_drops < m_faults.dropCount && m_framesInTransfer == m_faults.dropAfterFrames) {
                    qint64 end = i;
                    while (end < size && data[end] != Etx && data[end] != Etb)
                        ++end;
                    out.append(data + i, std::max<qint64>(2, (end - i) / 2));
                    ++m_drops;
                    m_swallow = true;
                    emit faultInjected(QStringLiteral("drop"),
                                       Tr::tr("connexion coupée au milieu de la trame %1 du message")
                                           .arg(m_framesInTransfer + 1));
                    emitBytes(out);
                    // Deferred: aborting inside the driver's write would re-enter it.
                    if (m_faults.slow)
                        m_abortWhenFlushed = true;
                    else
                        QTimer::singleShot(0, this, &FaultInjectingDevice::abortSocket);
                    return size;
                }
                m_out = Out::InFrame;
                m_outFrame.clear();
                out += c;
            } else {
                out += c;
            }
            break;
        case Out::InFrame:
            out += c;
            m_outFrame += c;
            if (c == Etx || c == Etb) {
                m_corruptThis = false;
                // A frame equal to the last one is its retransmission after a NAK.
                if (m_outFrame != m_lastCorruptedFrame) {
                    ++m_framesInTransfer;
                    ++m_framesSent;
                    if (m_faults.badChecksum && m_framesSent % std::max(1, m_faults.badChecksumEvery) == 0) {
                        m_corruptThis = true;
                        m_lastCorruptedFrame = m_outFrame;
                    } else {
                        m_lastCorruptedFrame.clear();
                    }
                }
                m_out = Out::Checksum1;
            }
            break;
        case Out::Checksum1:
            out += c;
            m_out = Out::Checksum2;
            break;
        case Out::Checksum2:
            if (m_corruptThis) {
                out += c == '0' ? '1' : '0';
                ++m_corrupted;
                emit faultInjected(QStringLiteral("bad-checksum"),
                                   Tr::tr("somme de contrôle faussée (trame %1)").arg(m_framesSent));
            } else {
                out += c;
            }
            m_out = Out::Trailer;
            break;
        case Out::Trailer:
            if (c == '\r') {
                out += c;
            } else if (c == '\n') {
                out += c;
                if (m_faults.garbage) {
                    out += m_faults.garbageBytes;
                    ++m_garbageRuns;
                }
                m_out = Out::Outside;
            } else {
                m_out = Out::Outside;
                --i; // no LF trailer: this byte belongs to what follows
            }
            break;
        }
    }
    emitBytes(out);
    return size;
}

void FaultInjectingDevice::emitBytes(const QByteArray &bytes)
{
    if (bytes.isEmpty() || !m_socket)
        return;
    if (!m_faults.slow) {
        m_socket->write(bytes);
        return;
    }
    m_slowQueue += bytes;
    if (!m_slowTimer->isActive())
        m_slowTimer->start();
}

void FaultInjectingDevice::onSlowTick()
{
    if (!m_socket) {
        m_slowTimer->stop();
        m_slowQueue.clear();
        return;
    }
    const qsizetype n = std::min<qsizetype>(std::max(1, m_faults.slowChunkBytes), m_slowQueue.size());
    m_socket->write(m_slowQueue.left(n));
    m_socket->flush(); // to the kernel now: left to the event loop, ticks would pile up into one segment
    m_slowQueue.remove(0, n);
    if (m_slowQueue.isEmpty()) {
        m_slowTimer->stop();
        if (m_abortWhenFlushed) {
            m_abortWhenFlushed = false;
            abortSocket();
        }
    }
}

void FaultInjectingDevice::abortSocket()
{
    // A graceful close after the buffered half frame: abort() would throw that half away.
    if (m_socket) {
        m_socket->flush();
        m_socket->disconnectFromHost();
    }
}

} // namespace sgl::simulators::analyzer
