#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

namespace sgl::interop::hl7v2 {

/**
 * MLLP framing (0x0B message 0x1C 0x0D), both ways. The decoder is fed whatever TCP delivers:
 * frames split across reads, several frames in one read, bytes before 0x0B (discarded and
 * counted), a missing final 0x0D (the frame ends at 0x1C), a new 0x0B inside an unfinished frame
 * (the unfinished part is discarded). A frame larger than the limit is dropped whole and counted
 * in oversizedFrames(); decoding resumes at the next 0x0B.
 */
class MllpCodec {
public:
    static constexpr char StartBlock = 0x0B;
    static constexpr char EndBlock = 0x1C;
    static constexpr char CarriageReturn = 0x0D;

    explicit MllpCodec(qsizetype maxFrameSize = 64 * 1024 * 1024);

    /** 0x0B + payload + 0x1C 0x0D. */
    [[nodiscard]] static QByteArray frame(QByteArrayView payload);

    /** Consumes received bytes; complete frames become available through takeFrames(). */
    void feed(QByteArrayView bytes);
    /** Complete payloads received since the last call, in arrival order. */
    [[nodiscard]] QList<QByteArray> takeFrames();

    [[nodiscard]] qsizetype discardedBytes() const { return m_discarded; }
    [[nodiscard]] int oversizedFrames() const { return m_oversized; }
    /** True while a frame is started but not finished. */
    [[nodiscard]] bool inFrame() const { return m_state == State::InFrame; }

private:
    enum class State { Idle, InFrame, Skipping, AfterEnd };

    qsizetype m_maxFrameSize;
    State m_state = State::Idle;
    QByteArray m_current;
    QList<QByteArray> m_ready;
    qsizetype m_discarded = 0;
    int m_oversized = 0;
};

} // namespace sgl::interop::hl7v2
