#pragma once

#include <QLatin1StringView>

/**
 * Stable error codes raised by sgl_interop_cda (domain::Error::code, "<module>.<reason>"). Support, audit
 * and tests rely on them: never reword or reuse one. Call sites use these constants, never a
 * string literal (tests/architecture/check_error_codes.py).
 */
namespace sgl::interop::cda::errc {

inline constexpr QLatin1StringView Malformed{"cda.malformed"};  ///< not well-formed XML
inline constexpr QLatin1StringView MissingData{"cda.missing_data"};  ///< requirements check failed
inline constexpr QLatin1StringView NoResults{"cda.no_results"};  ///< nothing importable
inline constexpr QLatin1StringView Nonconforming{"cda.nonconforming"};  ///< received CR-BIO fails the structural check
inline constexpr QLatin1StringView NotCda{"cda.not_cda"};  ///< not a ClinicalDocument
inline constexpr QLatin1StringView NotCrBio{"cda.not_crbio"};  ///< not a CR-BIO (code/templateId)
inline constexpr QLatin1StringView NotPdf{"cda.not_pdf"};  ///< attachment is not a PDF
inline constexpr QLatin1StringView PatientMismatch{"cda.patient_mismatch"};  ///< another patient
inline constexpr QLatin1StringView TransformFailed{"cda.transform_failed"};  ///< XSLT failure

} // namespace sgl::interop::cda::errc
