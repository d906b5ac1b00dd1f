#include "simulators/insi/InsiSimulatorThread.h"

#include "simulators/insi/InsiSimulatorServer.h"

#include <QMutexLocker>

namespace sgl::simulators::insi {

InsiSimulatorThread::InsiSimulatorThread(InsiSimulatorConfig config) : m_config(std::move(config)) {}

InsiSimulatorThread::~InsiSimulatorThread()
{
    quit();
    wait();
}

domain::Result<std::unique_ptr<InsiSimulatorThread>> InsiSimulatorThread::start(const InsiSimulatorConfig &config)
{
    std::unique_ptr<InsiSimulatorThread> thread(new InsiSimulatorThread(config));
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

void InsiSimulatorThread::run()
{
    auto server = InsiSimulatorServer::create(m_config);
    {
        QMutexLocker lock(&m_mutex);
        if (server) {
            m_port = (*server)->serverPort();
            m_handler = &(*server)->handler();
        } else {
            m_error = server.error();
        }
        m_started = true;
        m_ready.wakeAll();
    }
    if (!server)
        return;
    exec();
    QMutexLocker lock(&m_mutex);
    m_handler = nullptr;
    // The server and its connections are destroyed on return, in their own thread.
}

QString InsiSimulatorThread::endpoint() const
{
    return QStringLiteral("https://127.0.0.1:%1%2").arg(m_port).arg(m_config.path);
}

QList<SimCallLog> InsiSimulatorThread::calls() const
{
    QMutexLocker lock(&m_mutex);
    return m_handler != nullptr ? m_handler->calls() : QList<SimCallLog>();
}

} // namespace sgl::simulators::insi
