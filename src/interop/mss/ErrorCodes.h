#pragma once

#include <QLatin1StringView>

/**
 * Stable error codes raised by sgl_interop_mss (domain::Error::code, "<module>.<reason>"). Support, audit
 * and tests rely on them: never reword or reuse one. Call sites use these constants, never a
 * string literal (tests/architecture/check_error_codes.py).
 */
namespace sgl::interop::mss::errc {

inline constexpr QLatin1StringView CdaHeader{"mss.cda_header"};  ///< ex. « Compte rendu illisible pour l'envoi MSSanté : … »
inline constexpr QLatin1StringView Config{"mss.config"};  ///< ex. « Paramètre MSSanté invalide : … »
inline constexpr QLatin1StringView Imap{"mss.imap"};  ///< ex. « Lecture de la boîte MSSanté impossible : … »
inline constexpr QLatin1StringView MalformedReport{"mss.malformed_report"};  ///< ex. « Accusé de réception MSSanté illisible : … »
inline constexpr QLatin1StringView Message{"mss.message"};  ///< ex. « Message MSSanté impossible à composer : … »
inline constexpr QLatin1StringView SmtpPermanent{"mss.smtp_permanent"};  ///< ex. « Le serveur MSSanté a refusé le message (550 …). »
inline constexpr QLatin1StringView SmtpTransient{"mss.smtp_transient"};  ///< ex. « Le serveur MSSanté a différé le message (450 …). »
inline constexpr QLatin1StringView Timeout{"mss.timeout"};  ///< ex. « Le serveur MSSanté n'a pas répondu dans le délai de %1 s. »
inline constexpr QLatin1StringView Tls{"mss.tls"};  ///< ex. « Connexion sécurisée (STARTTLS) au serveur MSSanté refusée : … »
inline constexpr QLatin1StringView Transport{"mss.transport"};  ///< ex. « Erreur réseau avec le serveur MSSanté : … »
inline constexpr QLatin1StringView Unreachable{"mss.unreachable"};  ///< ex. « Le serveur MSSanté est injoignable (…). »
inline constexpr QLatin1StringView XdmRead{"mss.xdm_read"};  ///< ex. « Archive IHE_XDM.ZIP illisible : … »
inline constexpr QLatin1StringView XdmWrite{"mss.xdm_write"};  ///< ex. « Archive IHE_XDM.ZIP impossible à écrire : … »

} // namespace sgl::interop::mss::errc
