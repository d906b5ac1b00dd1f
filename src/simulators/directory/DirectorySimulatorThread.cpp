#include "simulators/directory/DirectorySimulatorThread.h"

#include "simulators/directory/DirectorySimulatorServer.h"

namespace sgl::simulators::directory {

DirectorySimulatorThread::~DirectorySimulatorThread() = default;

domain::Result<std::unique_ptr<DirectorySimulatorThread>> DirectorySimulatorThread::start(const DirectorySimConfig &config)
{
    std::unique_ptr<DirectorySimulatorThread> out(new DirectorySimulatorThread());
    DirectorySimulatorThread *self = out.get();
    auto thread = common::SimServerThread::start([config, self](QObject *owner) -> domain::Result<quint16> {
        auto server = DirectorySimulatorServer::create(config);
        if (!server)
            return std::unexpected(server.error());
        self->m_handler = &(*server)->handler();
        const quint16 port = (*server)->serverPort();
        (*server)->setParent(owner); // destroyed with its connections in the simulator's thread
        server->release();
        return port;
    });
    if (!thread)
        return std::unexpected(thread.error());
    out->m_thread = std::move(*thread);
    return out;
}

quint16 DirectorySimulatorThread::port() const
{
    return m_thread->port();
}

QString DirectorySimulatorThread::baseUrl() const
{
    return QStringLiteral("https://127.0.0.1:%1/fhir/v2").arg(port());
}

} // namespace sgl::simulators::directory
