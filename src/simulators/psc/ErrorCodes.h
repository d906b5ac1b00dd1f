#pragma once

#include <QLatin1StringView>

/**
 * Stable error codes raised by sgl_sim_psc (domain::Error::code, "<module>.<reason>"). Support, audit
 * and tests rely on them: never reword or reuse one. Call sites use these constants, never a
 * string literal (tests/architecture/check_error_codes.py).
 */
namespace sgl::simulators::psc::errc {

inline constexpr QLatin1StringView SimPscKeys{"sim.psc_keys"};  ///< « Le simulateur PSC ne peut pas générer sa clé de signature RSA. »

} // namespace sgl::simulators::psc::errc
