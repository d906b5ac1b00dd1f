#pragma once

#include "domain/Error.h"
#include "simulators/common/SimServerThread.h"
#include "simulators/directory/DirectorySimConfig.h"
#include "simulators/directory/DirectorySimHandler.h"

#include <memory>

namespace sgl::simulators::directory {

/**
 * Runs a DirectorySimulatorServer in its own thread (common::SimServerThread) so that the blocking
 * FHIR client (libcurl) can call it from the current thread: tests and the demo. handler() gives
 * the test hooks (thread-safe). The destructor stops the server.
 */
class DirectorySimulatorThread
{
public:
    ~DirectorySimulatorThread();

    [[nodiscard]] static domain::Result<std::unique_ptr<DirectorySimulatorThread>> start(const DirectorySimConfig &config);

    [[nodiscard]] quint16 port() const;
    /** https://127.0.0.1:<port>/fhir/v2 */
    [[nodiscard]] QString baseUrl() const;
    [[nodiscard]] DirectorySimHandler &handler() { return *m_handler; }

private:
    DirectorySimulatorThread() = default;

    DirectorySimHandler *m_handler = nullptr; ///< owned by the server, in the simulator's thread
    std::unique_ptr<common::SimServerThread> m_thread;
};

} // namespace sgl::simulators::directory
