#include "interop/astm/Escaping.h"

namespace sgl::interop::astm {

namespace {

// Decodes "Xhhhh..." (pairs of hex digits); false when the body is not an even hex string.
bool decodeHex(QStringView body, QString &out)
{
    if (body.size() < 3 || (body.size() - 1) % 2 != 0)
        return false;
    QString decoded;
    for (qsizetype i = 1; i < body.size(); i += 2) {
        bool ok = false;
        const uint value = body.sliced(i, 2).toUInt(&ok, 16);
        if (!ok)
            return false;
        decoded.append(QChar(static_cast<char16_t>(value)));
    }
    out.append(decoded);
    return true;
}

} // namespace

QString unescape(QStringView raw, const Delimiters &d)
{
    if (!d.hasEscape || !raw.contains(d.escape))
        return raw.toString();
    QString out;
    out.reserve(raw.size());
    qsizetype i = 0;
    while (i < raw.size()) {
        const QChar c = raw.at(i);
        if (c != d.escape) {
            out.append(c);
            ++i;
            continue;
        }
        const qsizetype close = raw.indexOf(d.escape, i + 1);
        if (close < 0) {
            out.append(raw.sliced(i));
            break;
        }
        const QStringView body = raw.sliced(i + 1, close - i - 1);
        bool known = true;
        if (body == u"F")
            out.append(d.field);
        else if (body == u"S")
            out.append(d.component);
        else if (body == u"R")
            out.append(d.repeat);
        else if (body == u"E")
            out.append(d.escape);
        else if (body == u"H" || body == u"N")
            ; // highlighting on/off: no meaning in stored text
        else if (body.startsWith(u'X'))
            known = decodeHex(body, out);
        else
            known = false;
        if (!known) {
            // Keep the escape character and go on after it: the closing one may open a real sequence.
            out.append(c);
            ++i;
            continue;
        }
        i = close + 1;
    }
    return out;
}

QString escape(QStringView text, const Delimiters &d)
{
    QString out;
    out.reserve(text.size());
    const QChar e = d.escape;
    for (const QChar c : text) {
        if (c == d.field)
            out += e + QStringLiteral("F") + e;
        else if (c == d.component)
            out += e + QStringLiteral("S") + e;
        else if (c == d.repeat)
            out += e + QStringLiteral("R") + e;
        else if (c == e)
            out += e + QStringLiteral("E") + e;
        else if (c.unicode() < 0x20 || c.unicode() == 0x7F)
            out += e + QStringLiteral("X%1").arg(c.unicode(), 2, 16, QLatin1Char('0')).toUpper() + e;
        else
            out += c;
    }
    return out;
}

} // namespace sgl::interop::astm
