#pragma once

#include <QLatin1StringView>

/**
 * Stable error codes raised by sgl_interop_directory (domain::Error::code, "<module>.<reason>").
 * Support, audit and tests rely on them: never reword or reuse one. Call sites use these
 * constants, never a string literal (tests/architecture/check_error_codes.py).
 */
namespace sgl::interop::directory::errc {

inline constexpr QLatin1StringView BadMailboxType{"directory.bad_mailbox_type"};  ///< a « Type de BAL » other than PER, ORG, APP, CAB
inline constexpr QLatin1StringView BadNationalId{"directory.bad_national_id"};  ///< « Identification nationale PP » is not the id type followed by the id
inline constexpr QLatin1StringView BadRpps{"directory.bad_rpps"};  ///< an RPPS that is not 11 digits or whose Luhn key is wrong
inline constexpr QLatin1StringView Empty{"directory.empty"};  ///< a file without header line
inline constexpr QLatin1StringView Encoding{"directory.encoding"};  ///< a byte undefined in Windows-1252 (or invalid UTF-8 in a UTF-8 file)
inline constexpr QLatin1StringView FhirBadRequest{"directory.fhir_bad_request"};  ///< the FHIR API answered 400 (its OperationOutcome in the message)
inline constexpr QLatin1StringView FhirConfig{"directory.fhir_config"};  ///< no API key, or a base URL that is not https://
inline constexpr QLatin1StringView FhirHttp{"directory.fhir_http"};  ///< transport failure, oversized answer or unexpected HTTP status of the FHIR API
inline constexpr QLatin1StringView FhirRateLimited{"directory.fhir_rate_limited"};  ///< still 429 after the retries, or a Retry-After too long to wait
inline constexpr QLatin1StringView FhirResponse{"directory.fhir_response"};  ///< an answer that is not the expected FHIR JSON (Bundle, OperationOutcome)
inline constexpr QLatin1StringView FhirTimeout{"directory.fhir_timeout"};  ///< no answer within the timeout (30 s)
inline constexpr QLatin1StringView FhirTls{"directory.fhir_tls"};  ///< the gateway's certificate is not trusted or not for its name
inline constexpr QLatin1StringView FhirUnauthorized{"directory.fhir_unauthorized"};  ///< 401/403: missing, wrong or revoked API key
inline constexpr QLatin1StringView FhirUnreachable{"directory.fhir_unreachable"};  ///< the gateway cannot be resolved or connected
inline constexpr QLatin1StringView FieldCount{"directory.field_count"};  ///< a line without the 56 fields
inline constexpr QLatin1StringView Header{"directory.header"};  ///< a header that is not the Personne_activite one (names the first wrong column)
inline constexpr QLatin1StringView Read{"directory.read"};  ///< the file cannot be opened or read
inline constexpr QLatin1StringView Truncated{"directory.truncated"};  ///< a last line cut short (no end of line)

} // namespace sgl::interop::directory::errc
