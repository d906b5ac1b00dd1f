#pragma once

#include <QLatin1StringView>

/**
 * Stable error codes raised by sgl_interop_psc (domain::Error::code, "<module>.<reason>"). Support, audit
 * and tests rely on them: never reword or reuse one. Call sites use these constants, never a
 * string literal (tests/architecture/check_error_codes.py).
 */
namespace sgl::interop::psc::errc {

inline constexpr QLatin1StringView AuthorizationDenied{"psc.authorization_denied"};  ///< ex. « Connexion Pro Santé Connect refusée par le service : access_denied »
inline constexpr QLatin1StringView CibaLoginHint{"psc.ciba_login_hint"};  ///< « Identifiant national du professionnel invalide « %1 » : 8 suivi du numéro RPPS attendu. »
inline constexpr QLatin1StringView CibaRefused{"psc.ciba_refused"};  ///< ex. « Pro Santé Connect refuse la demande de validation sur l'e-CPS : unauthorized_client »
inline constexpr QLatin1StringView CibaUnknownUser{"psc.ciba_unknown_user"};  ///< « Professionnel inconnu de Pro Santé Connect (identifiant national %1). »
inline constexpr QLatin1StringView Config{"psc.config"};  ///< ex. « Adresse Pro Santé Connect invalide « %1 » : une URL https:// est exigée. »
inline constexpr QLatin1StringView Discovery{"psc.discovery"};  ///< ex. « Configuration Pro Santé Connect incomplète : « token_endpoint » absent. »
inline constexpr QLatin1StringView GrantRefused{"psc.grant_refused"};  ///< ex. « Pro Santé Connect refuse l'échange : invalid_grant (code déjà utilisé) »
inline constexpr QLatin1StringView HttpStatus{"psc.http_status"};  ///< ex. « Pro Santé Connect a répondu avec le statut HTTP %1. »
inline constexpr QLatin1StringView Jwks{"psc.jwks"};  ///< ex. « Jeu de clés (JWKS) Pro Santé Connect illisible : %1 »
inline constexpr QLatin1StringView Loopback{"psc.loopback"};  ///< « Impossible d'attendre le retour de Pro Santé Connect sur le port %1 du poste… »
inline constexpr QLatin1StringView MalformedResponse{"psc.malformed_response"};  ///< ex. « Réponse Pro Santé Connect illisible (JSON attendu). »
inline constexpr QLatin1StringView Random{"psc.random"};  ///< « Générateur aléatoire du système indisponible : connexion impossible. »
inline constexpr QLatin1StringView StateMismatch{"psc.state_mismatch"};  ///< « Retour de connexion inattendu : paramètre state différent de celui envoyé… »
inline constexpr QLatin1StringView Timeout{"psc.timeout"};  ///< « Pro Santé Connect n'a pas répondu dans le délai de %1 s. »
inline constexpr QLatin1StringView Tls{"psc.tls"};  ///< ex. « Certificat du serveur Pro Santé Connect non reconnu : connexion refusée. »
inline constexpr QLatin1StringView TokenAccessHash{"psc.token_access_hash"};  ///< « Le jeton d'accès ne correspond pas au jeton d'identité (at_hash)… »
inline constexpr QLatin1StringView TokenAcr{"psc.token_acr"};  ///< « acr inattendu : %1 (eidas1 exigé) »
inline constexpr QLatin1StringView TokenAlgorithm{"psc.token_algorithm"};  ///< « Algorithme de signature du jeton refusé : %1 (RS256 seul accepté) »
inline constexpr QLatin1StringView TokenAudience{"psc.token_audience"};  ///< ex. « Jeton d'identité destiné à un autre client (aud %1) »
inline constexpr QLatin1StringView TokenExpired{"psc.token_expired"};  ///< « jeton d'identité expiré (exp %1) »
inline constexpr QLatin1StringView TokenInactive{"psc.token_inactive"};  ///< « Jeton Pro Santé Connect inactif (expiré ou révoqué). »
inline constexpr QLatin1StringView TokenIssuedInFuture{"psc.token_issued_in_future"};  ///< « Jeton d'identité émis dans le futur (iat %1) : horloge du poste à vérifier »
inline constexpr QLatin1StringView TokenIssuer{"psc.token_issuer"};  ///< « Émetteur du jeton d'identité inattendu : %1 (attendu %2) »
inline constexpr QLatin1StringView TokenKeyUnknown{"psc.token_key_unknown"};  ///< « clé kid=%1 absente du JWKS »
inline constexpr QLatin1StringView TokenMalformed{"psc.token_malformed"};  ///< ex. « Jeton mal formé : encodage base64url invalide (partie %1) »
inline constexpr QLatin1StringView TokenNonce{"psc.token_nonce"};  ///< « nonce du jeton d'identité différent de celui de la demande… »
inline constexpr QLatin1StringView TokenSignature{"psc.token_signature"};  ///< « Signature du jeton d'identité invalide (jeton altéré ou clé incorrecte) »
inline constexpr QLatin1StringView Transport{"psc.transport"};  ///< ex. « Erreur réseau pendant l'appel à Pro Santé Connect : %1 »
inline constexpr QLatin1StringView Unreachable{"psc.unreachable"};  ///< « Pro Santé Connect est injoignable (%1). »
inline constexpr QLatin1StringView UserInfo{"psc.userinfo"};  ///< ex. « Informations du professionnel illisibles : SubjectNameID absent »

} // namespace sgl::interop::psc::errc
