#include "interop/hl7v2/Charset.h"

#include "interop/hl7v2/ErrorCodes.h"
#include "interop/hl7v2/Tr.h"

#include <QStringDecoder>
#include <QStringEncoder>

#include <array>
#include <utility>

namespace sgl::interop::hl7v2 {

namespace {

// The 8 code points where ISO-8859-15 differs from ISO-8859-1: byte -> Unicode.
constexpr std::array<std::pair<unsigned char, char16_t>, 8> kLatin9 = {{
    {0xA4, u'\u20AC'}, {0xA6, u'\u0160'}, {0xA8, u'\u0161'}, {0xB4, u'\u017D'},
    {0xB8, u'\u017E'}, {0xBC, u'\u0152'}, {0xBD, u'\u0153'}, {0xBE, u'\u0178'},
}};

QString decodeLatin9(QByteArrayView bytes)
{
    QString out = QString::fromLatin1(bytes);
    for (QChar &c : out) {
        const char16_t u = c.unicode();
        if (u < 0xA4 || u > 0xBE)
            continue;
        for (const auto &[byte, uni] : kLatin9) {
            if (u == byte) {
                c = QChar(uni);
                break;
            }
        }
    }
    return out;
}

bool isAscii(QByteArrayView bytes)
{
    for (char b : bytes) {
        if (static_cast<unsigned char>(b) > 0x7F)
            return false;
    }
    return true;
}

domain::Result<QString> decodeUtf8(QByteArrayView bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(bytes);
    if (decoder.hasError()) {
        return domain::fail(errc::CharsetDecodeFailed,
                            Tr::tr("Le message contient des octets qui ne sont pas de l'UTF-8 valide alors que MSH-18 annonce UTF-8."),
                            QStringLiteral("MSH^1^18"));
    }
    return text;
}

} // namespace

std::optional<CharsetChoice> charsetFromMsh18(QStringView value)
{
    const QString v = value.trimmed().toString().toUpper();
    if (v.isEmpty() || v == u"ASCII")
        return CharsetChoice{Charset::Ascii, false};
    if (v == u"UNICODE UTF-8")
        return CharsetChoice{Charset::Utf8, false};
    if (v == u"UTF-8" || v == u"UNICODE" || v == u"UTF8")
        return CharsetChoice{Charset::Utf8, true};
    if (v == u"8859/1")
        return CharsetChoice{Charset::Latin1, false};
    if (v == u"ISO-8859-1" || v == u"ISO8859-1" || v == u"LATIN1")
        return CharsetChoice{Charset::Latin1, true};
    if (v == u"8859/15")
        return CharsetChoice{Charset::Latin9, false};
    if (v == u"ISO-8859-15" || v == u"ISO8859-15")
        return CharsetChoice{Charset::Latin9, true};
    return std::nullopt;
}

QString charsetMsh18Code(Charset charset)
{
    switch (charset) {
    case Charset::Ascii: return QStringLiteral("ASCII");
    case Charset::Latin1: return QStringLiteral("8859/1");
    case Charset::Latin9: return QStringLiteral("8859/15");
    case Charset::Utf8: return QStringLiteral("UNICODE UTF-8");
    }
    return {};
}

domain::Result<QString> decodeBytes(QByteArrayView bytes, Charset charset, bool *lenient)
{
    if (lenient)
        *lenient = false;
    switch (charset) {
    case Charset::Utf8:
        return decodeUtf8(bytes);
    case Charset::Latin1:
        return QString::fromLatin1(bytes);
    case Charset::Latin9:
        return decodeLatin9(bytes);
    case Charset::Ascii:
        if (isAscii(bytes))
            return QString::fromLatin1(bytes);
        // Senders often leave MSH-18 empty while sending accents: prefer valid UTF-8, else the
        // French 8-bit standard; the caller reports a warning.
        if (lenient)
            *lenient = true;
        if (auto utf8 = decodeUtf8(bytes))
            return utf8;
        return decodeLatin9(bytes);
    }
    return QString();
}

domain::Result<QByteArray> encodeText(QStringView text, Charset charset)
{
    if (charset == Charset::Utf8)
        return text.toUtf8();
    QByteArray out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t u = text[i].unicode();
        int byte = -1;
        if (charset == Charset::Ascii) {
            if (u < 0x80)
                byte = u;
        } else if (charset == Charset::Latin1) {
            if (u < 0x100)
                byte = u;
        } else { // Latin9
            bool replaced = false;
            for (const auto &[b, uni] : kLatin9) {
                if (u == uni)
                    byte = b;
                if (u == b)
                    replaced = true; // Latin-1 character whose byte Latin-9 reuses
            }
            if (byte < 0 && !replaced && u < 0x100)
                byte = u;
        }
        if (byte < 0) {
            return domain::fail(errc::UnencodableCharacter,
                                Tr::tr("Le caractère « %1 » ne peut pas être codé en %2.")
                                    .arg(text.mid(i, 1).toString(), charsetMsh18Code(charset)),
                                QStringLiteral("MSH^1^18"));
        }
        out.append(static_cast<char>(byte));
    }
    return out;
}

} // namespace sgl::interop::hl7v2
