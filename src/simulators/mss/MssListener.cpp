#include "simulators/mss/MssListener.h"

#include <QSslSocket>

namespace sgl::simulators::mss {

MssListener::MssListener(std::function<void(QSslSocket *)> onConnection, QObject *parent)
    : QTcpServer(parent), m_onConnection(std::move(onConnection))
{
}

void MssListener::incomingConnection(qintptr socketDescriptor)
{
    auto *socket = new QSslSocket;
    if (!socket->setSocketDescriptor(socketDescriptor)) {
        delete socket;
        return;
    }
    m_onConnection(socket);
}

} // namespace sgl::simulators::mss
