#pragma once

#include "domain/Error.h"
#include "simulators/common/SimServerThread.h"
#include "simulators/insi/InsiSimulatorConfig.h"
#include "simulators/insi/InsiSoapHandler.h"

#include <memory>

namespace sgl::simulators::insi {

/**
 * Runs an InsiSimulatorServer in its own thread with its own event loop (common::SimServerThread),
 * so blocking clients (libcurl in InsiClient) can call it from the current thread: tests and the
 * demo use this. start() returns once the server listens (or failed); the destructor stops it.
 */
class InsiSimulatorThread
{
public:
    ~InsiSimulatorThread();

    [[nodiscard]] static domain::Result<std::unique_ptr<InsiSimulatorThread>> start(const InsiSimulatorConfig &config);

    [[nodiscard]] quint16 port() const;
    /** https://127.0.0.1:<port><path> */
    [[nodiscard]] QString endpoint() const;
    /** https://127.0.0.1:<CPx port><path>, empty without config.cpx. */
    [[nodiscard]] QString cpxEndpoint() const;
    /** Calls seen so far (thread-safe). */
    [[nodiscard]] QList<SimCallLog> calls() const;

private:
    explicit InsiSimulatorThread(InsiSimulatorConfig config);

    InsiSimulatorConfig m_config;
    InsiSoapHandler *m_handler = nullptr; ///< owned by the server, in the simulator's thread
    quint16 m_cpxPort = 0;
    std::unique_ptr<common::SimServerThread> m_thread;
};

} // namespace sgl::simulators::insi
