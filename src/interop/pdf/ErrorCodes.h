#pragma once

#include <QLatin1StringView>

/**
 * Stable error codes raised by sgl_interop_pdf (domain::Error::code, "<module>.<reason>"). Support, audit
 * and tests rely on them: never reword or reuse one. Call sites use these constants, never a
 * string literal (tests/architecture/check_error_codes.py).
 */
namespace sgl::interop::pdf::errc {

inline constexpr QLatin1StringView ContentIncomplete{"pdf.content_incomplete"};  ///< The report content misses something the PDF must print (patient name, validator...).
inline constexpr QLatin1StringView DataMatrixEncodeFailed{"pdf.datamatrix_encode_failed"};  ///< libdmtx could not encode the payload.
inline constexpr QLatin1StringView DataMatrixNotFound{"pdf.datamatrix_not_found"};  ///< No DataMatrix could be decoded from an image (decoder helper).
inline constexpr QLatin1StringView FontSubsetFailed{"pdf.font_subset_failed"};  ///< Font subsetting (HarfBuzz) failed.
inline constexpr QLatin1StringView FontUnavailable{"pdf.font_unavailable"};  ///< A font file is missing, unreadable, not a TrueType font or lacks a needed glyph.
inline constexpr QLatin1StringView InsPayloadInvalid{"pdf.ins_payload_invalid"};  ///< The INS DataMatrix payload cannot be built from the patient's traits.
inline constexpr QLatin1StringView LetterheadIncomplete{"pdf.letterhead_incomplete"};  ///< A required letterhead setting is empty.
inline constexpr QLatin1StringView UnreadablePdf{"pdf.unreadable"};  ///< A PDF given to the conformance checker cannot be parsed.
inline constexpr QLatin1StringView WriterFailed{"pdf.writer_failed"};  ///< PoDoFo raised an error while building or writing the document.

} // namespace sgl::interop::pdf::errc
