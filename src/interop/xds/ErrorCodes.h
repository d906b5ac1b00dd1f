#pragma once

#include <QLatin1StringView>

/**
 * Stable error codes raised by sgl_interop_xds (domain::Error::code, "<module>.<reason>"). Support,
 * audit and tests rely on them: never reword or reuse one. Call sites use these constants, never a
 * string literal (tests/architecture/check_error_codes.py).
 */
namespace sgl::interop::xds::errc {

inline constexpr QLatin1StringView InvalidDocument{"xds.invalid_document"};  ///< ex. « Le document ne porte pas d'INS du patient… »
inline constexpr QLatin1StringView MalformedResponse{"xds.malformed_response"};  ///< ex. « Réponse SOAP incorrecte : %1 »
inline constexpr QLatin1StringView MtomContentType{"xds.mtom_content_type"};  ///< ex. « Type de contenu « %1 » inattendu pour un message SOAP… »
inline constexpr QLatin1StringView MtomEncoding{"xds.mtom_encoding"};  ///< ex. « Partie MIME n° %1 : encodage de transfert « %2 » non pris en charge… »
inline constexpr QLatin1StringView MtomStructure{"xds.mtom_structure"};  ///< ex. « Message MTOM incorrect : délimiteur de fin « --%1-- » absent… »
inline constexpr QLatin1StringView RegistryError{"xds.registry_error"};  ///< « Le registre a refusé la demande : %1 »
inline constexpr QLatin1StringView SoapFault{"xds.soap_fault"};  ///< « Erreur SOAP renvoyée par le service (%1) : %2 »

} // namespace sgl::interop::xds::errc
