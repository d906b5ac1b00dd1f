#pragma once

#include "interop/astm/Delimiters.h"

#include <QString>
#include <QStringView>

namespace sgl::interop::astm {

/**
 * Decodes E1394 escape sequences written with the declared escape character E: EFE, ESE, ERE,
 * EEE give the field, component, repeat and escape delimiters; EXhh..E gives the characters of
 * those Latin-1 code points; EHE / ENE (highlighting) are dropped. An unknown or unclosed
 * sequence is kept as it is, so no text is silently lost. Without an escape character (three
 * declared delimiters) the text is returned unchanged.
 */
[[nodiscard]] QString unescape(QStringView raw, const Delimiters &delimiters);

/**
 * Escapes text for one value written by the host: the four delimiters become their sequences,
 * control characters (CR, LF, ...) become EXhhE so a record can never be cut by the data.
 * Requires delimiters with an escape character (the host always declares one).
 */
[[nodiscard]] QString escape(QStringView text, const Delimiters &delimiters);

} // namespace sgl::interop::astm
