#pragma once

#include "domain/Error.h"

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QString>
#include <QTimer>
#include <QUrl>

#include <chrono>

class QTcpServer;
class QTcpSocket;

namespace sgl::interop::psc {

/**
 * The workstation side of the loopback redirect (RFC 8252 §7.3, docs/decisions/0003-psc-flow.md):
 * listens on 127.0.0.1:<port> for the ONE browser redirect `GET <path>?code=…&state=…` of the
 * attempt under way, answers the browser with a short French page, emits received(url) and stops
 * listening.
 *
 * - A request for another path gets 404 and the listener keeps waiting (favicon, curious tab).
 * - A request whose `state` is not the pending one gets 400 (« Réponse inattendue ») and the
 *   listener keeps waiting: a stale tab or another site must not cancel the real attempt. The
 *   state comparison is repeated by PscSignIn::complete(), this is the early filter.
 * - Without the redirect before the timeout, failed("psc.timeout") and the listener stops.
 * - start() fails with "psc.loopback" when the port cannot be bound (another SGL, another app).
 *
 * Lives in the GUI thread (Qt event loop); nothing blocking; the code in the redirect is passed on
 * as is and never logged.
 */
class PscLoopbackListener : public QObject
{
    Q_OBJECT
public:
    static constexpr std::chrono::milliseconds kDefaultTimeout{std::chrono::minutes(3)};

    explicit PscLoopbackListener(QObject *parent = nullptr);
    ~PscLoopbackListener() override;

    /** Listens for one redirect to http://127.0.0.1:port<path> carrying expectedState. port 0 = ephemeral. */
    [[nodiscard]] domain::Status start(quint16 port, const QString &expectedState,
                                       std::chrono::milliseconds timeout = kDefaultTimeout,
                                       const QString &path = QStringLiteral("/psc/callback"));
    /** Stops listening without emitting anything (Annuler, dialog closed). */
    void stop();
    [[nodiscard]] bool isListening() const;
    [[nodiscard]] quint16 port() const { return m_port; }

signals:
    /** The redirect of the pending attempt (full URL, with code or error): the listener has stopped. */
    void received(const QUrl &callback);
    /** Timeout: the listener has stopped. */
    void failed(const sgl::domain::Error &error);

private:
    void onConnection();
    void onReadable(QTcpSocket *socket);
    void answer(QTcpSocket *socket, int status, const QString &title, const QString &text);

    QTcpServer *m_server = nullptr;
    QTimer m_timer;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QString m_state;
    QString m_path;
    quint16 m_port = 0;
    std::chrono::milliseconds m_timeout{kDefaultTimeout};
};

} // namespace sgl::interop::psc
