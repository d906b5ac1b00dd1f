#include "interop/psc/PscLoopbackListener.h"

#include "interop/psc/ErrorCodes.h"
#include "interop/psc/Tr.h"

#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrlQuery>

namespace sgl::interop::psc {

namespace {
/** A browser request line and headers stay far below this; more is not a redirect. */
constexpr qsizetype kMaxRequestBytes = 16 * 1024;
} // namespace

PscLoopbackListener::PscLoopbackListener(QObject *parent) : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        const auto seconds = std::chrono::duration_cast<std::chrono::seconds>(m_timeout).count();
        stop();
        emit failed(domain::Error{QString(errc::Timeout),
                                  Tr::tr("Aucune réponse de Pro Santé Connect dans le navigateur après %1 : connexion "
                                         "abandonnée. Recommencez.")
                                      .arg(seconds >= 60 && seconds % 60 == 0
                                               ? Tr::tr("%1 min").arg(seconds / 60)
                                               : Tr::tr("%1 s").arg(seconds)),
                                  {}});
    });
}

PscLoopbackListener::~PscLoopbackListener() = default;

domain::Status PscLoopbackListener::start(quint16 port, const QString &expectedState,
                                          std::chrono::milliseconds timeout, const QString &path)
{
    stop();
    m_server = new QTcpServer(this);
    // Loopback only: the redirect comes from this workstation's browser, never from the network.
    if (!m_server->listen(QHostAddress::LocalHost, port)) {
        const QString reason = m_server->errorString();
        delete m_server;
        m_server = nullptr;
        return domain::fail(errc::Loopback,
                            Tr::tr("Impossible d'attendre le retour de Pro Santé Connect sur le port %1 du poste (%2) : "
                                   "une autre application l'utilise-t-elle ?")
                                .arg(port)
                                .arg(reason));
    }
    m_port = m_server->serverPort();
    m_state = expectedState;
    m_path = path;
    m_timeout = timeout;
    connect(m_server, &QTcpServer::newConnection, this, &PscLoopbackListener::onConnection);
    m_timer.start(timeout);
    return {};
}

void PscLoopbackListener::stop()
{
    m_timer.stop();
    if (m_server != nullptr) {
        m_server->close();
        m_server->deleteLater();
        m_server = nullptr;
    }
}

bool PscLoopbackListener::isListening() const
{
    return m_server != nullptr && m_server->isListening();
}

void PscLoopbackListener::onConnection()
{
    while (m_server != nullptr && m_server->hasPendingConnections()) {
        QTcpSocket *socket = m_server->nextPendingConnection();
        // Parented to this, not to the server: the answer must outlive stop().
        socket->setParent(this);
        m_buffers.insert(socket, {});
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadable(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_buffers.remove(socket);
            socket->deleteLater();
        });
    }
}

void PscLoopbackListener::onReadable(QTcpSocket *socket)
{
    QByteArray &buffer = m_buffers[socket];
    buffer += socket->readAll();
    if (buffer.size() > kMaxRequestBytes) {
        answer(socket, 400, Tr::tr("Requête refusée"), Tr::tr("Requête trop longue."));
        return;
    }
    if (!buffer.contains("\r\n\r\n"))
        return; // headers not complete yet
    const QList<QByteArray> requestLine = buffer.left(buffer.indexOf("\r\n")).split(' ');
    if (requestLine.size() != 3 || requestLine.at(0) != "GET") {
        answer(socket, 400, Tr::tr("Requête refusée"), Tr::tr("Seul le retour de connexion est attendu ici."));
        return;
    }
    const QUrl target = QUrl::fromEncoded(QByteArray("http://127.0.0.1:") + QByteArray::number(m_port)
                                          + requestLine.at(1));
    if (!target.isValid() || target.path() != m_path || m_server == nullptr) {
        answer(socket, 404, Tr::tr("Page introuvable"),
               Tr::tr("Cette adresse du poste n'attend que le retour de Pro Santé Connect."));
        return;
    }
    const QUrlQuery query(target);
    if (query.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded) != m_state) {
        answer(socket, 400, Tr::tr("Réponse inattendue"),
               Tr::tr("Ce retour de connexion ne correspond pas à la demande en cours du SGL (page rechargée ou "
                      "ancienne demande). Revenez au SGL et recommencez si besoin."));
        return;
    }
    const bool refused = query.hasQueryItem(QStringLiteral("error"));
    answer(socket, 200, refused ? Tr::tr("Connexion refusée") : Tr::tr("Connexion réussie"),
           refused ? Tr::tr("Pro Santé Connect a refusé la connexion. Revenez au SGL pour en voir la raison.")
                   : Tr::tr("Connexion réussie, vous pouvez revenir au SGL et fermer cet onglet."));
    stop();
    emit received(target);
}

void PscLoopbackListener::answer(QTcpSocket *socket, int status, const QString &title, const QString &text)
{
    const QByteArray reason = status == 200 ? "OK" : status == 404 ? "Not Found" : "Bad Request";
    const QByteArray body = QStringLiteral("<!DOCTYPE html><html lang=\"fr\"><head><meta charset=\"utf-8\">"
                                           "<title>SGL – %1</title></head><body style=\"font-family:sans-serif\">"
                                           "<h1>%1</h1><p>%2</p></body></html>")
                                .arg(title.toHtmlEscaped(), text.toHtmlEscaped())
                                .toUtf8();
    QByteArray response = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\n";
    response += "Content-Type: text/html; charset=utf-8\r\n";
    response += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    response += "Cache-Control: no-store\r\nConnection: close\r\n\r\n";
    response += body;
    m_buffers.remove(socket);
    disconnect(socket, &QTcpSocket::readyRead, this, nullptr);
    socket->write(response);
    // Sent now: the caller may block (code exchange) before the event loop runs again.
    socket->flush();
    socket->disconnectFromHost();
}

} // namespace sgl::interop::psc
