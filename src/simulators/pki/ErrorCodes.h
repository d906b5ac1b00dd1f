#pragma once

#include <QLatin1StringView>

/**
 * Stable error codes raised by sgl_sim_pki (domain::Error::code, "<module>.<reason>"). Support, audit
 * and tests rely on them: never reword or reuse one. Call sites use these constants, never a
 * string literal (tests/architecture/check_error_codes.py).
 */
namespace sgl::simulators::pki::errc {

inline constexpr QLatin1StringView SimPki{"sim.pki"};  ///< ex. « Impossible de créer le répertoire de la PKI de test. »

} // namespace sgl::simulators::pki::errc
