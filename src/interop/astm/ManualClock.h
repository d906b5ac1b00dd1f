#pragma once

#include "interop/astm/Clock.h"

namespace sgl::interop::astm {

/** A clock that only moves when told to: tests and replay (where time does not pass). */
class ManualClock final : public Clock {
public:
    explicit ManualClock(qint64 startMs = 0) : m_now(startMs) {}
    [[nodiscard]] qint64 nowMs() const override { return m_now; }
    void advance(qint64 ms) { m_now += ms; }
    void set(qint64 ms) { m_now = ms; }

private:
    qint64 m_now;
};

} // namespace sgl::interop::astm
