#pragma once

#include <QLatin1StringView>

/**
 * Stable error codes raised by sgl_interop_insi (domain::Error::code, "<module>.<reason>"). Support, audit
 * and tests rely on them: never reword or reuse one. Call sites use these constants, never a
 * string literal (tests/architecture/check_error_codes.py).
 */
namespace sgl::interop::insi::errc {

inline constexpr QLatin1StringView CertificateCn{"insi.certificate_cn"};  ///< « Le certificat d'organisation a pour nom commun « %1 » : INSi n'accepte que… »
inline constexpr QLatin1StringView CertificateExpired{"insi.certificate_expired"};  ///< « Le certificat d'organisation INSi n'est pas en cours de validité (valide du %1 au %2). »
inline constexpr QLatin1StringView CertificateKeyMismatch{"insi.certificate_key_mismatch"};  ///< « La clé privée est illisible ou ne correspond pas au certificat d'organisation INSi. »
inline constexpr QLatin1StringView CertificateRead{"insi.certificate_read"};  ///< ex. « Certificat d'organisation INSi introuvable ou illisible. »
inline constexpr QLatin1StringView Config{"insi.config"};  ///< ex. « Adresse du service INSi invalide « %1 » : une URL https:// est exigée. »
inline constexpr QLatin1StringView CpxCard{"insi.cpx_card"};  ///< « Carte CPS inutilisable pour INSi : clé, certificat ou identifiant national du porteur absent. »
inline constexpr QLatin1StringView HttpStatus{"insi.http_status"};  ///< ex. « Le service INSi a répondu avec le statut HTTP %1 sans message exploitable. »
inline constexpr QLatin1StringView MalformedResponse{"insi.malformed_response"};  ///< ex. « Réponse INSi incorrecte : %1… »
inline constexpr QLatin1StringView QueryBirthPlace{"insi.query_birth_place"};  ///< « Code COG du lieu de naissance invalide « %1 » (5 caractères). »
inline constexpr QLatin1StringView QueryContext{"insi.query_context"};  ///< « Contexte d'appel INSi incomplet (numéro d'autorisation IDAM, identifiants ou horodatage manquants). »
inline constexpr QLatin1StringView QueryMatricule{"insi.query_matricule"};  ///< ex. « Matricule de l'ouvrant droit invalide « %1 %2 ». »
inline constexpr QLatin1StringView QuerySex{"insi.query_sex"};  ///< ex. « Le sexe doit être M ou F pour interroger INSi. »
inline constexpr QLatin1StringView ResponseTooLarge{"insi.response_too_large"};  ///< « Réponse INSi anormalement volumineuse (plus de %1 octets) : ignorée. »
inline constexpr QLatin1StringView Timeout{"insi.timeout"};  ///< « Le service INSi n'a pas répondu dans le délai de %1 s. L'identité n'a pas été modifiée ;… »
inline constexpr QLatin1StringView Tls{"insi.tls"};  ///< ex. « Le certificat du serveur INSi n'est pas reconnu (autorité non approuvée ou nom incorrect) : »
inline constexpr QLatin1StringView Transport{"insi.transport"};  ///< ex. « Le service INSi a interrompu la connexion sans répondre (certificat client probablement… »
inline constexpr QLatin1StringView UnexpectedCode{"insi.unexpected_code"};  ///< « Code compte rendu INSi inattendu « %1 » (%2). »
inline constexpr QLatin1StringView Unreachable{"insi.unreachable"};  ///< « Le service INSi est injoignable (%1). L'identité n'a pas été modifiée. »

} // namespace sgl::interop::insi::errc
