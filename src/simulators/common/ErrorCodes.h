#pragma once

#include <QLatin1StringView>

/**
 * Stable error codes raised by sgl_sim_common (domain::Error::code, "<module>.<reason>"). Support, audit
 * and tests rely on them: never reword or reuse one. Call sites use these constants, never a
 * string literal (tests/architecture/check_error_codes.py).
 */
namespace sgl::simulators::common::errc {

inline constexpr QLatin1StringView SimListen{"sim.listen"};  ///< « Le simulateur ne peut pas écouter sur le port %1 : %2 »
inline constexpr QLatin1StringView SimTlsConfig{"sim.tls_config"};  ///< ex. « TLS indisponible (module OpenSSL de Qt absent). »

} // namespace sgl::simulators::common::errc
