#include "interop/astm/FrameScanner.h"

#include "interop/astm/ControlCharacters.h"
#include "interop/astm/FrameCodec.h"

namespace sgl::interop::astm {

namespace {

bool isHex(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'F') || (c >= 'a' && c <= 'f');
}

bool isLowerHex(char c)
{
    return c >= 'a' && c <= 'f';
}

} // namespace

FrameScanner::FrameScanner(qsizetype maxFrameBytes) : m_maxFrameBytes(maxFrameBytes) {}

void FrameScanner::reset()
{
    m_state = State::Idle;
    m_frame = {};
    m_haveFn = false;
    m_sum = 0;
    m_stray = 0;
}

void FrameScanner::startFrame()
{
    m_state = State::Text;
    m_frame = ScannedItem{};
    m_frame.kind = ScannedItem::Kind::Frame;
    m_frame.size = 1;
    m_haveFn = false;
    m_sum = 0;
}

void FrameScanner::flushStray(QList<ScannedItem> &out)
{
    if (m_stray == 0)
        return;
    ScannedItem item;
    item.kind = ScannedItem::Kind::StrayBytes;
    item.size = m_stray;
    out.append(item);
    m_stray = 0;
}

void FrameScanner::emitFrame(QList<ScannedItem> &out, bool checksumPresent)
{
    m_frame.checksumPresent = checksumPresent;
    out.append(std::move(m_frame));
    m_frame = {};
    m_state = State::Idle;
}

void FrameScanner::emitTruncated(QList<ScannedItem> &out)
{
    ScannedItem item;
    item.kind = ScannedItem::Kind::TruncatedFrame;
    item.frameNumber = m_frame.frameNumber;
    item.size = m_frame.size;
    out.append(item);
    m_frame = {};
    m_state = State::Idle;
}

void FrameScanner::idleByte(char c, QList<ScannedItem> &out)
{
    switch (c) {
    case ctl::STX:
        flushStray(out);
        startFrame();
        return;
    case ctl::ENQ:
    case ctl::EOT:
    case ctl::ACK:
    case ctl::NAK: {
        flushStray(out);
        ScannedItem item;
        item.kind = ScannedItem::Kind::Control;
        item.control = c;
        out.append(item);
        return;
    }
    case ctl::CR:
    case ctl::LF:
        return; // frame trailers and line breaks of capture logs
    default:
        ++m_stray;
        return;
    }
}

void FrameScanner::appendText(QByteArrayView run)
{
    for (const char c : run)
        m_sum += static_cast<unsigned char>(c);
    if (!m_haveFn && !run.isEmpty()) {
        m_frame.frameNumber = run.front();
        m_haveFn = true;
        ++m_frame.size;
        run = run.sliced(1);
    }
    m_frame.size += run.size();
    if (m_frame.tooLarge)
        return;
    if (m_frame.size > m_maxFrameBytes) {
        m_frame.tooLarge = true;
        m_frame.text.clear();
        m_frame.text.squeeze();
        return;
    }
    for (const char c : run) {
        if (c == ctl::LF)
            m_frame.lineFeed = true;
        else if (ctl::isRestricted(c))
            m_frame.restrictedCharacter = true;
    }
    m_frame.text.append(run);
}

void FrameScanner::feed(QByteArrayView bytes, QList<ScannedItem> &out)
{
    qsizetype i = 0;
    while (i < bytes.size()) {
        const char c = bytes.at(i);
        switch (m_state) {
        case State::Idle:
            idleByte(c, out);
            ++i;
            break;
        case State::Text: {
            // Take the run of ordinary text at once: frames are mostly text.
            qsizetype end = i;
            while (end < bytes.size()) {
                const char d = bytes.at(end);
                if (d == ctl::ETX || d == ctl::ETB || d == ctl::STX || d == ctl::EOT || d == ctl::ENQ)
                    break;
                ++end;
            }
            if (end > i)
                appendText(bytes.sliced(i, end - i));
            i = end;
            if (i >= bytes.size())
                break;
            const char d = bytes.at(i);
            ++i;
            if (d == ctl::ETX || d == ctl::ETB) {
                m_sum += static_cast<unsigned char>(d);
                m_frame.last = (d == ctl::ETX);
                m_state = State::Check1;
            } else {
                emitTruncated(out);
                idleByte(d, out);
            }
            break;
        }
        case State::Check1:
            ++i;
            if (isHex(c)) {
                m_check1 = c;
                m_state = State::Check2;
            } else {
                emitFrame(out, false);
                idleByte(c, out);
            }
            break;
        case State::Check2:
            ++i;
            if (isHex(c)) {
                const auto given = FrameCodec::parseChecksum(m_check1, c);
                m_frame.checksumMatches = given && *given == static_cast<quint8>(m_sum & 0xFF);
                m_frame.checksumLowercase = isLowerHex(m_check1) || isLowerHex(c);
                m_frame.size += 3;
                emitFrame(out, true);
            } else {
                emitFrame(out, false);
                idleByte(c, out);
            }
            break;
        }
    }
}

void FrameScanner::finish(QList<ScannedItem> &out)
{
    if (m_state == State::Text)
        emitTruncated(out);
    else if (m_state != State::Idle)
        emitFrame(out, false); // ETX/ETB seen, checksum cut by the end of input
    flushStray(out);
}

} // namespace sgl::interop::astm
