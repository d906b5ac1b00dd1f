#pragma once

#include <QLatin1StringView>

/**
 * Stable error codes raised by sgl_sim_mss (domain::Error::code, "<module>.<reason>"). Never reword or
 * reuse one. TLS and listening errors are those of sgl_sim_common (sim.tls_config, sim.listen).
 * SMTP and IMAP replies are wire values, not domain::Error codes.
 */
namespace sgl::simulators::mss::errc {

inline constexpr QLatin1StringView Store{"msssim.store"};  ///< ex. « Dossier des boîtes aux lettres du simulateur illisible : %1 »

} // namespace sgl::simulators::mss::errc
