#pragma once

#include "domain/Error.h"
#include "simulators/common/SimServerThread.h"
#include "simulators/psc/PscSimConfig.h"
#include "simulators/psc/PscSimHandler.h"

#include <memory>

namespace sgl::simulators::psc {

/**
 * Runs a PscSimulatorServer in its own thread (common::SimServerThread) so that blocking clients
 * (libcurl) can call it from the current thread: tests and the demo. handler() gives the test hooks
 * (thread-safe). start() returns once the server listens (or failed); the destructor stops it.
 */
class PscSimulatorThread
{
public:
    ~PscSimulatorThread();

    [[nodiscard]] static domain::Result<std::unique_ptr<PscSimulatorThread>> start(const PscSimConfig &config);

    [[nodiscard]] quint16 port() const;
    /** https://127.0.0.1:<port>/auth/realms/esante-wallet */
    [[nodiscard]] QString issuer() const;
    [[nodiscard]] PscSimHandler &handler() { return *m_handler; }

private:
    PscSimulatorThread() = default;

    PscSimHandler *m_handler = nullptr; ///< owned by the server, in the simulator's thread
    std::unique_ptr<common::SimServerThread> m_thread;
};

} // namespace sgl::simulators::psc
