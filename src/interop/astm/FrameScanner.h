#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

namespace sgl::interop::astm {

/** One token of the received byte stream, in arrival order. */
struct ScannedItem {
    enum class Kind {
        Control,        ///< ENQ, EOT, ACK or NAK outside a frame
        Frame,          ///< STX ... ETX|ETB [C1 C2]: see the flags before trusting it
        TruncatedFrame, ///< STX ... cut by STX, EOT, ENQ or the end of input
        StrayBytes      ///< a run of bytes outside frames (CR and LF excepted)
    };

    Kind kind = Kind::Control;
    char control = 0;          ///< Control: the byte
    char frameNumber = 0;      ///< Frame: first byte after STX (not checked here)
    QByteArray text;           ///< Frame: bytes after FN up to ETX/ETB (empty when tooLarge)
    bool last = true;          ///< Frame: ETX (true) or ETB (false)
    bool checksumPresent = false; ///< two hex digits followed ETX/ETB
    bool checksumMatches = false;
    bool checksumLowercase = false;
    bool restrictedCharacter = false; ///< SOH ACK DLE NAK SYN DC1-DC4 inside the text
    bool lineFeed = false;     ///< LF inside the text (tolerated with a warning)
    bool tooLarge = false;     ///< more than the limit: text dropped
    qsizetype size = 0;        ///< Frame/TruncatedFrame: bytes from STX on; StrayBytes: count
};

/**
 * Cuts received bytes into E1381 tokens, whatever the link state: frames, control bytes, stray
 * runs. Tolerant by construction: any trailer after the checksum (CR LF, CR, LF, CR CR LF,
 * nothing) is skipped, frames of any length up to the limit are kept, bytes between frames are
 * counted not interpreted. A frame whose checksum digits are missing or not hex is still
 * returned (checksumPresent = false) so the link can NAK it.
 */
class FrameScanner {
public:
    explicit FrameScanner(qsizetype maxFrameBytes);

    /** Appends the tokens completed by `bytes` to `out`; a partial frame waits for more. */
    void feed(QByteArrayView bytes, QList<ScannedItem> &out);
    /** Flushes what is pending at the end of input: a truncated frame and/or a stray run. */
    void finish(QList<ScannedItem> &out);
    /** Forgets any partial frame (connection lost). */
    void reset();
    [[nodiscard]] bool inFrame() const { return m_state != State::Idle; }

private:
    enum class State { Idle, Text, Check1, Check2 };

    void startFrame();
    void appendText(QByteArrayView run);
    void emitFrame(QList<ScannedItem> &out, bool checksumPresent);
    void emitTruncated(QList<ScannedItem> &out);
    void flushStray(QList<ScannedItem> &out);
    void idleByte(char c, QList<ScannedItem> &out);

    qsizetype m_maxFrameBytes;
    State m_state = State::Idle;
    ScannedItem m_frame;
    bool m_haveFn = false;
    unsigned m_sum = 0;
    char m_check1 = 0;
    qsizetype m_stray = 0;
};

} // namespace sgl::interop::astm
