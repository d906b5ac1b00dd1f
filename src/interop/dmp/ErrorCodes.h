#pragma once

#include <QLatin1StringView>

/**
 * Stable error codes raised by sgl_interop_dmp (domain::Error::code, "<module>.<reason>"). Support, audit
 * and tests rely on them: never reword or reuse one. Call sites use these constants, never a
 * string literal (tests/architecture/check_error_codes.py).
 */
namespace sgl::interop::dmp::errc {

inline constexpr QLatin1StringView Config{"dmp.config"};  ///< ex. « Adresse du DMP invalide « %1 » : une URL https:// est exigée. »
inline constexpr QLatin1StringView HttpStatus{"dmp.http_status"};  ///< « Le DMP a refusé la demande (statut HTTP %1)… »
inline constexpr QLatin1StringView NotFound{"dmp.not_found"};  ///< « Document « %1 » introuvable dans le DMP du patient. »
inline constexpr QLatin1StringView Rejected{"dmp.rejected"};  ///< « Le DMP a refusé la demande : %1 »
inline constexpr QLatin1StringView ResponseTooLarge{"dmp.response_too_large"};  ///< « Réponse du DMP anormalement volumineuse… »
inline constexpr QLatin1StringView SecurityConfig{"dmp.security_config"};  ///< ex. « Profil VIHF incomplet : %1 manquant. »
inline constexpr QLatin1StringView ServerBusy{"dmp.server_busy"};  ///< « Le DMP est momentanément indisponible : %1 »
inline constexpr QLatin1StringView Timeout{"dmp.timeout"};  ///< « Le DMP n'a pas répondu dans le délai de %1 s… »
inline constexpr QLatin1StringView Tls{"dmp.tls"};  ///< ex. « Connexion sécurisée au DMP refusée… »
inline constexpr QLatin1StringView Transport{"dmp.transport"};  ///< ex. « Erreur réseau pendant l'appel au DMP : %1 »
inline constexpr QLatin1StringView Unavailable{"dmp.unavailable"};  ///< « Le DMP est indisponible (statut HTTP %1)… »
inline constexpr QLatin1StringView UnexpectedResponse{"dmp.unexpected_response"};  ///< ex. « Réponse du DMP inattendue au test d'existence… »
inline constexpr QLatin1StringView Unreachable{"dmp.unreachable"};  ///< « Le DMP est injoignable (%1). »
inline constexpr QLatin1StringView VihfInvalidIns{"dmp.vihf_invalid_ins"};  ///< « INS du patient invalide pour le VIHF : %1 »
inline constexpr QLatin1StringView VihfIssuerMismatch{"dmp.vihf_issuer_mismatch"};  ///< « VIHF : l'émetteur « %1 » n'est pas le sujet du certificat de signature « %2 ». »
inline constexpr QLatin1StringView VihfMalformed{"dmp.vihf_malformed"};  ///< ex. « VIHF mal formé : %1 »
inline constexpr QLatin1StringView VihfMissing{"dmp.vihf_missing"};  ///< « Aucune assertion VIHF (saml2:Assertion) dans le message. »
inline constexpr QLatin1StringView VihfMissingAttribute{"dmp.vihf_missing_attribute"};  ///< « VIHF : attribut obligatoire « %1 » absent ou vide. »
inline constexpr QLatin1StringView VihfSignatureScope{"dmp.vihf_signature_scope"};  ///< « VIHF : la signature ne couvre pas l'assertion elle-même. »
inline constexpr QLatin1StringView VihfValidity{"dmp.vihf_validity"};  ///< ex. « VIHF hors de sa période de validité (%1 – %2). »
inline constexpr QLatin1StringView WebAccessIns{"dmp.web_access_ins"};  ///< « INS du patient inutilisable pour le DMP : %1 » (accès web, TD0.9)
inline constexpr QLatin1StringView WebAccessUrl{"dmp.web_access_url"};  ///< « Adresse de l'accès web au DMP invalide « %1 » : une URL https:// est exigée. »
inline constexpr QLatin1StringView XadesDigestMismatch{"dmp.xades_digest_mismatch"};  ///< « Signature XAdES : l'empreinte du document « %1 » ne correspond pas au document reçu. »
inline constexpr QLatin1StringView XadesDocumentMissing{"dmp.xades_document_missing"};  ///< « Signature XAdES : le document signé « %1 » n'a pas été reçu. »
inline constexpr QLatin1StringView XadesDocumentNotSigned{"dmp.xades_document_not_signed"};  ///< « Signature XAdES : le document « %1 » n'est pas couvert par la signature. »
inline constexpr QLatin1StringView XadesInvalidInput{"dmp.xades_invalid_input"};  ///< ex. « Signature XAdES : identifiant de signature absent. »
inline constexpr QLatin1StringView XadesMalformed{"dmp.xades_malformed"};  ///< ex. « Signature XAdES mal formée : %1 »
inline constexpr QLatin1StringView XadesPurpose{"dmp.xades_purpose"};  ///< « Signature XAdES : purposeOfSignature « %1 » au lieu de 1.2.840.10065.1.12.1.14. »

} // namespace sgl::interop::dmp::errc
