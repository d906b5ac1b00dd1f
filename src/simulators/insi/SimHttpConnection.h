#pragma once

#include "simulators/insi/InsiSimulatorConfig.h"
#include "simulators/insi/InsiSoapHandler.h"

#include <QByteArray>
#include <QObject>
#include <QSslSocket>
#include <QTimer>

namespace sgl::simulators::insi {

/**
 * One HTTPS connection of the simulator: a minimal HTTP/1.1 server side (one POST with
 * Content-Length, then "Connection: close"). Malformed HTTP gets 400, wrong method 405, wrong
 * path 404, missing length 411, oversize 413. The verified client certificate's CN is passed
 * to the handler. Deletes itself when the socket closes.
 */
class SimHttpConnection : public QObject
{
    Q_OBJECT
public:
    SimHttpConnection(QSslSocket *socket, InsiSoapHandler *handler, const InsiSimulatorConfig &config,
                      QObject *parent);

private:
    void onReadyRead();
    void respond(const SimResponse &response);
    void sendNow(const SimResponse &response);
    void plain(int status, const QByteArray &text);

    QSslSocket *m_socket;
    InsiSoapHandler *m_handler;
    const InsiSimulatorConfig &m_config;
    QByteArray m_buffer;
    QTimer m_idle;
    bool m_done = false;
};

} // namespace sgl::simulators::insi
