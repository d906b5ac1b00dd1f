#pragma once

#include "domain/Error.h"

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QObject>

#include <functional>
#include <optional>

class QTcpServer;
class QTcpSocket;

namespace sgl::interop::hl7v2 {

class MllpCodec;

/**
 * MLLP listener: accepts TCP connections, unframes messages and hands each payload to the handler,
 * then writes back the framed response the handler returns (nothing when it returns nullopt).
 *
 * Contract: messages of one connection are handled one at a time, in arrival order, on the thread
 * owning the server (the handler runs synchronously in the Qt event loop, so connections are also
 * serialised). The handler must not throw. Oversized frames are dropped and reported through
 * frameRejected().
 */
class MllpServer : public QObject {
    Q_OBJECT
public:
    /** Receives one unframed message and the peer ("host:port"); returns the unframed answer. */
    using Handler = std::function<std::optional<QByteArray>(const QByteArray &message,
                                                            const QString &peer)>;

    explicit MllpServer(Handler handler, QObject *parent = nullptr,
                        qsizetype maxFrameSize = 64 * 1024 * 1024);
    ~MllpServer() override;

    /** Starts listening; port 0 picks a free port (see port()). */
    [[nodiscard]] domain::Status listen(const QHostAddress &address, quint16 port);
    [[nodiscard]] quint16 port() const;
    void close();

signals:
    void messageHandled(const QString &peer);
    void frameRejected(const QString &peer, const QString &reason);

private:
    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);

    Handler m_handler;
    qsizetype m_maxFrameSize;
    QTcpServer *m_server;
    QHash<QTcpSocket *, MllpCodec *> m_codecs;
};

} // namespace sgl::interop::hl7v2
