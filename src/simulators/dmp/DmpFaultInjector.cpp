#include "simulators/dmp/DmpFaultInjector.h"

#include <QMutexLocker>

namespace sgl::simulators::dmp {

void DmpFaultInjector::inject(DmpFaultKind kind, int count, int delayMs)
{
    QMutexLocker lock(&m_mutex);
    for (int i = 0; i < count; ++i)
        m_queue << DmpFaultShot{kind, delayMs};
}

std::optional<DmpFaultShot> DmpFaultInjector::take()
{
    QMutexLocker lock(&m_mutex);
    if (m_queue.isEmpty())
        return std::nullopt;
    return m_queue.takeFirst();
}

int DmpFaultInjector::pending() const
{
    QMutexLocker lock(&m_mutex);
    return static_cast<int>(m_queue.size());
}

void DmpFaultInjector::clear()
{
    QMutexLocker lock(&m_mutex);
    m_queue.clear();
}

} // namespace sgl::simulators::dmp
