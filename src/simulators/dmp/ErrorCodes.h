#pragma once

#include <QLatin1StringView>

/**
 * Stable error codes raised by sgl_sim_dmp (domain::Error::code, "<module>.<reason>"). Support, audit
 * and tests rely on them: never reword or reuse one. Call sites use these constants, never a
 * string literal (tests/architecture/check_error_codes.py).
 * The XDS/ebRS error codes the simulator answers (XDSRegistryMetadataError...) are wire values,
 * not domain::Error codes: they live in XdsErrorCodes.h.
 */
namespace sgl::simulators::dmp::errc {

inline constexpr QLatin1StringView Journal{"dmpsim.journal"};  ///< ex. « Ligne %1 du journal du simulateur DMP illisible. »
inline constexpr QLatin1StringView TrustBundle{"dmpsim.trust_bundle"};  ///< « Aucun certificat d'autorité dans %1 (signatures VIHF et XAdES). »
inline constexpr QLatin1StringView ValueSets{"dmpsim.value_sets"};  ///< ex. « Jeu de valeurs illisible : %1 »

} // namespace sgl::simulators::dmp::errc
