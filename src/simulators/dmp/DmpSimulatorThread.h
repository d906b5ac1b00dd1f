#pragma once

#include "domain/Error.h"
#include "simulators/common/SimServerThread.h"
#include "simulators/dmp/DmpHandler.h"

#include <memory>

namespace sgl::simulators::dmp {

/**
 * A DmpSimulatorServer in its own thread (tests, demo): blocking clients call it from the
 * current thread. registry(), faults() and calls() are thread-safe; the handler lives until the
 * thread object is destroyed.
 */
class DmpSimulatorThread
{
public:
    [[nodiscard]] static domain::Result<std::unique_ptr<DmpSimulatorThread>> start(
        const DmpSimulatorConfig &config, std::unique_ptr<DmpSignatureVerifier> verifier);

    [[nodiscard]] quint16 port() const { return m_thread->port(); }
    /** https://127.0.0.1:<port>/si-dmp-server/v2/services (append /patients, /repository, /registry). */
    [[nodiscard]] QString baseUrl() const;
    [[nodiscard]] DmpRegistry &registry() { return m_handler->registry(); }
    [[nodiscard]] DmpFaultInjector &faults() { return m_handler->faults(); }
    [[nodiscard]] QList<DmpCallLog> calls() const { return m_handler->calls(); }
    [[nodiscard]] DmpHandler &handler() { return *m_handler; }

private:
    DmpSimulatorThread() = default;
    DmpHandler *m_handler = nullptr;          ///< owned by the server, in the thread
    std::unique_ptr<common::SimServerThread> m_thread;
};

} // namespace sgl::simulators::dmp
