#pragma once

#include <QLatin1StringView>

namespace sgl::interop::gateway {

/**
 * Stable codes of the analyzer gateway's network side (ConnectionStatus::lastError events, CLI
 * JSON lines). Declared here only, kept sorted.
 */
namespace errc {
inline constexpr QLatin1StringView ConnectionDropped{"gateway.connection_dropped"};
inline constexpr QLatin1StringView ConnectFailed{"gateway.connect_failed"};
inline constexpr QLatin1StringView ListenFailed{"gateway.listen_failed"};
inline constexpr QLatin1StringView MllpFraming{"gateway.mllp_framing"};
inline constexpr QLatin1StringView SendFailed{"gateway.send_failed"};
inline constexpr QLatin1StringView StoreFailed{"gateway.store_failed"};
inline constexpr QLatin1StringView TrafficLogFailed{"gateway.traffic_log_failed"};
inline constexpr QLatin1StringView UnsupportedTransport{"gateway.unsupported_transport"};
} // namespace errc

} // namespace sgl::interop::gateway
