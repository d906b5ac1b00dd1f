#include "interop/astm/TcpClientLink.h"

#include "interop/astm/ErrorCodes.h"
#include "interop/astm/Tr.h"

#include <QTcpSocket>

namespace sgl::interop::astm {

TcpClientLink::TcpClientLink(LinkOptions options, TextEncoding encoding, QObject *parent)
    : QObject(parent), m_socket(new QTcpSocket(this)), m_driver(new LinkDriver(options, encoding, this))
{
    connect(m_socket, &QTcpSocket::connected, this, [this] {
        m_driver->attach(m_socket);
        emit connected();
    });
    connect(m_socket, &QTcpSocket::disconnected, this, [this] {
        if (m_driver->attached())
            m_driver->detach();
        emit disconnected();
    });
    connect(m_socket, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError error) {
        if (error == QAbstractSocket::RemoteHostClosedError)
            return; // reported by disconnected()
        emit connectionFailed(errc::ConnectFailed,
                              Tr::tr("Connexion TCP à l'analyseur impossible : %1").arg(m_socket->errorString()));
    });
}

TcpClientLink::~TcpClientLink()
{
    m_socket->disconnect(this);
}

void TcpClientLink::connectToHost(const QString &host, quint16 port)
{
    m_socket->connectToHost(host, port);
}

void TcpClientLink::disconnectFromHost()
{
    m_socket->disconnectFromHost();
}

} // namespace sgl::interop::astm
