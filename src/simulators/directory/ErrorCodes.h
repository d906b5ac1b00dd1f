#pragma once

#include <QLatin1StringView>

/**
 * Stable error codes raised by sgl_sim_directory (domain::Error::code, "<module>.<reason>").
 * Support, audit and tests rely on them: never reword or reuse one. Call sites use these
 * constants, never a string literal (tests/architecture/check_error_codes.py).
 */
namespace sgl::simulators::directory::errc {

inline constexpr QLatin1StringView SimDirectoryData{"sim.directory_data"};  ///< the extraction files given to the simulator cannot be read

} // namespace sgl::simulators::directory::errc
