#pragma once

#include <QString>

namespace sgl::interop::pdf::errors {

// Stable error codes of the PDF module (sgl::domain::Error::code). Never reword or reuse one.

/** A required letterhead setting is empty. */
inline const QString LetterheadIncomplete = QStringLiteral("pdf.letterhead_incomplete");
/** The report content misses something the PDF must print (patient name, validator...). */
inline const QString ContentIncomplete = QStringLiteral("pdf.content_incomplete");
/** A font file is missing, unreadable, not a TrueType font or lacks a needed glyph. */
inline const QString FontUnavailable = QStringLiteral("pdf.font_unavailable");
/** Font subsetting (HarfBuzz) failed. */
inline const QString FontSubsetFailed = QStringLiteral("pdf.font_subset_failed");
/** The INS DataMatrix payload cannot be built from the patient's traits. */
inline const QString InsPayloadInvalid = QStringLiteral("pdf.ins_payload_invalid");
/** libdmtx could not encode the payload. */
inline const QString DataMatrixEncodeFailed = QStringLiteral("pdf.datamatrix_encode_failed");
/** No DataMatrix could be decoded from an image (decoder helper). */
inline const QString DataMatrixNotFound = QStringLiteral("pdf.datamatrix_not_found");
/** PoDoFo raised an error while building or writing the document. */
inline const QString WriterFailed = QStringLiteral("pdf.writer_failed");
/** A PDF given to the conformance checker cannot be parsed. */
inline const QString UnreadablePdf = QStringLiteral("pdf.unreadable");

} // namespace sgl::interop::pdf::errors
