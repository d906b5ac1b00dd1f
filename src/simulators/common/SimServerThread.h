#pragma once

#include "domain/Error.h"

#include <QMutex>
#include <QThread>
#include <QWaitCondition>

#include <functional>
#include <memory>
#include <optional>

namespace sgl::simulators::common {

/**
 * Runs a simulator in its own thread with its own event loop, so that blocking clients (libcurl)
 * can call it from the current thread: tests and the demo use this.
 *
 * The factory runs inside the new thread; it creates the server objects as children of `owner`
 * (a QObject living in that thread, destroyed there on stop) and returns the listening port.
 * start() returns once the factory returned (port or error); the destructor stops the thread.
 */
class SimServerThread : public QThread
{
    Q_OBJECT
public:
    using Factory = std::function<domain::Result<quint16>(QObject *owner)>;

    ~SimServerThread() override;
    [[nodiscard]] static domain::Result<std::unique_ptr<SimServerThread>> start(Factory factory);
    [[nodiscard]] quint16 port() const { return m_port; }

protected:
    void run() override;

private:
    explicit SimServerThread(Factory factory);

    Factory m_factory;
    quint16 m_port = 0;
    std::optional<domain::Error> m_error;
    QMutex m_mutex;
    QWaitCondition m_ready;
    bool m_started = false;
};

} // namespace sgl::simulators::common
