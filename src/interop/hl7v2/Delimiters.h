#pragma once

#include <QChar>
#include <QString>

namespace sgl::interop::hl7v2 {

/**
 * The five delimiters of an ER7 message, read from MSH-1 and MSH-2 of every message (never assumed).
 * Defaults are the HL7 recommended ones, used when building messages.
 */
struct Delimiters {
    QChar field = u'|';
    QChar component = u'^';
    QChar repetition = u'~';
    QChar escape = u'\\';
    QChar subcomponent = u'&';

    /** MSH-2 text: component, repetition, escape, subcomponent. */
    [[nodiscard]] QString encodingCharacters() const
    {
        const QChar chars[] = {component, repetition, escape, subcomponent};
        return QString(chars, 4);
    }
    [[nodiscard]] bool isDelimiter(QChar c) const
    {
        return c == field || c == component || c == repetition || c == escape || c == subcomponent;
    }
    friend bool operator==(const Delimiters &, const Delimiters &) = default;
};

} // namespace sgl::interop::hl7v2
