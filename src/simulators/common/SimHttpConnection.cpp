#include "simulators/common/SimHttpConnection.h"

#include <QSslCertificate>

namespace sgl::simulators::common {

namespace {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200: return QByteArrayLiteral("OK");
    case 204: return QByteArrayLiteral("No Content");
    case 302: return QByteArrayLiteral("Found");
    case 400: return QByteArrayLiteral("Bad Request");
    case 401: return QByteArrayLiteral("Unauthorized");
    case 403: return QByteArrayLiteral("Forbidden");
    case 404: return QByteArrayLiteral("Not Found");
    case 405: return QByteArrayLiteral("Method Not Allowed");
    case 411: return QByteArrayLiteral("Length Required");
    case 413: return QByteArrayLiteral("Payload Too Large");
    case 415: return QByteArrayLiteral("Unsupported Media Type");
    case 500: return QByteArrayLiteral("Internal Server Error");
    case 503: return QByteArrayLiteral("Service Unavailable");
    default: return QByteArrayLiteral("Status");
    }
}

} // namespace

SimHttpConnection::SimHttpConnection(QSslSocket *socket, SimHttpHandler *handler, const SimHttpConfig &config,
                                     QObject *parent)
    : QObject(parent), m_socket(socket), m_handler(handler), m_config(config)
{
    m_socket->setParent(this);
    connect(m_socket, &QSslSocket::readyRead, this, &SimHttpConnection::onReadyRead);
    connect(m_socket, &QSslSocket::disconnected, this, &QObject::deleteLater);
    connect(m_socket, &QSslSocket::sslErrors, this, [this] { m_socket->abort(); });
    connect(m_socket, &QSslSocket::errorOccurred, this, [this](QAbstractSocket::SocketError) {
        if (m_socket->state() != QAbstractSocket::ConnectedState)
            deleteLater();
    });
    // A client that never completes its request does not hold the connection forever.
    m_idle.setSingleShot(true);
    m_idle.setInterval(30000 + m_config.delayMs);
    connect(&m_idle, &QTimer::timeout, this, [this] { m_socket->abort(); deleteLater(); });
    m_idle.start();
}

void SimHttpConnection::onReadyRead()
{
    if (m_done)
        return;
    m_buffer += m_socket->readAll();
    const qsizetype end = m_buffer.indexOf("\r\n\r\n");
    if (end < 0) {
        if (m_buffer.size() > 64 * 1024)
            plain(400, "Headers too large");
        return;
    }
    const QList<QByteArray> lines = m_buffer.left(end).split('\n');
    const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
    if (requestLine.size() != 3 || !requestLine[2].startsWith("HTTP/1.")) {
        plain(400, "Malformed request line");
        return;
    }
    qint64 length = -1;
    bool expectContinue = false;
    SimHttpRequest request;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines[i].indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = lines[i].left(colon).trimmed().toLower();
        const QByteArray value = lines[i].mid(colon + 1).trimmed();
        request.headers.append({name, value});
        if (name == "content-length") {
            bool ok = false;
            length = value.toLongLong(&ok);
            if (!ok || length < 0) {
                plain(400, "Bad Content-Length");
                return;
            }
        } else if (name == "content-type") {
            request.contentType = QString::fromUtf8(value);
        } else if (name == "soapaction") {
            request.soapActionHeader = value;
        } else if (name == "authorization") {
            request.authorization = value;
        } else if (name == "expect") {
            expectContinue = value.toLower() == "100-continue";
        } else if (name == "transfer-encoding") {
            plain(411, "Chunked bodies are not supported");
            return;
        }
    }
    const QByteArray target = requestLine[1];
    const qsizetype question = target.indexOf('?');
    request.path = QString::fromUtf8(question < 0 ? target : target.left(question));
    if (question >= 0)
        request.query = target.mid(question + 1);
    if (requestLine[0] == "GET" && m_config.getPaths.contains(request.path)) {
        m_done = true;
        request.method = requestLine[0];
        const QSslCertificate peer = m_socket->peerCertificate();
        request.clientCertSubject = peer.isNull() ? QString() : peer.subjectDisplayName();
        respond(m_handler->handle(request));
        return;
    }
    if (requestLine[0] != "POST") {
        plain(405, "POST only");
        return;
    }
    if (!m_config.paths.contains(request.path)) {
        plain(404, "Unknown path");
        return;
    }
    if (length < 0) {
        plain(411, "Content-Length required");
        return;
    }
    if (length > m_config.maxRequestBytes) {
        plain(413, "Request too large");
        return;
    }
    const QByteArray body = m_buffer.mid(end + 4);
    if (body.size() < length) {
        // libcurl asks before sending a large body; without this it waits a second per request.
        if (expectContinue && !m_continued) {
            m_continued = true;
            m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
        }
        return; // wait for the rest
    }
    m_done = true;
    request.body = body.left(length);
    const QSslCertificate peer = m_socket->peerCertificate();
    if (!peer.isNull()) {
        const QStringList cn = peer.subjectInfo(QSslCertificate::CommonName);
        request.clientCertCn = cn.isEmpty() ? QString() : cn.first();
        request.clientCertSubject = peer.subjectDisplayName();
    }
    respond(m_handler->handle(request));
}

void SimHttpConnection::respond(const SimHttpResponse &response)
{
    SimHttpResponse out = response;
    if (m_config.malformedAnswers) {
        out.status = 200;
        out.body = response.body.left(response.body.size() / 2);
    }
    const int delay = m_config.delayMs + out.delayMs;
    if (delay > 0)
        QTimer::singleShot(delay, this, [this, out] { sendNow(out); });
    else
        sendNow(out);
}

void SimHttpConnection::sendNow(const SimHttpResponse &response)
{
    if (m_socket->state() != QAbstractSocket::ConnectedState) {
        deleteLater();
        return;
    }
    if (response.dropConnection) {
        m_socket->abort();
        deleteLater();
        return;
    }
    QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasonPhrase(response.status) + "\r\n";
    head += "Content-Type: " + response.contentType + "\r\n";
    head += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    for (const auto &[name, value] : response.headers)
        head += name + ": " + value + "\r\n";
    head += "Connection: close\r\n\r\n";
    m_socket->write(head + response.body);
    m_socket->flush();
    m_socket->disconnectFromHost();
}

void SimHttpConnection::plain(int status, const QByteArray &text)
{
    m_done = true;
    SimHttpResponse r;
    r.status = status;
    r.body = text;
    r.contentType = QByteArrayLiteral("text/plain; charset=UTF-8");
    sendNow(r);
}

} // namespace sgl::simulators::common
