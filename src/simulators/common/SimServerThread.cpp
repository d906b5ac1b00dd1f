#include "simulators/common/SimServerThread.h"

#include <QMutexLocker>

namespace sgl::simulators::common {

SimServerThread::SimServerThread(Factory factory) : m_factory(std::move(factory)) {}

SimServerThread::~SimServerThread()
{
    quit();
    wait();
}

domain::Result<std::unique_ptr<SimServerThread>> SimServerThread::start(Factory factory)
{
    std::unique_ptr<SimServerThread> thread(new SimServerThread(std::move(factory)));
    {
        QMutexLocker lock(&thread->m_mutex);
        thread->QThread::start();
        while (!thread->m_started)
            thread->m_ready.wait(&thread->m_mutex);
    }
    if (thread->m_error)
        return std::unexpected(*thread->m_error);
    return thread;
}

void SimServerThread::run()
{
    // Owned here so that the servers and their connections die in their own thread.
    auto owner = std::make_unique<QObject>();
    const auto port = m_factory(owner.get());
    {
        QMutexLocker lock(&m_mutex);
        if (port)
            m_port = *port;
        else
            m_error = port.error();
        m_started = true;
        m_ready.wakeAll();
    }
    if (!port)
        return;
    exec();
}

} // namespace sgl::simulators::common
