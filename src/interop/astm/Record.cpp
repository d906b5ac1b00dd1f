#include "interop/astm/Record.h"

#include "interop/astm/Escaping.h"

namespace sgl::interop::astm {

namespace {

// The piece `index` (1-based) of `text` cut at `separator`; empty when there are fewer pieces.
QStringView piece(QStringView text, QChar separator, int index)
{
    if (index < 1)
        return {};
    qsizetype start = 0;
    for (int i = 1; i < index; ++i) {
        const qsizetype next = text.indexOf(separator, start);
        if (next < 0)
            return {};
        start = next + 1;
    }
    const qsizetype end = text.indexOf(separator, start);
    return end < 0 ? text.sliced(start) : text.sliced(start, end - start);
}

int pieceCount(QStringView text, QChar separator)
{
    return text.isEmpty() ? 0 : static_cast<int>(text.count(separator)) + 1;
}

} // namespace

Record::Record(QString line, const Delimiters &delimiters)
    : m_line(std::move(line)), m_delimiters(delimiters)
{
    qsizetype start = 0;
    for (;;) {
        const qsizetype next = m_line.indexOf(m_delimiters.field, start);
        if (next < 0) {
            m_spans.append({start, m_line.size() - start});
            break;
        }
        m_spans.append({start, next - start});
        start = next + 1;
    }
}

QStringView Record::rawField(int n) const
{
    if (n < 1 || n > m_spans.size())
        return {};
    const auto &[start, length] = m_spans.at(n - 1);
    return QStringView(m_line).sliced(start, length);
}

QString Record::decodeKeepingDelimiters(QStringView raw) const
{
    if (!m_delimiters.hasEscape || !raw.contains(m_delimiters.escape))
        return raw.toString();
    // Decode each component separately so a decoded delimiter is never mistaken for a real one
    // by this loop, then join with the real delimiters.
    QString out;
    const int repeats = pieceCount(raw, m_delimiters.repeat);
    for (int r = 1; r <= repeats; ++r) {
        if (r > 1)
            out += m_delimiters.repeat;
        const QStringView rep = piece(raw, m_delimiters.repeat, r);
        const int comps = pieceCount(rep, m_delimiters.component);
        for (int c = 1; c <= comps; ++c) {
            if (c > 1)
                out += m_delimiters.component;
            out += unescape(piece(rep, m_delimiters.component, c), m_delimiters);
        }
    }
    return out;
}

QString Record::field(int n) const
{
    if (n == 2 && rawField(1) == u"H")
        return rawField(2).toString();
    return decodeKeepingDelimiters(rawField(n));
}

QStringView Record::rawRepeat(int n, int r) const
{
    if (n == 2 && rawField(1) == u"H")
        return r == 1 ? rawField(2) : QStringView();
    return piece(rawField(n), m_delimiters.repeat, r);
}

int Record::repeatCount(int n) const
{
    if (n == 2 && rawField(1) == u"H")
        return rawField(2).isEmpty() ? 0 : 1;
    return pieceCount(rawField(n), m_delimiters.repeat);
}

QString Record::repeat(int n, int r) const
{
    if (n == 2 && rawField(1) == u"H")
        return rawRepeat(n, r).toString();
    return decodeKeepingDelimiters(rawRepeat(n, r));
}

int Record::componentCount(int n, int r) const
{
    if (n == 2 && rawField(1) == u"H")
        return repeatCount(2);
    return pieceCount(rawRepeat(n, r), m_delimiters.component);
}

QString Record::component(int n, int c, int r) const
{
    if (n == 2 && rawField(1) == u"H")
        return c == 1 ? rawRepeat(n, r).toString() : QString();
    return unescape(piece(rawRepeat(n, r), m_delimiters.component, c), m_delimiters);
}

QStringList Record::components(int n, int r) const
{
    QStringList out;
    const int count = componentCount(n, r);
    for (int c = 1; c <= count; ++c)
        out.append(component(n, c, r));
    return out;
}

} // namespace sgl::interop::astm
