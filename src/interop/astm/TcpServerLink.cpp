#include "interop/astm/TcpServerLink.h"

#include "interop/astm/ErrorCodes.h"
#include "interop/astm/Tr.h"

#include <QTcpServer>
#include <QTcpSocket>

namespace sgl::interop::astm {

TcpServerLink::TcpServerLink(LinkOptions options, TextEncoding encoding, QObject *parent)
    : QObject(parent), m_options(options), m_encoding(encoding), m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, &TcpServerLink::onNewConnection);
}

TcpServerLink::~TcpServerLink()
{
    for (auto it = m_drivers.begin(); it != m_drivers.end(); ++it)
        it.key()->disconnect(this);
}

domain::Status TcpServerLink::listen(const QHostAddress &address, quint16 port)
{
    if (!m_server->listen(address, port)) {
        return domain::fail(errc::ListenFailed,
                            Tr::tr("Impossible d'écouter sur %1:%2 : %3")
                                .arg(address.toString()).arg(port).arg(m_server->errorString()));
    }
    return {};
}

quint16 TcpServerLink::port() const
{
    return m_server->serverPort();
}

void TcpServerLink::close()
{
    m_server->close();
    for (auto it = m_drivers.begin(); it != m_drivers.end(); ++it)
        it.key()->disconnectFromHost();
}

QList<LinkDriver *> TcpServerLink::drivers() const
{
    return m_drivers.values();
}

void TcpServerLink::onNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        auto *driver = new LinkDriver(m_options, m_encoding, this);
        m_drivers.insert(socket, driver);
        const QString peer = socket->peerAddress().toString() + u':' + QString::number(socket->peerPort());
        connect(socket, &QTcpSocket::disconnected, this, [this, socket, driver, peer] {
            driver->detach();
            m_drivers.remove(socket);
            emit connectionClosed(driver, peer);
            driver->deleteLater();
            socket->deleteLater();
        });
        driver->attach(socket);
        emit connectionOpened(driver, peer);
    }
}

} // namespace sgl::interop::astm
