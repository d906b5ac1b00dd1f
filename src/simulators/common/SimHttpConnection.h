#pragma once

#include "simulators/common/SimHttp.h"

#include <QByteArray>
#include <QObject>
#include <QSslSocket>
#include <QTimer>

namespace sgl::simulators::common {

/**
 * One HTTPS connection of a simulator: a minimal HTTP/1.1 server side (one POST with
 * Content-Length, then "Connection: close"). Malformed HTTP gets 400, wrong method 405, unknown
 * path 404, missing length or chunked body 411, oversize 413 (all before the body is read); an
 * "Expect: 100-continue" gets its interim answer. The verified client certificate's
 * CN and subject are passed to the handler. Deletes itself when the socket closes.
 * The handler and config must outlive the connection (the server owns both).
 */
class SimHttpConnection : public QObject
{
    Q_OBJECT
public:
    SimHttpConnection(QSslSocket *socket, SimHttpHandler *handler, const SimHttpConfig &config, QObject *parent);

private:
    void onReadyRead();
    void respond(const SimHttpResponse &response);
    void sendNow(const SimHttpResponse &response);
    void plain(int status, const QByteArray &text);

    QSslSocket *m_socket;
    SimHttpHandler *m_handler;
    const SimHttpConfig &m_config;
    QByteArray m_buffer;
    QTimer m_idle;
    bool m_done = false;
    bool m_continued = false; ///< "100 Continue" already sent

};

} // namespace sgl::simulators::common
