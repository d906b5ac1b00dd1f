#pragma once

#include <QLatin1StringView>

/**
 * Stable error codes raised by sgl_interop_labels (domain::Error::code, "<module>.<reason>"). Support, audit
 * and tests rely on them: never reword or reuse one. Call sites use these constants, never a
 * string literal (tests/architecture/check_error_codes.py). Layout and barcode-content errors keep
 * the domain's "label.*" codes (domain/ErrorCodes.h).
 */
namespace sgl::interop::labels::errc {

inline constexpr QLatin1StringView EncodeFailed{"labels.encode_failed"};  ///< libzint refused the content (its reason is in the message).
inline constexpr QLatin1StringView NothingToPrint{"labels.nothing_to_print"};  ///< An empty list of labels was given to a writer or a printer.
inline constexpr QLatin1StringView PdfFailed{"labels.pdf_failed"};  ///< QPdfWriter/QPainter could not produce the PDF.
inline constexpr QLatin1StringView PrintFailed{"labels.print_failed"};  ///< QPrinter could not start or finish the job.
inline constexpr QLatin1StringView PrinterDestinationInvalid{"labels.printer_destination_invalid"};  ///< A printer address that is neither cups:QUEUE nor tcp://HOST[:PORT].
inline constexpr QLatin1StringView PrinterRejected{"labels.printer_rejected"};  ///< CUPS refused the job (unknown queue, stopped printer...).
inline constexpr QLatin1StringView PrinterUnreachable{"labels.printer_unreachable"};  ///< The TCP printer or the CUPS server cannot be reached, or the connection broke.
inline constexpr QLatin1StringView SheetInvalid{"labels.sheet_invalid"};  ///< A sheet layout whose grid does not fit the page or overlaps its labels.

} // namespace sgl::interop::labels::errc
