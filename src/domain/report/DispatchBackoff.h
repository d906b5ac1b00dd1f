#pragma once

#include <QtGlobal>

#include <functional>

namespace sgl::domain {

/**
 * When to try again after a transient failure, and when to give up (pure; the dispatcher
 * injects the random source so tests pin the bounds).
 *
 * Delay before attempt n+1 after n failed attempts: nominal = min(base · 2^(n-1), cap), then
 * jitter: the delay is drawn uniformly in [nominal · (1 - jitter), nominal]. The jitter spreads
 * the retries of many rows that failed together (a DMP outage) so they do not all come back in
 * the same second; it only ever shortens the nominal delay, so the cap holds.
 */
struct DispatchBackoff {
    qint64 baseSeconds = 60;       ///< delay after the first failure (nominal)
    qint64 capSeconds = 6 * 3600;  ///< never wait longer than this
    double jitter = 0.2;           ///< fraction of the nominal delay that may be removed, in [0, 1]
    int maxAttempts = 12;          ///< attempts (since the last human retry) after which the row is parked

    /** Uniform random number in [0, 1). */
    using Random = std::function<double()>;

    /** Nominal delay (no jitter) after `failedAttempts` (>= 1; lower values count as 1). */
    [[nodiscard]] qint64 nominalSeconds(int failedAttempts) const;
    /** Delay with jitter; `random` outside [0, 1) is clamped. */
    [[nodiscard]] qint64 delaySeconds(int failedAttempts, const Random &random) const;
    /** True when `attemptsSinceRetry` reached maxAttempts: park the row for a human. */
    [[nodiscard]] bool exhausted(int attemptsSinceRetry) const { return attemptsSinceRetry >= maxAttempts; }
};

} // namespace sgl::domain
