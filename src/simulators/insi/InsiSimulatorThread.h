#pragma once

#include "domain/Error.h"
#include "simulators/insi/InsiSimulatorConfig.h"
#include "simulators/insi/InsiSoapHandler.h"

#include <QMutex>
#include <QThread>
#include <QWaitCondition>

#include <memory>

namespace sgl::simulators::insi {

class InsiSimulatorServer;

/**
 * Runs an InsiSimulatorServer in its own thread with its own event loop, so blocking clients
 * (libcurl in InsiClient) can call it from the current thread: tests and the demo use this.
 * start() returns once the server listens (or failed); the destructor stops it.
 */
class InsiSimulatorThread : public QThread
{
    Q_OBJECT
public:
    ~InsiSimulatorThread() override;

    [[nodiscard]] static domain::Result<std::unique_ptr<InsiSimulatorThread>> start(const InsiSimulatorConfig &config);

    [[nodiscard]] quint16 port() const { return m_port; }
    /** https://127.0.0.1:<port><path> */
    [[nodiscard]] QString endpoint() const;
    /** Calls seen so far (thread-safe). */
    [[nodiscard]] QList<SimCallLog> calls() const;

protected:
    void run() override;

private:
    explicit InsiSimulatorThread(InsiSimulatorConfig config);

    InsiSimulatorConfig m_config;
    quint16 m_port = 0;
    std::optional<domain::Error> m_error;
    InsiSoapHandler *m_handler = nullptr;
    mutable QMutex m_mutex;
    QWaitCondition m_ready;
    bool m_started = false;
};

} // namespace sgl::simulators::insi
