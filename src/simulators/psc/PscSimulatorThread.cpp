#include "simulators/psc/PscSimulatorThread.h"

#include "simulators/psc/PscSimulatorServer.h"

namespace sgl::simulators::psc {

PscSimulatorThread::~PscSimulatorThread() = default;

domain::Result<std::unique_ptr<PscSimulatorThread>> PscSimulatorThread::start(const PscSimConfig &config)
{
    std::unique_ptr<PscSimulatorThread> out(new PscSimulatorThread());
    PscSimulatorThread *self = out.get();
    auto thread = common::SimServerThread::start([config, self](QObject *owner) -> domain::Result<quint16> {
        auto server = PscSimulatorServer::create(config);
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

quint16 PscSimulatorThread::port() const
{
    return m_thread->port();
}

QString PscSimulatorThread::issuer() const
{
    return m_handler->issuer();
}

} // namespace sgl::simulators::psc
