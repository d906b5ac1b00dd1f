#pragma once

#include <QLatin1StringView>

/** Stable error codes raised by sgl_interop_analyzer (see src/domain/ErrorCodes.h for the rules). */
namespace sgl::interop::analyzer::errc {

inline constexpr QLatin1StringView EmptyCapture{"analyzer.empty_capture"};  ///< a replayed capture with no message in it

} // namespace sgl::interop::analyzer::errc
