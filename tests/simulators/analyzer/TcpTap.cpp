#include "TcpTap.h"

#include "SimTestSupport.h"

#include <QTcpSocket>

namespace sgl::simulators::analyzer::testing {

TcpTap::TcpTap(quint16 targetPort) : m_target(targetPort)
{
    app();
    connect(&m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *in = m_server.nextPendingConnection()) {
            const qsizetype index = connections.size();
            connections.append(Connection{});
            auto *out = new QTcpSocket(in);
            // Bytes that come before the upstream connection is open wait in `in`'s buffer.
            auto forward = [this, in, out, index] {
                if (out->state() != QAbstractSocket::ConnectedState || !in->isOpen())
                    return;
                const QByteArray bytes = in->readAll();
                if (bytes.isEmpty())
                    return;
                connections[index].upstream += bytes;
                ++connections[index].reads;
                out->write(bytes);
            };
            connect(in, &QTcpSocket::readyRead, this, forward);
            connect(out, &QTcpSocket::connected, this, forward);
            connect(out, &QTcpSocket::readyRead, this, [in, out] { in->write(out->readAll()); });
            connect(in, &QTcpSocket::disconnected, this, [this, in, out, index, forward] {
                forward();
                connections[index].closedBySimulator = true;
                out->disconnectFromHost();
                in->deleteLater();
            });
            connect(out, &QTcpSocket::disconnected, this, [in] { in->disconnectFromHost(); });
            out->connectToHost(QHostAddress::LocalHost, m_target);
        }
    });
    (void)m_server.listen(QHostAddress::LocalHost, 0);
}

} // namespace sgl::simulators::analyzer::testing
