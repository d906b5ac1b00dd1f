#include "simulators/dmp/DmpSimulatorThread.h"

#include "simulators/dmp/DmpSimulatorServer.h"

#include <memory>

namespace sgl::simulators::dmp {

domain::Result<std::unique_ptr<DmpSimulatorThread>> DmpSimulatorThread::start(const DmpSimulatorConfig &config,
                                                                              std::unique_ptr<DmpSignatureVerifier> verifier)
{
    std::unique_ptr<DmpSimulatorThread> out(new DmpSimulatorThread);
    DmpSimulatorThread *self = out.get();
    // The factory runs once, in the new thread, before start() returns: moving the verifier in is safe.
    auto shared = std::make_shared<std::unique_ptr<DmpSignatureVerifier>>(std::move(verifier));
    auto thread = common::SimServerThread::start([config, shared, self](QObject *owner) -> domain::Result<quint16> {
        auto server = DmpSimulatorServer::create(config, std::move(*shared));
        if (!server)
            return std::unexpected(server.error());
        self->m_handler = &(*server)->handler();
        const quint16 port = (*server)->serverPort();
        (*server)->setParent(owner);
        server->release();
        return port;
    });
    if (!thread)
        return std::unexpected(thread.error());
    out->m_thread = std::move(*thread);
    return out;
}

QString DmpSimulatorThread::baseUrl() const
{
    return QStringLiteral("https://127.0.0.1:%1/si-dmp-server/v2/services").arg(port());
}

} // namespace sgl::simulators::dmp
