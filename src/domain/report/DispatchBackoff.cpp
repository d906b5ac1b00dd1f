#include "domain/report/DispatchBackoff.h"

#include <algorithm>
#include <cmath>

namespace sgl::domain {

qint64 DispatchBackoff::nominalSeconds(int failedAttempts) const
{
    const qint64 base = std::max<qint64>(1, baseSeconds);
    const qint64 cap = std::max(base, capSeconds);
    // Doubling stops once past the cap: no shift overflow whatever the attempt count.
    qint64 delay = base;
    for (int i = 1; i < failedAttempts && delay < cap; ++i)
        delay *= 2;
    return std::min(delay, cap);
}

qint64 DispatchBackoff::delaySeconds(int failedAttempts, const Random &random) const
{
    const qint64 nominal = nominalSeconds(failedAttempts);
    const double j = std::clamp(jitter, 0.0, 1.0);
    double u = random ? random() : 0.0;
    if (!std::isfinite(u))
        u = 0.0;
    u = std::clamp(u, 0.0, 1.0);
    const auto removed = static_cast<qint64>(std::floor(static_cast<double>(nominal) * j * u));
    return std::max<qint64>(1, nominal - removed);
}

} // namespace sgl::domain
