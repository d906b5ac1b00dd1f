#include "interop/hl7v2/Escaping.h"

namespace sgl::interop::hl7v2 {

namespace {

int hexValue(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= u'0' && u <= u'9')
        return u - u'0';
    if (u >= u'A' && u <= u'F')
        return u - u'A' + 10;
    if (u >= u'a' && u <= u'f')
        return u - u'a' + 10;
    return -1;
}

// Appends the decoding of one sequence (text between the escape characters); false when the
// sequence is not a known one and must be kept literally.
bool appendSequence(QString &out, QStringView seq, const Delimiters &d, Charset charset)
{
    if (seq.size() == 1) {
        switch (seq[0].unicode()) {
        case u'F': out += d.field; return true;
        case u'S': out += d.component; return true;
        case u'T': out += d.subcomponent; return true;
        case u'R': out += d.repetition; return true;
        case u'E': out += d.escape; return true;
        case u'H':
        case u'N': return true;
        default: break;
        }
    }
    if (seq.isEmpty())
        return false;
    const QChar kind = seq[0];
    if (kind == u'X') {
        const QStringView hex = seq.mid(1);
        if (hex.isEmpty() || hex.size() % 2 != 0)
            return false;
        QByteArray bytes;
        bytes.reserve(hex.size() / 2);
        for (qsizetype i = 0; i < hex.size(); i += 2) {
            const int hi = hexValue(hex[i]);
            const int lo = hexValue(hex[i + 1]);
            if (hi < 0 || lo < 0)
                return false;
            bytes.append(static_cast<char>(hi * 16 + lo));
        }
        auto decoded = decodeBytes(bytes, charset);
        out += decoded ? *decoded : QString::fromUtf8(bytes);
        return true;
    }
    if (kind == u'.') {
        if (seq.startsWith(u".br") || seq.startsWith(u".sp"))
            out += u'\n';
        return true; // other formatting commands have no plain-text meaning
    }
    if (kind == u'C' || kind == u'M' || kind == u'Z')
        return true;
    return false;
}

} // namespace

QString unescape(QStringView raw, const Delimiters &delimiters, Charset charset)
{
    const QChar esc = delimiters.escape;
    qsizetype pos = raw.indexOf(esc);
    if (pos < 0)
        return raw.toString();
    QString out;
    out.reserve(raw.size());
    qsizetype start = 0;
    while (pos >= 0) {
        out += raw.mid(start, pos - start);
        const qsizetype end = raw.indexOf(esc, pos + 1);
        if (end < 0) {
            start = pos; // unterminated: keep the rest literally
            break;
        }
        const QStringView seq = raw.mid(pos + 1, end - pos - 1);
        if (appendSequence(out, seq, delimiters, charset)) {
            start = end + 1;
            pos = raw.indexOf(esc, start);
        } else {
            out += esc; // unknown sequence: keep the escape character and rescan after it
            start = pos + 1;
            pos = raw.indexOf(esc, start);
        }
    }
    out += raw.mid(start);
    return out;
}

QString escape(QStringView text, const Delimiters &d)
{
    QString out;
    out.reserve(text.size() + 8);
    for (QChar c : text) {
        if (c == d.escape)
            out += d.escape + u'E' + d.escape;
        else if (c == d.field)
            out += d.escape + u'F' + d.escape;
        else if (c == d.component)
            out += d.escape + u'S' + d.escape;
        else if (c == d.subcomponent)
            out += d.escape + u'T' + d.escape;
        else if (c == d.repetition)
            out += d.escape + u'R' + d.escape;
        else if (c == u'\r')
            out += d.escape + QStringLiteral("X0D") + d.escape;
        else if (c == u'\n')
            out += d.escape + QStringLiteral("X0A") + d.escape;
        else
            out += c;
    }
    return out;
}

} // namespace sgl::interop::hl7v2
