#pragma once

#include <QLatin1StringView>

/**
 * Stable error codes raised by sgl_interop_cps (domain::Error::code, "<module>.<reason>"). Support, audit
 * and tests rely on them: never reword or reuse one. Call sites use these constants, never a
 * string literal (tests/architecture/check_error_codes.py). No message ever holds the PIN.
 */
namespace sgl::interop::cps::errc {

inline constexpr QLatin1StringView CardRemoved{"cps.card_removed"};  ///< « Aucune carte CPS n'est insérée dans le lecteur… »
inline constexpr QLatin1StringView CertificateExpired{"cps.certificate_expired"};  ///< « Le certificat de la carte CPS a expiré le %1… »
inline constexpr QLatin1StringView CertificateNotYetValid{"cps.certificate_not_yet_valid"};  ///< « Le certificat de la carte CPS n'est valide qu'à partir du %1. »
inline constexpr QLatin1StringView NoAuthCertificate{"cps.no_auth_certificate"};  ///< « La carte CPS ne contient aucun certificat d'authentification lisible. »
inline constexpr QLatin1StringView NoModule{"cps.no_module"};  ///< ex. « Module PKCS#11 de la carte CPS introuvable : %1… »
inline constexpr QLatin1StringView PinIncorrect{"cps.pin_incorrect"};  ///< « Code porteur incorrect… »
inline constexpr QLatin1StringView PinLocked{"cps.pin_locked"};  ///< « La carte CPS est bloquée… »
inline constexpr QLatin1StringView PinRequired{"cps.pin_required"};  ///< « Saisissez le code porteur de la carte CPS. »
inline constexpr QLatin1StringView PrivateKeyMissing{"cps.private_key_missing"};  ///< « La clé privée du certificat d'authentification est introuvable sur la carte. »
inline constexpr QLatin1StringView SigningFailed{"cps.signing_failed"};  ///< ex. « La carte CPS n'a pas pu signer (%1). »
inline constexpr QLatin1StringView TokenError{"cps.token_error"};  ///< ex. « Erreur de la carte CPS (code PKCS#11 0x%1). »

} // namespace sgl::interop::cps::errc
