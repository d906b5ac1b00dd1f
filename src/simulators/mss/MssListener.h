#pragma once

#include <QTcpServer>

#include <functional>

class QSslSocket;

namespace sgl::simulators::mss {

/** A loopback listener handing each accepted connection, as a clear-text QSslSocket, to a callback. */
class MssListener : public QTcpServer
{
    Q_OBJECT
public:
    explicit MssListener(std::function<void(QSslSocket *)> onConnection, QObject *parent = nullptr);

protected:
    void incomingConnection(qintptr socketDescriptor) override;

private:
    std::function<void(QSslSocket *)> m_onConnection;
};

} // namespace sgl::simulators::mss
