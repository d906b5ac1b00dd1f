#pragma once

#include <QByteArray>
#include <QList>
#include <QTcpServer>

namespace sgl::simulators::analyzer::testing {

/**
 * A TCP relay between the simulator and a host, recording what the simulator really put on the
 * wire: the bytes of each connection and how many reads they arrived in. Closing one side
 * closes the other.
 */
class TcpTap : public QObject {
public:
    explicit TcpTap(quint16 targetPort);

    [[nodiscard]] quint16 port() const { return m_server.serverPort(); }

    struct Connection {
        QByteArray upstream; ///< simulator -> host
        int reads = 0;
        bool closedBySimulator = false;
    };
    QList<Connection> connections;

private:
    QTcpServer m_server;
    quint16 m_target;
};

} // namespace sgl::simulators::analyzer::testing
