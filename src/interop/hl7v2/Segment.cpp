#include "interop/hl7v2/Segment.h"

#include "interop/hl7v2/Escaping.h"

#include <QStringList>

namespace sgl::interop::hl7v2 {

namespace {

// n-th (1-based) piece of `s` cut at `sep`; empty view when there are fewer pieces.
QStringView piece(QStringView s, QChar sep, int n)
{
    if (n < 1)
        return {};
    qsizetype start = 0;
    for (int i = 1; i < n; ++i) {
        const qsizetype next = s.indexOf(sep, start);
        if (next < 0)
            return {};
        start = next + 1;
    }
    const qsizetype end = s.indexOf(sep, start);
    return end < 0 ? s.mid(start) : s.mid(start, end - start);
}

int pieceCount(QStringView s, QChar sep)
{
    return s.isEmpty() ? 0 : static_cast<int>(s.count(sep)) + 1;
}

QStringList splitGrow(QStringView s, QChar sep, int atLeast)
{
    QStringList parts;
    if (!s.isEmpty()) {
        for (QStringView p : s.split(sep))
            parts.append(p.toString());
    }
    while (parts.size() < atLeast)
        parts.append(QString());
    return parts;
}

} // namespace

Segment::Segment(QString name, const Delimiters &delimiters, Charset charset)
    : m_name(std::move(name)), m_delimiters(delimiters), m_charset(charset)
{
}

bool Segment::isHeader() const
{
    return m_name == u"MSH" || m_name == u"BHS" || m_name == u"FHS";
}

QStringView Segment::rawField(int field) const
{
    if (field < 1 || field > m_fields.size())
        return {};
    return m_fields[field - 1];
}

QStringView Segment::raw(int field, int repetition, int component, int subcomponent) const
{
    QStringView f = rawField(field);
    if (isHeader() && field <= 2)
        return (repetition == 1 && component <= 1 && subcomponent <= 1) ? f : QStringView();
    QStringView rep = piece(f, m_delimiters.repetition, repetition);
    if (component == 0)
        return rep;
    QStringView comp = piece(rep, m_delimiters.component, component);
    if (subcomponent == 0)
        return comp;
    return piece(comp, m_delimiters.subcomponent, subcomponent);
}

QString Segment::value(int field, int repetition, int component, int subcomponent) const
{
    const QStringView r = raw(field, repetition, component, subcomponent);
    if (isHeader() && field <= 2)
        return r.toString();
    return unescape(r, m_delimiters, m_charset);
}

bool Segment::isNull(int field, int repetition, int component) const
{
    return raw(field, repetition, component, 0) == u"\"\"";
}

int Segment::repetitionCount(int field) const
{
    if (isHeader() && field <= 2)
        return rawField(field).isEmpty() ? 0 : 1;
    return pieceCount(rawField(field), m_delimiters.repetition);
}

int Segment::componentCount(int field, int repetition) const
{
    return pieceCount(raw(field, repetition), m_delimiters.component);
}

int Segment::subcomponentCount(int field, int repetition, int component) const
{
    return pieceCount(raw(field, repetition, component), m_delimiters.subcomponent);
}

void Segment::setRawField(int field, QString raw)
{
    if (field < 1)
        return;
    while (m_fields.size() < field)
        m_fields.append(QString());
    m_fields[field - 1] = std::move(raw);
}

void Segment::setValue(int field, QStringView text, int repetition, int component,
                       int subcomponent)
{
    if (field < 1 || repetition < 1 || component < 1 || subcomponent < 1)
        return;
    if (isHeader() && field <= 2) {
        setRawField(field, text.toString());
        return;
    }
    const Delimiters &d = m_delimiters;
    QStringList reps = splitGrow(rawField(field), d.repetition, repetition);
    QStringList comps = splitGrow(reps[repetition - 1], d.component, component);
    QStringList subs = splitGrow(comps[component - 1], d.subcomponent, subcomponent);
    subs[subcomponent - 1] = escape(text, d);
    comps[component - 1] = subs.join(d.subcomponent);
    reps[repetition - 1] = comps.join(d.component);
    setRawField(field, reps.join(d.repetition));
}

QString Segment::toEr7() const
{
    QString out = m_name;
    qsizetype size = m_name.size();
    for (const QString &f : m_fields)
        size += f.size() + 1;
    out.reserve(size);
    if (isHeader()) {
        // MSH-1 is the separator itself: "MSH" + "|" + "^~\&" + "|" + MSH-3 ...
        out += m_delimiters.field;
        for (int i = 2; i <= m_fields.size(); ++i) {
            if (i > 2)
                out += m_delimiters.field;
            out += m_fields[i - 1];
        }
        return out;
    }
    for (const QString &f : m_fields) {
        out += m_delimiters.field;
        out += f;
    }
    return out;
}

} // namespace sgl::interop::hl7v2
