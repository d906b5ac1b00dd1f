#pragma once

#include "interop/astm/LinkDriver.h"

#include <QObject>
#include <QString>

class QTcpSocket;

namespace sgl::interop::astm {

/**
 * ASTM over a TCP connection the SGL opens (instrument or serial-to-TCP adapter listening).
 * connected() / disconnected() / connectionFailed() report the socket; the LinkDriver does the
 * protocol. A drop detaches the driver (partial message discarded); connectToHost() again to
 * reconnect.
 */
class TcpClientLink : public QObject {
    Q_OBJECT
public:
    explicit TcpClientLink(LinkOptions options = {}, TextEncoding encoding = TextEncoding::Latin1,
                           QObject *parent = nullptr);
    ~TcpClientLink() override;

    void connectToHost(const QString &host, quint16 port);
    void disconnectFromHost();
    [[nodiscard]] LinkDriver &driver() { return *m_driver; }

signals:
    void connected();
    void disconnected();
    void connectionFailed(const QString &code, const QString &message);

private:
    QTcpSocket *m_socket;
    LinkDriver *m_driver;
};

} // namespace sgl::interop::astm
