#include "simulators/mss/MssSimulatorThread.h"

#include "simulators/mss/MssSimulatorServer.h"

namespace sgl::simulators::mss {

domain::Result<std::unique_ptr<MssSimulatorThread>> MssSimulatorThread::start(const MssSimulatorConfig &config)
{
    std::unique_ptr<MssSimulatorThread> out(new MssSimulatorThread);
    MssSimulatorThread *self = out.get();
    // The factory runs in the new thread before start() returns: writing self's members is safe.
    auto thread = common::SimServerThread::start([config, self](QObject *owner) -> domain::Result<quint16> {
        auto server = MssSimulatorServer::create(config);
        if (!server)
            return std::unexpected(server.error());
        self->m_smtpPort = (*server)->smtpPort();
        self->m_imapPort = (*server)->imapPort();
        self->m_store = (*server)->sharedStore();
        (*server)->setParent(owner);
        server->release();
        return self->m_smtpPort;
    });
    if (!thread)
        return std::unexpected(thread.error());
    out->m_thread = std::move(*thread);
    return out;
}

QString MssSimulatorThread::smtpUrl() const
{
    return QStringLiteral("smtp://127.0.0.1:%1").arg(m_smtpPort);
}

QString MssSimulatorThread::imapUrl() const
{
    return QStringLiteral("imap://127.0.0.1:%1").arg(m_imapPort);
}

} // namespace sgl::simulators::mss
