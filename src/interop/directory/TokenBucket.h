#pragma once

#include <QMutex>

#include <functional>

namespace sgl::interop::directory {

/**
 * Client-side rate limiter (token bucket) for the Annuaire Santé FHIR API, whose gateway allows
 * 17 requests per second per API key and answers 429 beyond. A request takes one token; tokens
 * come back at `ratePerSecond` up to `capacity`. With the default capacity of 1 the calls are
 * spaced by 1/rate s, so that no half-open one-second window holds more than `ratePerSecond`
 * requests (a larger capacity allows bursts and would break that bound).
 *
 * Implemented as its equivalent virtual scheduling (GCRA): the bucket keeps the theoretical
 * time of the next free slot rather than a token count, which gives each concurrent caller its
 * own slot and makes Retry-After a simple shift.
 *
 * acquire() never sleeps: it reserves the next slot and says how long to wait, so the caller (or
 * a test with an injected clock) decides how to wait. holdOff() honours a Retry-After: no slot
 * before that time, whoever asks. Thread-safe: one bucket per process (annuaireSante()) is
 * shared by every client using the same key.
 */
class TokenBucket {
public:
    /** Monotonic milliseconds. */
    using Clock = std::function<qint64()>;

    explicit TokenBucket(double ratePerSecond = 17.0, double capacity = 1.0, Clock clock = steadyClock());

    /** Takes the next slot; returns the milliseconds to wait before sending (0: now). */
    [[nodiscard]] qint64 acquire();
    /** No slot is given before `milliseconds` from now (Retry-After of a 429). */
    void holdOff(qint64 milliseconds);

    [[nodiscard]] double ratePerSecond() const { return m_rate; }
    [[nodiscard]] static Clock steadyClock();
    /**
     * The process-wide bucket of the Annuaire Santé API: 16 requests per second, under the
     * gateway's 17 so that network jitter never makes 18 arrive within one of its seconds.
     */
    [[nodiscard]] static TokenBucket &annuaireSante();

private:
    mutable QMutex m_mutex;
    double m_rate;
    double m_capacity;
    Clock m_clock;
    double m_intervalMs;     ///< 1000 / rate
    double m_nextSlot = 0;   ///< theoretical time of the next free slot (ms, clock's origin)
};

} // namespace sgl::interop::directory
