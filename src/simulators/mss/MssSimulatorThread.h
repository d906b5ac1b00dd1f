#pragma once

#include "domain/Error.h"
#include "simulators/common/SimServerThread.h"
#include "simulators/mss/MssMailStore.h"
#include "simulators/mss/MssSimulatorConfig.h"

#include <memory>

namespace sgl::simulators::mss {

/**
 * An MssSimulatorServer in its own thread (tests): blocking clients (libcurl, python) call it from
 * the current thread; store() is thread-safe and outlives the thread.
 */
class MssSimulatorThread
{
public:
    [[nodiscard]] static domain::Result<std::unique_ptr<MssSimulatorThread>> start(const MssSimulatorConfig &config);

    [[nodiscard]] quint16 smtpPort() const { return m_smtpPort; }
    [[nodiscard]] quint16 imapPort() const { return m_imapPort; }
    [[nodiscard]] QString smtpUrl() const;
    [[nodiscard]] QString imapUrl() const;
    [[nodiscard]] MssMailStore &store() { return *m_store; }

private:
    MssSimulatorThread() = default;
    quint16 m_smtpPort = 0;
    quint16 m_imapPort = 0;
    std::shared_ptr<MssMailStore> m_store;
    std::unique_ptr<common::SimServerThread> m_thread;
};

} // namespace sgl::simulators::mss
