#pragma once

#include "interop/astm/Delimiters.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace sgl::interop::astm {

/**
 * One E1394 record, owning its text as received (escape sequences still in it) and read by
 * position on demand. Numbering is E1394's, 1-based: field 1 is the record type ("R"), so R-4
 * is the value; repeats and components are 1-based too. In the H record, field 2 is the
 * delimiter declaration and is never split.
 *
 * Contract: out-of-range positions give empty text, never an error (an empty field is "no
 * information"); decoded accessors apply unescape() after splitting, so an escaped delimiter
 * never splits a value.
 */
class Record {
public:
    Record() = default;
    /** Splits `line` (without terminator) with the message's delimiters. */
    Record(QString line, const Delimiters &delimiters);

    /** Field 1 as sent ("H", "P", "O", "R", "C", "M", "Q", "L", or anything else, kept). */
    [[nodiscard]] QString type() const { return rawField(1).toString(); }
    [[nodiscard]] const QString &text() const { return m_line; }
    [[nodiscard]] const Delimiters &delimiters() const { return m_delimiters; }
    /** Number of fields present, trailing empty ones included as received. */
    [[nodiscard]] int fieldCount() const { return static_cast<int>(m_spans.size()); }

    /** Field n as received, delimiters and escapes included. */
    [[nodiscard]] QStringView rawField(int n) const;
    /** Field n with escapes decoded piece by piece, repeat and component delimiters kept. */
    [[nodiscard]] QString field(int n) const;
    /** Number of repeats of field n (0 when empty). */
    [[nodiscard]] int repeatCount(int n) const;
    /** Repeat r of field n, escapes decoded, components kept. */
    [[nodiscard]] QString repeat(int n, int r) const;
    /** Number of components in repeat r of field n (0 when empty). */
    [[nodiscard]] int componentCount(int n, int r = 1) const;
    /** Component c of repeat r of field n, unescaped. */
    [[nodiscard]] QString component(int n, int c, int r = 1) const;
    /** All components of repeat r of field n, unescaped. */
    [[nodiscard]] QStringList components(int n, int r = 1) const;

private:
    [[nodiscard]] QStringView rawRepeat(int n, int r) const;
    [[nodiscard]] QString decodeKeepingDelimiters(QStringView raw) const;

    QString m_line;
    Delimiters m_delimiters;
    QList<std::pair<qsizetype, qsizetype>> m_spans; // start, length of each field in m_line
};

} // namespace sgl::interop::astm
