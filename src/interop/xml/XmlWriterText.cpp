#include "interop/xml/XmlWriterText.h"

#include <QByteArrayView>

namespace sgl::interop::xml {

namespace {

constexpr char16_t kReplacement = 0xFFFD;

bool allowedBmp(char16_t c)
{
    if (c < 0x20)
        return c == 0x9 || c == 0xA || c == 0xD;
    return c != 0xFFFE && c != 0xFFFF;
}

// Index of the first character XML cannot carry, or -1.
qsizetype firstForbidden(const QString &s)
{
    const qsizetype n = s.size();
    const QChar *d = s.constData();
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = d[i].unicode();
        if (QChar::isHighSurrogate(c)) {
            if (i + 1 >= n || !QChar::isLowSurrogate(d[i + 1].unicode()))
                return i;
            ++i;
        } else if (QChar::isLowSurrogate(c) || !allowedBmp(c)) {
            return i;
        }
    }
    return -1;
}

QString cleaned(const QString &s, qsizetype from, int &replaced)
{
    QString out = s.left(from);
    out.reserve(s.size());
    const qsizetype n = s.size();
    for (qsizetype i = from; i < n; ++i) {
        const char16_t c = s[i].unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < n && QChar::isLowSurrogate(s[i + 1].unicode())) {
            out += s[i];
            out += s[++i];
        } else if (QChar::isSurrogate(c) || !allowedBmp(c)) {
            out += QChar(kReplacement);
            ++replaced;
        } else {
            out += s[i];
        }
    }
    return out;
}

} // namespace

bool XmlWriterText::isAllowed(const QString &text)
{
    return firstForbidden(text) < 0;
}

QByteArray XmlWriterText::fromString(const QString &text, int &replaced)
{
    const qsizetype bad = firstForbidden(text);
    return bad < 0 ? text.toUtf8() : cleaned(text, bad, replaced).toUtf8();
}

QByteArray XmlWriterText::fromLatin1(QLatin1StringView text, int &replaced)
{
    return isCleanAscii(text) ? QByteArray(text.data(), text.size()) : fromString(QString(text), replaced);
}

bool XmlWriterText::isCleanAscii(QLatin1StringView text)
{
    for (const char c : text) {
        const auto u = static_cast<unsigned char>(c);
        if (u >= 0x80 || (u < 0x20 && u != 0x9 && u != 0xA && u != 0xD))
            return false;
    }
    return true;
}

bool XmlWriterText::isCleanAscii(const char *utf8)
{
    for (const char *p = utf8; *p != '\0'; ++p) {
        const auto u = static_cast<unsigned char>(*p);
        if (u >= 0x80 || (u < 0x20 && u != 0x9 && u != 0xA && u != 0xD))
            return false;
    }
    return true;
}

QByteArray XmlWriterText::fromUtf8(const char *utf8, int &replaced)
{
    const QByteArrayView bytes(utf8);
    if (!bytes.isValidUtf8()) {
        // QString::fromUtf8 already turns each invalid sequence into U+FFFD; count them as
        // replaced (a genuine U+FFFD in the input is counted too: harmless, it is a report).
        const QString decoded = QString::fromUtf8(bytes);
        replaced += static_cast<int>(decoded.count(QChar(kReplacement)));
        return fromString(decoded, replaced);
    }
    return fromString(QString::fromUtf8(bytes), replaced);
}

} // namespace sgl::interop::xml
