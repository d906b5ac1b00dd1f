#pragma once

#include "interop/hl7v2/Charset.h"
#include "interop/hl7v2/Delimiters.h"

#include <QString>
#include <QStringView>

namespace sgl::interop::hl7v2 {

/**
 * Decodes HL7 escape sequences in one leaf value (a subcomponent or a component without
 * subcomponents): \F\ \S\ \T\ \R\ \E\ give the delimiters; \Xhh..\ gives bytes decoded in the
 * message charset; \.br\ and \.sp\ give a line feed; highlighting (\H\ \N\), other formatting
 * commands (\.in\ \.ti\ \.sk\ \.ce\ \.fi\ \.nf\) and \C..\ \M..\ \Z..\ are dropped. An escape
 * character without its closing partner, or an unknown sequence, is kept literally so no text is
 * silently lost.
 */
[[nodiscard]] QString unescape(QStringView raw, const Delimiters &delimiters, Charset charset);

/**
 * Escapes text so it can be placed as one leaf value: delimiters become \F\ \S\ \T\ \R\ \E\,
 * CR and LF become \X0D\ and \X0A\ (a segment terminator must never appear inside a value).
 */
[[nodiscard]] QString escape(QStringView text, const Delimiters &delimiters);

} // namespace sgl::interop::hl7v2
