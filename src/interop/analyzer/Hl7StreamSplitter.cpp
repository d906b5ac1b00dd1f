#include "interop/analyzer/Hl7StreamSplitter.h"

#include "interop/hl7v2/MllpCodec.h"

namespace sgl::interop::analyzer {

namespace {

bool isLineStart(const QByteArray &s, qsizetype i)
{
    return i == 0 || s.at(i - 1) == '\r' || s.at(i - 1) == '\n';
}

QByteArray trimmedBlankLines(QByteArray part)
{
    qsizetype start = 0;
    if (part.startsWith("\xEF\xBB\xBF"))
        start = 3;
    while (start < part.size() && (part.at(start) == '\r' || part.at(start) == '\n'))
        ++start;
    qsizetype end = part.size();
    while (end > start && (part.at(end - 1) == '\n' || part.at(end - 1) == '\r'))
        --end;
    // Keep one segment terminator: HL7 parsers expect each segment to end.
    QByteArray out = part.mid(start, end - start);
    if (!out.isEmpty())
        out.append('\r');
    return out;
}

} // namespace

QList<QByteArray> Hl7StreamSplitter::split(const QByteArray &stream)
{
    QList<QByteArray> out;
    if (stream.contains(hl7v2::MllpCodec::StartBlock)) {
        hl7v2::MllpCodec codec;
        codec.feed(stream);
        for (const QByteArray &frame : codec.takeFrames()) {
            const QByteArray m = trimmedBlankLines(frame);
            if (!m.isEmpty())
                out.append(m);
        }
        return out;
    }
    QList<qsizetype> starts;
    for (qsizetype i = stream.indexOf("MSH"); i >= 0; i = stream.indexOf("MSH", i + 3)) {
        if (isLineStart(stream, i))
            starts.append(i);
    }
    if (starts.isEmpty()) {
        const QByteArray m = trimmedBlankLines(stream);
        if (!m.isEmpty())
            out.append(m);
        return out;
    }
    const QByteArray before = trimmedBlankLines(stream.left(starts.first()));
    if (!before.isEmpty())
        out.append(before);
    for (qsizetype k = 0; k < starts.size(); ++k) {
        const qsizetype end = k + 1 < starts.size() ? starts.at(k + 1) : stream.size();
        const QByteArray m = trimmedBlankLines(stream.mid(starts.at(k), end - starts.at(k)));
        if (!m.isEmpty())
            out.append(m);
    }
    return out;
}

} // namespace sgl::interop::analyzer
