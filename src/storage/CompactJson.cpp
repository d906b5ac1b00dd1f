#include "storage/CompactJson.h"

namespace sgl::storage {

namespace {

char hexDigit(uint v)
{
    return char(v < 10 ? '0' + v : 'a' + v - 10);
}

void appendEscapedUnit(QByteArray &out, char16_t u)
{
    out += '\\';
    out += 'u';
    out += hexDigit((u >> 12) & 0xf);
    out += hexDigit((u >> 8) & 0xf);
    out += hexDigit((u >> 4) & 0xf);
    out += hexDigit(u & 0xf);
}

} // namespace

void CompactJson::appendString(QByteArray &out, QStringView value)
{
    out += '"';
    const char16_t *src = value.utf16();
    const char16_t *const end = src + value.size();
    while (src != end) {
        const char16_t u = *src++;
        if (u < 0x80) {
            if (u >= 0x20 && u != u'"' && u != u'\\') {
                out += char(u);
                continue;
            }
            out += '\\';
            switch (u) {
            case u'"': out += '"'; break;
            case u'\\': out += '\\'; break;
            case 0x8: out += 'b'; break;
            case 0xc: out += 'f'; break;
            case 0xa: out += 'n'; break;
            case 0xd: out += 'r'; break;
            case 0x9: out += 't'; break;
            default:
                out += "u00";
                out += hexDigit(u >> 4);
                out += hexDigit(u & 0xf);
            }
        } else if (u < 0x800) {
            out += char(0xc0 | (u >> 6));
            out += char(0x80 | (u & 0x3f));
        } else if (!QChar::isSurrogate(u)) {
            out += char(0xe0 | (u >> 12));
            out += char(0x80 | ((u >> 6) & 0x3f));
            out += char(0x80 | (u & 0x3f));
        } else if (QChar::isHighSurrogate(u) && src != end && QChar::isLowSurrogate(*src)) {
            const char32_t c = QChar::surrogateToUcs4(u, *src++);
            out += char(0xf0 | (c >> 18));
            out += char(0x80 | ((c >> 12) & 0x3f));
            out += char(0x80 | ((c >> 6) & 0x3f));
            out += char(0x80 | (c & 0x3f));
        } else {
            // An unpaired surrogate has no UTF-8 form: Qt writes it as an escape.
            appendEscapedUnit(out, u);
        }
    }
    out += '"';
}

void CompactJson::element()
{
    if (m_levels.isEmpty())
        return;
    if (!m_levels.last().first)
        m_out += ',';
    m_levels.last().first = false;
}

void CompactJson::key(QLatin1StringView key)
{
    Q_ASSERT(!m_levels.isEmpty());
    Q_ASSERT_X(m_levels.last().lastKey.isNull() || m_levels.last().lastKey < key, "CompactJson",
               "keys must be given in QJsonObject order");
    element();
    m_levels.last().lastKey = key;
    m_out += '"';
    m_out += key;
    m_out += "\":";
}

CompactJson &CompactJson::beginObject()
{
    element();
    m_out += '{';
    m_levels.append(Level{});
    return *this;
}

CompactJson &CompactJson::beginObject(QLatin1StringView k)
{
    key(k);
    m_out += '{';
    m_levels.append(Level{});
    return *this;
}

CompactJson &CompactJson::endObject()
{
    Q_ASSERT(!m_levels.isEmpty());
    m_levels.removeLast();
    m_out += '}';
    return *this;
}

CompactJson &CompactJson::beginArray()
{
    element();
    m_out += '[';
    m_levels.append(Level{});
    return *this;
}

CompactJson &CompactJson::endArray()
{
    Q_ASSERT(!m_levels.isEmpty());
    m_levels.removeLast();
    m_out += ']';
    return *this;
}

CompactJson &CompactJson::string(QLatin1StringView k, QStringView value)
{
    key(k);
    appendString(m_out, value);
    return *this;
}

CompactJson &CompactJson::integer(QLatin1StringView k, qint64 value)
{
    key(k);
    m_out += QByteArray::number(value);
    return *this;
}

CompactJson &CompactJson::boolean(QLatin1StringView k, bool value)
{
    key(k);
    m_out += value ? "true" : "false";
    return *this;
}

} // namespace sgl::storage
