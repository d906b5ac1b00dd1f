#pragma once

// A loopback TCP port on which every connection is refused, for the tests of "service
// unreachable" errors. The port is bound by a socket that never listens: the kernel answers RST
// to a connection, and no other process can take the port while this object lives. (Probing a
// free port, closing it and connecting later is a race: another test may listen there meanwhile.)

#include <QHostAddress>
#include <QTcpSocket>

namespace sgl::testing {

class RefusingPort {
public:
    RefusingPort() { m_bound = m_socket.bind(QHostAddress::LocalHost, 0); }
    /** False when no port could be bound (then port() is 0). */
    [[nodiscard]] bool isValid() const { return m_bound && m_socket.localPort() != 0; }
    [[nodiscard]] quint16 port() const { return m_socket.localPort(); }

private:
    QTcpSocket m_socket;
    bool m_bound = false;
};

} // namespace sgl::testing
