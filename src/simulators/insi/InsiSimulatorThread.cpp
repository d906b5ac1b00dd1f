#include "simulators/insi/InsiSimulatorThread.h"

#include "simulators/insi/InsiSimulatorServer.h"

namespace sgl::simulators::insi {

InsiSimulatorThread::InsiSimulatorThread(InsiSimulatorConfig config) : m_config(std::move(config)) {}

InsiSimulatorThread::~InsiSimulatorThread() = default;

domain::Result<std::unique_ptr<InsiSimulatorThread>> InsiSimulatorThread::start(const InsiSimulatorConfig &config)
{
    std::unique_ptr<InsiSimulatorThread> out(new InsiSimulatorThread(config));
    InsiSimulatorThread *self = out.get();
    auto thread = common::SimServerThread::start([config, self](QObject *owner) -> domain::Result<quint16> {
        auto server = InsiSimulatorServer::create(config);
        if (!server)
            return std::unexpected(server.error());
        self->m_handler = &(*server)->handler();
        const quint16 port = (*server)->serverPort();
        self->m_cpxPort = (*server)->cpxPort();
        (*server)->setParent(owner); // destroyed with its connections in the simulator's thread
        server->release();
        return port;
    });
    if (!thread)
        return std::unexpected(thread.error());
    out->m_thread = std::move(*thread);
    return out;
}

quint16 InsiSimulatorThread::port() const
{
    return m_thread->port();
}

QString InsiSimulatorThread::endpoint() const
{
    return QStringLiteral("https://127.0.0.1:%1%2").arg(port()).arg(m_config.path);
}

QString InsiSimulatorThread::cpxEndpoint() const
{
    return m_cpxPort == 0 ? QString() : QStringLiteral("https://127.0.0.1:%1%2").arg(m_cpxPort).arg(m_config.path);
}

QList<SimCallLog> InsiSimulatorThread::calls() const
{
    return m_handler != nullptr ? m_handler->calls() : QList<SimCallLog>();
}

} // namespace sgl::simulators::insi
