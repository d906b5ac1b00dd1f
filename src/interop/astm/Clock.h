#pragma once

#include <QtGlobal>

namespace sgl::interop::astm {

/**
 * Monotonic milliseconds as seen by a LinkLayer. The state machine never reads the system time
 * itself: the Qt transports give it a SteadyClock, tests a ManualClock they advance by hand, so
 * every timer (15 s reply, 30 s receive, 10 s busy, 20 s contention) is tested without sleeping.
 */
class Clock {
public:
    virtual ~Clock() = default;
    [[nodiscard]] virtual qint64 nowMs() const = 0;
};

} // namespace sgl::interop::astm
