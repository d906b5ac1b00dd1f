#pragma once

#include "domain/Error.h"
#include "interop/astm/LinkDriver.h"

#include <QHostAddress>
#include <QList>
#include <QObject>

class QTcpServer;
class QTcpSocket;

namespace sgl::interop::astm {

/**
 * ASTM listener: each accepted TCP connection gets its own LinkDriver (one state machine per
 * connection), announced by connectionOpened(); a closed connection detaches and deletes its
 * driver after connectionClosed(). listen() with port 0 keeps the port chosen by the system
 * (port()), so tests never probe-then-reuse a port.
 */
class TcpServerLink : public QObject {
    Q_OBJECT
public:
    explicit TcpServerLink(LinkOptions options = {}, TextEncoding encoding = TextEncoding::Latin1,
                           QObject *parent = nullptr);
    ~TcpServerLink() override;

    /** Fails with astm.listen_failed. */
    [[nodiscard]] domain::Status listen(const QHostAddress &address, quint16 port);
    [[nodiscard]] quint16 port() const;
    void close();
    [[nodiscard]] QList<LinkDriver *> drivers() const;

signals:
    void connectionOpened(sgl::interop::astm::LinkDriver *driver, const QString &peer);
    void connectionClosed(sgl::interop::astm::LinkDriver *driver, const QString &peer);

private:
    void onNewConnection();

    LinkOptions m_options;
    TextEncoding m_encoding;
    QTcpServer *m_server;
    QHash<QTcpSocket *, LinkDriver *> m_drivers;
};

} // namespace sgl::interop::astm
