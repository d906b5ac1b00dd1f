#pragma once

#include <QLatin1StringView>

/**
 * Stable error codes raised by sgl_interop_dmp (domain::Error::code, "<module>.<reason>"). Support, audit
 * and tests rely on them: never reword or reuse one. Call sites use these constants, never a
 * string literal (tests/architecture/check_error_codes.py). DmpFailure says which are transient.
 */
namespace sgl::interop::dmp::errc {

inline constexpr QLatin1StringView Config{"dmp.config"};  ///< ex. « Adresse du DMP invalide « %1 » : une URL https:// est exigée. »
inline constexpr QLatin1StringView HttpStatus{"dmp.http_status"};  ///< « Le DMP a refusé la demande (statut HTTP %1)… »
inline constexpr QLatin1StringView NotFound{"dmp.not_found"};  ///< « Document « %1 » introuvable dans le DMP du patient. »
inline constexpr QLatin1StringView Rejected{"dmp.rejected"};  ///< « Le DMP a refusé la demande : %1 »
inline constexpr QLatin1StringView ResponseTooLarge{"dmp.response_too_large"};  ///< « Réponse du DMP anormalement volumineuse… »
inline constexpr QLatin1StringView ServerBusy{"dmp.server_busy"};  ///< « Le DMP est momentanément indisponible : %1 »
inline constexpr QLatin1StringView Timeout{"dmp.timeout"};  ///< « Le DMP n'a pas répondu dans le délai de %1 s… »
inline constexpr QLatin1StringView Tls{"dmp.tls"};  ///< ex. « Connexion sécurisée au DMP refusée… »
inline constexpr QLatin1StringView Transport{"dmp.transport"};  ///< ex. « Erreur réseau pendant l'appel au DMP : %1 »
inline constexpr QLatin1StringView Unavailable{"dmp.unavailable"};  ///< « Le DMP est indisponible (statut HTTP %1)… »
inline constexpr QLatin1StringView UnexpectedResponse{"dmp.unexpected_response"};  ///< ex. « Réponse du DMP inattendue au test d'existence… »
inline constexpr QLatin1StringView Unreachable{"dmp.unreachable"};  ///< « Le DMP est injoignable (%1). »

} // namespace sgl::interop::dmp::errc
