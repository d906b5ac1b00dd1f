#pragma once

#include "interop/astm/Clock.h"

#include <QElapsedTimer>

namespace sgl::interop::astm {

/** Monotonic wall clock for live links (QElapsedTimer, never jumps with the system time). */
class SteadyClock final : public Clock {
public:
    SteadyClock() { m_timer.start(); }
    [[nodiscard]] qint64 nowMs() const override { return m_timer.elapsed(); }

private:
    QElapsedTimer m_timer;
};

} // namespace sgl::interop::astm
