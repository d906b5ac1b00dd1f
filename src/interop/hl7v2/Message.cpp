#include "interop/hl7v2/Message.h"

namespace sgl::interop::hl7v2 {

Message::Message(const Delimiters &delimiters, Charset charset)
    : m_delimiters(delimiters), m_charset(charset)
{
}

Segment &Message::addSegment(const QString &name)
{
    Segment s(name, m_delimiters, m_charset);
    if (name == u"MSH") {
        s.setRawField(1, QString(m_delimiters.field));
        s.setRawField(2, m_delimiters.encodingCharacters());
    }
    m_segments.append(std::move(s));
    return m_segments.last();
}

const Segment *Message::segment(QStringView name, int occurrence) const
{
    int seen = 0;
    for (const Segment &s : m_segments) {
        if (s.name() == name && ++seen == occurrence)
            return &s;
    }
    return nullptr;
}

int Message::count(QStringView name) const
{
    int n = 0;
    for (const Segment &s : m_segments)
        n += s.name() == name ? 1 : 0;
    return n;
}

int Message::sequenceOf(int index) const
{
    if (index < 0 || index >= m_segments.size())
        return 0;
    int seq = 0;
    for (int i = 0; i <= index; ++i)
        seq += m_segments[i].name() == m_segments[index].name() ? 1 : 0;
    return seq;
}

QString Message::value(QStringView segmentName, int field, int repetition, int component,
                       int subcomponent) const
{
    const Segment *s = segment(segmentName);
    return s ? s->value(field, repetition, component, subcomponent) : QString();
}

MessageHeader Message::header() const
{
    MessageHeader h;
    const Segment *msh = segment(u"MSH");
    if (!msh)
        return h;
    h.sendingApplication = msh->value(3);
    h.sendingFacility = msh->value(4);
    h.receivingApplication = msh->value(5);
    h.receivingFacility = msh->value(6);
    h.dateTime = msh->value(7);
    h.messageCode = msh->value(9, 1, 1);
    h.triggerEvent = msh->value(9, 1, 2);
    h.messageStructure = msh->value(9, 1, 3);
    h.controlId = msh->value(10);
    h.processingId = msh->value(11);
    h.version = msh->value(12);
    h.acceptAckType = msh->value(15);
    h.applicationAckType = msh->value(16);
    h.characterSet = msh->value(18);
    h.profile = msh->value(21);
    return h;
}

QString Message::toEr7(QChar terminator) const
{
    QString out;
    for (const Segment &s : m_segments) {
        out += s.toEr7();
        out += terminator;
    }
    return out;
}

} // namespace sgl::interop::hl7v2
