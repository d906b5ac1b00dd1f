#pragma once

#include <QLatin1StringView>

/**
 * Stable error codes raised by sgl_simulators_insi (domain::Error::code, "<module>.<reason>"). Support, audit
 * and tests rely on them: never reword or reuse one. Call sites use these constants, never a
 * string literal (tests/architecture/check_error_codes.py).
 */
namespace sgl::simulators::insi::errc {

inline constexpr QLatin1StringView SimBaseFormat{"sim.base_format"};  ///< ex. « Base d'identités INSi : JSON invalide (%1) »
inline constexpr QLatin1StringView SimBaseRead{"sim.base_read"};  ///< « Base d'identités du simulateur INSi illisible : %1… »
inline constexpr QLatin1StringView SimCpxAssertion{"sim.cpx_assertion"};  ///< ex. « Assertion PS refusée : %1 »
inline constexpr QLatin1StringView SimPki{"sim.pki"};  ///< ex. « Impossible de créer le répertoire de la PKI de test. »

} // namespace sgl::simulators::insi::errc
