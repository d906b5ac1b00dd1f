#include "interop/astm/FrameCodec.h"

#include "interop/astm/ControlCharacters.h"

namespace sgl::interop::astm {

namespace {

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return -1;
}

void appendChunks(QList<FrameText> &out, QByteArrayView text, int maxText)
{
    qsizetype pos = 0;
    do {
        const qsizetype n = std::min<qsizetype>(maxText, text.size() - pos);
        out.append(FrameText{text.sliced(pos, n).toByteArray(), pos + n >= text.size()});
        pos += n;
    } while (pos < text.size());
}

} // namespace

quint8 FrameCodec::checksum(QByteArrayView bytes)
{
    unsigned sum = 0;
    for (char c : bytes)
        sum += static_cast<unsigned char>(c);
    return static_cast<quint8>(sum & 0xFF);
}

QByteArray FrameCodec::checksumText(quint8 sum)
{
    static constexpr char digits[] = "0123456789ABCDEF";
    const char text[2] = {digits[sum >> 4], digits[sum & 0x0F]};
    return QByteArray(text, 2);
}

std::optional<quint8> FrameCodec::parseChecksum(char high, char low)
{
    const int h = hexValue(high);
    const int l = hexValue(low);
    if (h < 0 || l < 0)
        return std::nullopt;
    return static_cast<quint8>(h * 16 + l);
}

QByteArray FrameCodec::buildFrame(int fn, QByteArrayView text, bool last)
{
    QByteArray body;
    body.reserve(text.size() + 2);
    body.append(static_cast<char>('0' + (fn & 7)));
    body.append(text);
    body.append(last ? ctl::ETX : ctl::ETB);
    QByteArray frame;
    frame.reserve(body.size() + 5);
    frame.append(ctl::STX);
    frame.append(body);
    frame.append(checksumText(checksum(body)));
    frame.append(ctl::CR);
    frame.append(ctl::LF);
    return frame;
}

QList<FrameText> FrameCodec::split(QByteArrayView message, int maxText, SendFraming framing)
{
    QList<FrameText> out;
    if (message.isEmpty() || maxText <= 0)
        return out;
    if (framing == SendFraming::WholeMessage) {
        appendChunks(out, message, maxText);
        return out;
    }
    qsizetype start = 0;
    while (start < message.size()) {
        qsizetype end = message.indexOf(ctl::CR, start);
        end = end < 0 ? message.size() : end + 1; // the record keeps its CR
        appendChunks(out, message.sliced(start, end - start), maxText);
        start = end;
    }
    return out;
}

} // namespace sgl::interop::astm
