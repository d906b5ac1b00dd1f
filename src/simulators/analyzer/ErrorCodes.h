#pragma once

#include <QLatin1StringView>

/**
 * Stable error codes raised by sgl_sim_analyzer (domain::Error::code, "<module>.<reason>"). Support,
 * audit and tests rely on them: never reword or reuse one. Call sites use these constants, never a
 * string literal (tests/architecture/check_error_codes.py).
 */
namespace sgl::simulators::analyzer::errc {

inline constexpr QLatin1StringView BadOption{"analyzersim.bad_option"};  ///< « Défaut inconnu : %1… »
inline constexpr QLatin1StringView BarcodesFile{"analyzersim.barcodes_file"};  ///< « Fichier de codes-barres illisible : %1 »
inline constexpr QLatin1StringView ConnectionDropped{"analyzersim.connection_dropped"};  ///< « connexion coupée volontairement (défaut drop) »
inline constexpr QLatin1StringView Listen{"analyzersim.listen"};  ///< « Le simulateur ne peut pas écouter sur le port %1 : %2 »
inline constexpr QLatin1StringView Stopped{"analyzersim.stopped"};  ///< « simulateur arrêté »

} // namespace sgl::simulators::analyzer::errc
