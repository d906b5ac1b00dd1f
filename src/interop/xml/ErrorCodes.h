#pragma once

#include <QLatin1StringView>

/**
 * Stable error codes raised by sgl_interop_xml (domain::Error::code, "<module>.<reason>"). Support, audit
 * and tests rely on them: never reword or reuse one. Call sites use these constants, never a
 * string literal (tests/architecture/check_error_codes.py).
 */
namespace sgl::interop::xml::errc {

inline constexpr QLatin1StringView CanonicalizationFailed{"xml.c14n_failed"};  ///< « Canonicalisation XML impossible : %1 »
inline constexpr QLatin1StringView CertificateExpired{"xml.certificate_expired"};  ///< « Le certificat de signature « %1 » n'est pas valide à cette date (expiré ou pas encore valide). »
inline constexpr QLatin1StringView CertificateUntrusted{"xml.certificate_untrusted"};  ///< « Le certificat de signature « %1 » n'est pas émis par une autorité de confiance : %2 »
inline constexpr QLatin1StringView DoctypeForbidden{"xml.doctype_forbidden"};  ///< « Le document XML contient une déclaration DOCTYPE, refusée par sécurité. »
inline constexpr QLatin1StringView Empty{"xml.empty"};  ///< « Le contenu XML est vide. »
inline constexpr QLatin1StringView InvalidCharacter{"xml.invalid_character"};  ///< ex. « Caractère interdit en XML dans l'attribut « %1 » »
inline constexpr QLatin1StringView InvalidName{"xml.invalid_name"};  ///< ex. « Nom d'élément XML invalide : « %1 » »
inline constexpr QLatin1StringView Io{"xml.io"};  ///< « Impossible de lire le fichier XML : %1… »
inline constexpr QLatin1StringView Malformed{"xml.malformed"};  ///< ex. « Document XML trop volumineux. »
inline constexpr QLatin1StringView SchemaInvalid{"xml.schema_invalid"};  ///< « Document non conforme au schéma XSD : %1… »
inline constexpr QLatin1StringView SchemaLoad{"xml.schema_load"};  ///< ex. « Schéma XSD introuvable. »
inline constexpr QLatin1StringView SignatureDigestMismatch{"xml.signature_digest_mismatch"};  ///< « Signature XML : l'empreinte de la référence « %1 » ne correspond pas (contenu modifié). »
inline constexpr QLatin1StringView SignatureDuplicateId{"xml.signature_duplicate_id"};  ///< « Identifiant XML « %1 » porté par plusieurs éléments : signature refusée. »
inline constexpr QLatin1StringView SignatureInvalid{"xml.signature_invalid"};  ///< « Signature XML invalide : la valeur de signature ne correspond pas (SignedInfo modifié ou mauvaise clé). »
inline constexpr QLatin1StringView SignatureMalformed{"xml.signature_malformed"};  ///< ex. « Signature XML mal formée : élément SignedInfo absent. »
inline constexpr QLatin1StringView SignatureMissing{"xml.signature_missing"};  ///< ex. « Aucune signature XML (ds:Signature) dans le document. »
inline constexpr QLatin1StringView SignatureReferenceUnresolved{"xml.signature_reference_unresolved"};  ///< « Signature XML : la référence « %1 » ne désigne aucun élément du document. »
inline constexpr QLatin1StringView SignatureUnsupportedAlgorithm{"xml.signature_unsupported_algorithm"};  ///< « Algorithme de signature non accepté : %1 »
inline constexpr QLatin1StringView SigningFailed{"xml.signing_failed"};  ///< « Échec de la signature XML : %1 »
inline constexpr QLatin1StringView SigningKey{"xml.signing_key"};  ///< ex. « La clé privée ne correspond pas au certificat de signature. »
inline constexpr QLatin1StringView UnboundPrefix{"xml.unbound_prefix"};  ///< « Préfixe d'espace de noms non déclaré : « %1 » »
inline constexpr QLatin1StringView Xpath{"xml.xpath"};  ///< ex. « Document XML vide. »
inline constexpr QLatin1StringView XsltFailed{"xml.xslt_failed"};  ///< « Transformation XSLT impossible : %1 »
inline constexpr QLatin1StringView XsltForbidden{"xml.xslt_forbidden"};  ///< « La feuille de style veut accéder à « %1 » : accès refusé par sécurité. »
inline constexpr QLatin1StringView XsltInvalid{"xml.xslt_invalid"};  ///< « Feuille de style XSLT invalide : %1 »

} // namespace sgl::interop::xml::errc
