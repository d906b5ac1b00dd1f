#pragma once

#include <QtGlobal>

namespace sgl::interop::astm {

/** Which end of the link this state machine plays; decides who yields on contention. */
enum class LinkRole {
    Host,      ///< the SGL: yields on contention and waits contentionRetryMs (>= 20 s)
    Instrument ///< simulators: wins contention, re-sends ENQ after instrumentContentionRetryMs
};

/** How frame numbers are checked on reception. */
enum class FrameNumberPolicy {
    /**
     * E1381: a frame repeating the last accepted FN is a retransmission (ACKed, discarded); any
     * other unexpected FN is NAKed and never stored.
     */
    Strict,
    /**
     * For instruments that number frames wrongly (Horiba Yumizen H500 traces): any FN digit is
     * accepted with an astm.frame_out_of_sequence warning, and only a frame identical to the last
     * accepted one (same FN, same text) is treated as a retransmission. Checksums stay mandatory.
     */
    Lenient
};

/** How an outgoing E1394 message is cut into E1381 messages and frames. */
enum class SendFraming {
    RecordPerMessage, ///< each record is one E1381 message (ETX), split in 240-char ETB frames
    WholeMessage      ///< all records in one E1381 message, split in 240-char ETB frames
};

/** Timers, limits and tolerances of one connection (defaults = E1381 / LIS1-A). */
struct LinkOptions {
    LinkRole role = LinkRole::Host;
    FrameNumberPolicy frameNumbers = FrameNumberPolicy::Strict;
    SendFraming sendFraming = SendFraming::RecordPerMessage;
    qint64 replyTimeoutMs = 15000;        ///< sender: wait for the reply to ENQ or a frame
    qint64 receiveTimeoutMs = 30000;      ///< receiver: wait for the next frame or EOT
    qint64 busyRetryMs = 10000;           ///< sender: after NAK to ENQ (receiver busy)
    qint64 contentionRetryMs = 20000;     ///< host: after losing contention
    qint64 instrumentContentionRetryMs = 1000; ///< instrument: re-send ENQ after contention
    qint64 replyTimeoutRetryMs = 10000;   ///< sender: new ENQ after an establishment timeout
    qint64 interruptHoldOffMs = 15000;    ///< sender: after a receiver interrupt, leave the line
    int maxFrameAttempts = 6;             ///< sends of one frame before aborting (LIS1-A 8.5.1.2)
    int maxFrameText = 240;               ///< text characters per outgoing frame
    qsizetype maxReceivedFrameBytes = 4 * 1024 * 1024; ///< larger frames are NAKed, not stored
    bool acceptFramesWithoutEnq = true;   ///< a frame in neutral state opens a transfer (warned)
};

} // namespace sgl::interop::astm
