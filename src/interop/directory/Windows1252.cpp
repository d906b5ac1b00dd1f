#include "interop/directory/Windows1252.h"

#include <array>

namespace sgl::interop::directory {

namespace {

// 0x80..0x9F; 0 marks an undefined byte.
constexpr std::array<char16_t, 32> kHigh{
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

} // namespace

qsizetype Windows1252::decode(QByteArrayView bytes, QString &out)
{
    out.resize(bytes.size());
    QChar *d = out.data();
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const auto b = static_cast<unsigned char>(bytes[i]);
        char16_t c = b;
        if (b == 0) {
            return i;
        } else if (b >= 0x80 && b <= 0x9F) {
            c = kHigh[b - 0x80];
            if (c == 0)
                return i;
        }
        d[i] = QChar(c);
    }
    return -1;
}

QByteArray Windows1252::encode(const QString &text)
{
    QByteArray out;
    out.reserve(text.size());
    for (QChar ch : text) {
        const char16_t c = ch.unicode();
        if (c < 0x80 || (c >= 0xA0 && c <= 0xFF)) {
            out += char(c);
            continue;
        }
        char mapped = '?';
        for (std::size_t k = 0; k < kHigh.size(); ++k)
            if (kHigh[k] != 0 && kHigh[k] == c)
                mapped = char(0x80 + k);
        out += mapped;
    }
    return out;
}

} // namespace sgl::interop::directory
