#include "RawSink.h"

#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>

#include <memory>

namespace sgl::interop::labels::testing {

namespace {
constexpr int SafetyTimeoutMs = 60000; // only bounds a broken test; success never waits for it
}

RawSink::RawSink()
{
    std::promise<quint16> port;
    auto portReady = port.get_future();
    std::promise<QByteArray> bytes;
    m_bytes = bytes.get_future();
    m_thread = std::thread([port = std::move(port), bytes = std::move(bytes)]() mutable {
        QTcpServer server;
        if (!server.listen(QHostAddress::LocalHost, 0)) {
            port.set_value(0);
            bytes.set_value({});
            return;
        }
        port.set_value(server.serverPort());
        QByteArray data;
        if (server.waitForNewConnection(SafetyTimeoutMs)) {
            std::unique_ptr<QTcpSocket> socket(server.nextPendingConnection());
            // Read until the sender closes: waitForReadyRead returns false once it has.
            do {
                data += socket->readAll();
            } while (socket->waitForReadyRead(SafetyTimeoutMs));
            data += socket->readAll();
        }
        bytes.set_value(data);
    });
    m_port = portReady.get();
}

RawSink::~RawSink()
{
    if (m_thread.joinable())
        m_thread.join();
}

QByteArray RawSink::received()
{
    return m_bytes.valid() ? m_bytes.get() : QByteArray();
}

} // namespace sgl::interop::labels::testing
