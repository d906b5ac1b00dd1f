#include "interop/hl7v2/MllpCodec.h"

namespace sgl::interop::hl7v2 {

MllpCodec::MllpCodec(qsizetype maxFrameSize) : m_maxFrameSize(maxFrameSize) {}

QByteArray MllpCodec::frame(QByteArrayView payload)
{
    QByteArray out;
    out.reserve(payload.size() + 3);
    out.append(StartBlock);
    out.append(payload);
    out.append(EndBlock);
    out.append(CarriageReturn);
    return out;
}

void MllpCodec::feed(QByteArrayView bytes)
{
    qsizetype i = 0;
    while (i < bytes.size()) {
        switch (m_state) {
        case State::AfterEnd:
            if (bytes[i] == CarriageReturn) {
                ++i;
            }
            m_state = State::Idle;
            break;
        case State::Idle:
        case State::Skipping: {
            const qsizetype start = bytes.indexOf(StartBlock, i);
            if (start < 0) {
                if (m_state == State::Idle)
                    m_discarded += bytes.size() - i;
                i = bytes.size();
                break;
            }
            if (m_state == State::Idle)
                m_discarded += start - i;
            m_state = State::InFrame;
            m_current.clear();
            i = start + 1;
            break;
        }
        case State::InFrame: {
            qsizetype j = i;
            while (j < bytes.size() && bytes[j] != EndBlock && bytes[j] != StartBlock)
                ++j;
            if (m_current.size() + (j - i) > m_maxFrameSize) {
                ++m_oversized;
                m_current.clear();
                m_state = State::Skipping;
                i = j; // resume looking for the next start block
                break;
            }
            m_current.append(bytes.sliced(i, j - i));
            if (j == bytes.size()) {
                i = j;
                break;
            }
            if (bytes[j] == StartBlock) {
                m_discarded += m_current.size() + 1;
                m_current.clear();
                i = j + 1; // restart: a sender that reopened a frame
                break;
            }
            m_ready.append(m_current);
            m_current.clear();
            m_state = State::AfterEnd;
            i = j + 1;
            break;
        }
        }
    }
}

QList<QByteArray> MllpCodec::takeFrames()
{
    QList<QByteArray> out;
    out.swap(m_ready);
    return out;
}

} // namespace sgl::interop::hl7v2
