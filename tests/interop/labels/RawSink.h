#pragma once

// A stand-in for a label printer's raw port: a loopback TCP server, in its own thread, that takes
// one connection and keeps every byte until the sender closes. Tests wait on its future (the
// event), never on a delay.

#include <QByteArray>

#include <future>
#include <thread>

namespace sgl::interop::labels::testing {

class RawSink {
public:
    RawSink();
    ~RawSink();
    RawSink(const RawSink &) = delete;
    RawSink &operator=(const RawSink &) = delete;

    /** Port listened on (loopback); 0 when the server could not listen. */
    [[nodiscard]] quint16 port() const { return m_port; }
    /** The bytes of the first connection, once its sender closed (empty after 60 s without one). */
    [[nodiscard]] QByteArray received();

private:
    std::thread m_thread;
    quint16 m_port = 0;
    std::future<QByteArray> m_bytes;
};

} // namespace sgl::interop::labels::testing
