#pragma once

#include "domain/Error.h"

#include <QChar>
#include <QString>
#include <QStringView>

namespace sgl::interop::astm {

/**
 * The delimiters of one E1394 message, as its H record declares them right after the "H":
 * field, repeat, component, escape ("H|\^&"; GeneXpert "H|@^\"; Erba "H|`^&"; Immulite declares
 * only three, "H|\^|", and then has no escape character). The defaults are only used to write
 * the host's own messages.
 */
struct Delimiters {
    QChar field = u'|';
    QChar repeat = u'\\';
    QChar component = u'^';
    QChar escape = u'&';
    bool hasEscape = true;

    /**
     * Reads the declaration from the start of an H record. Fails with astm.bad_delimiters when
     * the line is not "H" + a field delimiter + repeat + component, or when the characters are
     * letters, digits, spaces, control characters or not all different.
     */
    [[nodiscard]] static domain::Result<Delimiters> fromHeader(QStringView headerLine);
    /** The H-2 text: repeat, component and (when there is one) escape. */
    [[nodiscard]] QString definition() const;
    [[nodiscard]] bool isDelimiter(QChar c) const
    {
        return c == field || c == repeat || c == component || (hasEscape && c == escape);
    }
    friend bool operator==(const Delimiters &, const Delimiters &) = default;
};

} // namespace sgl::interop::astm
