#pragma once

#include "simulators/analyzer/FaultOptions.h"

#include <QByteArray>
#include <QIODevice>
#include <QPointer>

class QTcpSocket;
class QTimer;

namespace sgl::simulators::analyzer {

/**
 * The byte device an ASTM LinkDriver of the simulator is attached to: a pass-through over the
 * TCP socket that produces the faults of FaultOptions on the wire, so the E1381 state machine
 * itself stays the project's own (astm::LinkLayer), unmodified.
 *
 * Contract (outgoing = written by the LinkLayer, incoming = read from the host):
 * - bad checksum: the second checksum digit of every badChecksumEvery-th outgoing frame is
 *   changed on its first sending (still a hex digit, so the host sees astm.bad_checksum); the
 *   retransmission after the host's NAK goes out intact.
 * - NAK storm: an ACK answering an incoming frame is replaced by NAK naksPerFrame times for the
 *   same frame; the host re-sends it, the LinkLayer takes the repeat for a retransmission and
 *   ACKs it, and the next ACK goes through.
 * - drop: when frame dropAfterFrames + 1 of a transfer starts (only result messages are that
 *   long), half of it is written and the connection closed, dropCount times in the session.
 * - garbage: garbageBytes before each ENQ and after each frame.
 * - slow: bytes leave in chunks of slowChunkBytes every slowDelayMs.
 * writeData() always reports the whole length written, as the driver expects of a socket.
 * One device for the simulator's life; bind() it to each new connection's socket.
 */
class FaultInjectingDevice : public QIODevice {
    Q_OBJECT
public:
    explicit FaultInjectingDevice(FaultOptions faults, QObject *parent = nullptr);
    ~FaultInjectingDevice() override;

    /** Uses `socket` from now on (nullptr = none); resets the per-connection scanners. */
    void bind(QTcpSocket *socket);

    [[nodiscard]] bool isSequential() const override { return true; }
    [[nodiscard]] qint64 bytesAvailable() const override;

    [[nodiscard]] int corruptedFrames() const { return m_corrupted; }
    [[nodiscard]] int naksSent() const { return m_naks; }
    [[nodiscard]] int drops() const { return m_drops; }
    [[nodiscard]] int garbageRuns() const { return m_garbageRuns; }

signals:
    /** A fault was put on the wire: `kind` is its --fault name, `detail` French. */
    void faultInjected(const QString &kind, const QString &detail);

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 size) override;

private:
    enum class Out { Outside, InFrame, Checksum1, Checksum2, Trailer };

    void scanIncoming(QByteArrayView bytes);
    void emitBytes(const QByteArray &bytes);
    void onSlowTick();
    void abortSocket();

    FaultOptions m_faults;
    QPointer<QTcpSocket> m_socket;
    QTimer *m_slowTimer;
    QByteArray m_slowQueue;
    bool m_abortWhenFlushed = false;
    bool m_swallow = false;

    // incoming: is the next ACK the answer to a frame, and which one
    bool m_inIncomingFrame = false;
    bool m_frameAwaitingReply = false;
    QByteArray m_incomingFrame;
    QByteArray m_lastNakedFrame;
    int m_naksForFrame = 0;

    // outgoing
    Out m_out = Out::Outside;
    QByteArray m_outFrame;
    QByteArray m_lastCorruptedFrame;
    bool m_corruptThis = false;
    int m_framesSent = 0;
    int m_framesInTransfer = 0;

    int m_corrupted = 0;
    int m_naks = 0;
    int m_drops = 0;
    int m_garbageRuns = 0;
};

} // namespace sgl::simulators::analyzer
