#pragma once

#include "domain/Error.h"
#include "interop/astm/Clock.h"
#include "interop/astm/FrameCodec.h"
#include "interop/astm/FrameScanner.h"
#include "interop/astm/LinkDelivery.h"
#include "interop/astm/LinkEvent.h"
#include "interop/astm/LinkOptions.h"
#include "interop/astm/SendOutcome.h"

#include <QByteArray>
#include <QList>

#include <deque>
#include <functional>
#include <optional>

namespace sgl::interop::astm {

/** Direction of raw traffic seen by the observer. */
enum class TrafficDirection { Received, Sent };

/** States of the E1381 connection. */
enum class LinkState { Neutral, Receiving, WaitingEnqReply, WaitingFrameReply };

/**
 * The E1381 / LIS1-A state machine of one connection, both roles, without any I/O: bytes in
 * (feed), bytes out (takeOutput), complete messages out (takeDeliveries), timers through the
 * injected Clock (the driver calls handleTimers() at nextDeadline()).
 *
 * Receiving: ENQ is answered ACK (NAK while setBusy(true)); each frame is checked (FN digit,
 * checksum either case, restricted characters, size) and NAKed when wrong, never stored; the
 * expected FN is 1 then +1 modulo 8; a repeat of the last accepted FN is ACKed and discarded
 * (FrameNumberPolicy for the Lenient variant); ETX closes a message, EOT the transfer; 30 s
 * without a frame discards the partial message. Tolerated with a warning: frames larger than
 * 247 bytes, any trailer after the checksum, lowercase checksum, LF in the text, stray bytes
 * between frames, a first frame without ENQ.
 *
 * Sending: send() queues an E1394 message; ENQ, frames of <= 240 text characters (ETB/ETX),
 * one reply awaited per frame (15 s), NAK -> same frame again up to maxFrameAttempts sends then
 * EOT and failure, EOT from the receiver = frame accepted and line given back (the interrupted
 * message is sent again whole later), NAK to ENQ -> retry after 10 s, ENQ to ENQ (contention) ->
 * the host yields and waits 20 s, the instrument re-sends ENQ after 1 s.
 *
 * Every received and sent byte goes to the traffic observer with its direction and clock time.
 * Not thread-safe: one instance per connection, used from one thread.
 */
class LinkLayer {
public:
    using TrafficObserver = std::function<void(TrafficDirection, QByteArrayView, qint64 atMs)>;

    explicit LinkLayer(const Clock &clock, LinkOptions options = {});

    void setTrafficObserver(TrafficObserver observer) { m_observer = std::move(observer); }
    [[nodiscard]] const LinkOptions &options() const { return m_options; }

    /** Bytes received from the peer. */
    void feed(QByteArrayView bytes);
    /** Fires the expired timer, if any, and starts a pending transfer when the line is free. */
    void handleTimers();
    /** The transport dropped: partial message discarded, queued sends failed. */
    void connectionLost();
    /** Replay: no byte will ever come again; a transfer left open ends as if EOT came. */
    void endOfInput();

    /**
     * Queues one E1394 message (records ended by CR) for sending. Fails with
     * astm.empty_message or astm.restricted_character_in_text (location "offset N").
     */
    [[nodiscard]] domain::Result<quint64> send(QByteArray message);
    /** Answer the next accepted frame with EOT (receiver interrupt) instead of ACK. */
    void requestInterrupt() { m_interruptRequested = true; }
    /** While busy, ENQ is answered NAK. */
    void setBusy(bool busy) { m_busy = busy; }

    [[nodiscard]] QByteArray takeOutput();
    [[nodiscard]] QList<LinkDelivery> takeDeliveries();
    [[nodiscard]] QList<LinkEvent> takeEvents();
    [[nodiscard]] QList<SendOutcome> takeSendOutcomes();

    /** Clock time at which handleTimers() must be called; nullopt when no timer runs. */
    [[nodiscard]] std::optional<qint64> nextDeadline() const;
    [[nodiscard]] LinkState state() const { return m_state; }
    [[nodiscard]] qsizetype queuedMessages() const { return static_cast<qsizetype>(m_queue.size()); }

private:
    enum class Timer { None, Reply, Receive };
    struct Outgoing {
        quint64 id = 0;
        QList<FrameText> frames;
    };

    void process(const ScannedItem &item);
    void onControl(char c);
    void onFrame(const ScannedItem &frame);
    void onTruncated(const ScannedItem &item);
    void onStray(qsizetype count);
    [[nodiscard]] bool checkFrame(const ScannedItem &frame, const QString &where);
    void acceptFrame(const ScannedItem &frame, int fn);
    void enterReceiving();
    void endReceiving(bool clean);

    void tryStartSending();
    void sendCurrentFrame();
    void onFrameAccepted(bool interrupted);
    void onFrameRefused();
    void failCurrent(QLatin1StringView code);
    void toNeutral(qint64 holdOffMs);

    void write(QByteArray bytes);
    void write(char c) { write(QByteArray(1, c)); }
    void event(QLatin1StringView code, LinkEvent::Severity severity, QString message, QString location = {});
    void startTimer(Timer timer, qint64 ms);
    [[nodiscard]] qint64 now() const { return m_clock.nowMs(); }

    const Clock &m_clock;
    LinkOptions m_options;
    FrameScanner m_scanner;
    TrafficObserver m_observer;
    LinkState m_state = LinkState::Neutral;
    Timer m_timer = Timer::None;
    qint64 m_deadline = 0;
    qint64 m_holdOffUntil = 0;

    // receiving
    bool m_busy = false;
    bool m_interruptRequested = false;
    bool m_haveLastFrame = false;
    int m_lastFn = 0;
    QByteArray m_lastText;
    QByteArray m_partial;
    int m_framesInTransfer = 0;

    // sending
    std::deque<Outgoing> m_queue;
    quint64 m_nextId = 1;
    int m_frameIndex = 0;
    int m_sendFn = 1;
    int m_attempts = 0;

    QByteArray m_output;
    QList<LinkDelivery> m_deliveries;
    QList<LinkEvent> m_events;
    QList<SendOutcome> m_outcomes;
};

} // namespace sgl::interop::astm
