#pragma once

#include "interop/hl7v2/Charset.h"
#include "interop/hl7v2/Delimiters.h"

#include <QList>
#include <QString>
#include <QStringView>

namespace sgl::interop::hl7v2 {

/**
 * One segment of a message, owning its fields as raw (still escaped) ER7 text, so a parsed
 * message serializes back byte for byte. Repetitions, components and subcomponents are read by
 * position on demand (no allocation until a value is returned).
 *
 * Positions are 1-based as in HL7 (PID-3.4.2 = field 3, component 4, subcomponent 2). For MSH,
 * field 1 is the field separator and field 2 the encoding characters, neither of which is split.
 * Out-of-range positions give empty values, never an error: absence is "no information".
 */
class Segment {
public:
    Segment() = default;
    Segment(QString name, const Delimiters &delimiters, Charset charset);

    [[nodiscard]] const QString &name() const { return m_name; }
    [[nodiscard]] const Delimiters &delimiters() const { return m_delimiters; }
    /** Number of fields present (trailing empty fields included as received). */
    [[nodiscard]] int fieldCount() const { return static_cast<int>(m_fields.size()); }
    [[nodiscard]] const QList<QString> &rawFields() const { return m_fields; }

    /** Whole field, escaped, repetitions included. */
    [[nodiscard]] QStringView rawField(int field) const;
    /**
     * Escaped text at a position: `component == 0` gives the whole repetition, `subcomponent ==
     * 0` the whole component.
     */
    [[nodiscard]] QStringView raw(int field, int repetition = 1, int component = 0,
                                  int subcomponent = 0) const;
    /** Unescaped leaf value (first subcomponent of the first component by default). */
    [[nodiscard]] QString value(int field, int repetition = 1, int component = 1,
                                int subcomponent = 1) const;
    /** True when the field is the HL7 null `""` (delete the value in the receiver). */
    [[nodiscard]] bool isNull(int field, int repetition = 1, int component = 1) const;
    /** Repetitions of a field; 0 when the field is empty. */
    [[nodiscard]] int repetitionCount(int field) const;
    /** Components of one repetition; 0 when empty. */
    [[nodiscard]] int componentCount(int field, int repetition = 1) const;
    /** Subcomponents of one component; 0 when empty. */
    [[nodiscard]] int subcomponentCount(int field, int repetition, int component) const;

    /** Replaces a whole field with already escaped text (grows the segment as needed). */
    void setRawField(int field, QString raw);
    /** Escapes `text` and stores it at the position, keeping the neighbours. */
    void setValue(int field, QStringView text, int repetition = 1, int component = 1,
                  int subcomponent = 1);

    /** ER7 text of the segment, without terminator. */
    [[nodiscard]] QString toEr7() const;

private:
    [[nodiscard]] bool isHeader() const;

    QString m_name;
    QList<QString> m_fields; // m_fields[i] = field i + 1
    Delimiters m_delimiters;
    Charset m_charset = Charset::Utf8;
};

} // namespace sgl::interop::hl7v2
