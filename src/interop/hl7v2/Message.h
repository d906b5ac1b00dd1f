#pragma once

#include "interop/hl7v2/Charset.h"
#include "interop/hl7v2/Delimiters.h"
#include "interop/hl7v2/MessageHeader.h"
#include "interop/hl7v2/Segment.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace sgl::interop::hl7v2 {

/**
 * An owning HL7 v2 message tree: segments in order, each owning its raw fields, with the
 * delimiters and charset the message was read with (or will be written with). Built by Parser
 * or programmatically (AckBuilder); turned back into bytes by Serializer.
 * Warnings collect what was accepted but not clean (tolerated charset spelling, repaired MSH-2...).
 */
class Message {
public:
    explicit Message(const Delimiters &delimiters = {}, Charset charset = Charset::Utf8);

    [[nodiscard]] const Delimiters &delimiters() const { return m_delimiters; }
    [[nodiscard]] Charset charset() const { return m_charset; }
    [[nodiscard]] const QList<Segment> &segments() const { return m_segments; }
    [[nodiscard]] int segmentCount() const { return static_cast<int>(m_segments.size()); }

    /**
     * Appends a segment; for MSH, fields 1 and 2 are set from the delimiters. The reference is
     * valid until the next addSegment().
     */
    Segment &addSegment(const QString &name);
    /** Appends a segment built elsewhere (the parser). */
    void appendSegment(Segment segment) { m_segments.append(std::move(segment)); }
    /** Mutable access by index (0-based), for builders. */
    [[nodiscard]] Segment &segmentAt(int index) { return m_segments[index]; }

    /** The `occurrence`-th (1-based) segment with that id, or nullptr. */
    [[nodiscard]] const Segment *segment(QStringView name, int occurrence = 1) const;
    /** Number of segments with that id. */
    [[nodiscard]] int count(QStringView name) const;
    /** Occurrence number (1-based, per segment id) of the segment at `index`: ERL segment sequence. */
    [[nodiscard]] int sequenceOf(int index) const;
    /** Unescaped value of the first segment with that id; empty when absent. */
    [[nodiscard]] QString value(QStringView segmentName, int field, int repetition = 1,
                                int component = 1, int subcomponent = 1) const;

    /** MSH routing and acknowledgment fields (empty header when there is no MSH). */
    [[nodiscard]] MessageHeader header() const;

    [[nodiscard]] const QStringList &warnings() const { return m_warnings; }
    void addWarning(const QString &warning) { m_warnings.append(warning); }

    /** Segments joined with `terminator` (CR on the wire), not yet encoded to bytes. */
    [[nodiscard]] QString toEr7(QChar terminator = u'\r') const;

private:
    Delimiters m_delimiters;
    Charset m_charset;
    QList<Segment> m_segments;
    QStringList m_warnings;
};

} // namespace sgl::interop::hl7v2
