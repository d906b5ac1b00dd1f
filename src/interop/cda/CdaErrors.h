#pragma once

// Stable error codes of sgl_interop_cda (domain/Error.h contract: never reword or reuse).
namespace sgl::interop::cda::errors {

inline constexpr const char *kMissingData = "cda.missing_data";         ///< requirements check failed
inline constexpr const char *kMalformed = "cda.malformed";              ///< not well-formed XML
inline constexpr const char *kNotCda = "cda.not_cda";                   ///< not a ClinicalDocument
inline constexpr const char *kNotCrBio = "cda.not_crbio";               ///< not a CR-BIO (code/templateId)
inline constexpr const char *kPatientMismatch = "cda.patient_mismatch"; ///< another patient
inline constexpr const char *kNoResults = "cda.no_results";             ///< nothing importable
inline constexpr const char *kTransformFailed = "cda.transform_failed"; ///< XSLT failure
inline constexpr const char *kNotPdf = "cda.not_pdf";                   ///< attachment is not a PDF

} // namespace sgl::interop::cda::errors
