#include "interop/directory/TokenBucket.h"

#include <QElapsedTimer>

#include <cmath>

namespace sgl::interop::directory {

TokenBucket::TokenBucket(double ratePerSecond, double capacity, Clock clock)
    : m_rate(ratePerSecond > 0 ? ratePerSecond : 1.0), m_capacity(capacity >= 1.0 ? capacity : 1.0),
      m_clock(std::move(clock)), m_intervalMs(1000.0 / m_rate)
{
    m_nextSlot = double(m_clock());
}

TokenBucket::Clock TokenBucket::steadyClock()
{
    return [] {
        static const QElapsedTimer origin = [] {
            QElapsedTimer t;
            t.start();
            return t;
        }();
        return origin.elapsed();
    };
}

TokenBucket &TokenBucket::annuaireSante()
{
    // 16 rather than 17: the gateway counts arrivals, and network jitter can bring two requests
    // sent 1/17 s apart closer together; 1/16 s leaves 60 ms of margin per second.
    static TokenBucket bucket(16.0, 1.0);
    return bucket;
}

qint64 TokenBucket::acquire()
{
    QMutexLocker lock(&m_mutex);
    const double now = double(m_clock());
    // A full bucket lets (capacity - 1) requests go ahead of the regular spacing.
    const double earliest = m_nextSlot - (m_capacity - 1.0) * m_intervalMs;
    // Whole milliseconds: the request goes at `slot`, never earlier than the spacing allows (a
    // rounded-down slot could put 18 requests in one second).
    const double slot = std::ceil(std::max(now, earliest));
    m_nextSlot = std::max(slot, m_nextSlot) + m_intervalMs;
    return qint64(slot - now);
}

void TokenBucket::holdOff(qint64 milliseconds)
{
    QMutexLocker lock(&m_mutex);
    const double until = double(m_clock()) + double(std::max<qint64>(0, milliseconds));
    // Shifted so that the first slot after the pause is `until` and no burst follows it.
    m_nextSlot = std::max(m_nextSlot, until + (m_capacity - 1.0) * m_intervalMs);
}

} // namespace sgl::interop::directory
