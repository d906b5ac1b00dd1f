#include "FakeHttpsServer.h"

#include <QCoreApplication>
#include <QFile>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslSocket>
#include <QTcpServer>
#include <QTimer>

namespace sgl::testing {

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QByteArray reason(int status)
{
    switch (status) {
    case 200: return "OK";
    case 404: return "Not Found";
    case 500: return "Internal Server Error";
    case 503: return "Service Unavailable";
    default: return "Status";
    }
}

} // namespace

class FakeConnection : public QObject {
public:
    FakeConnection(QSslSocket *socket, FakeHttpsServer *server) : m_socket(socket), m_server(server)
    {
        socket->setParent(this);
        connect(socket, &QSslSocket::readyRead, this, [this] { onReadyRead(); });
        connect(socket, &QSslSocket::disconnected, this, &QObject::deleteLater);
        connect(socket, &QSslSocket::errorOccurred, this, [this] { m_socket->abort(); deleteLater(); });
    }

private:
    void onReadyRead()
    {
        m_buffer += m_socket->readAll();
        const qsizetype end = m_buffer.indexOf("\r\n\r\n");
        if (end < 0 || m_done)
            return;
        FakeRequest r;
        const QList<QByteArray> lines = m_buffer.left(end).split('\n');
        const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
        r.method = first.value(0);
        r.path = first.value(1);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines[i].indexOf(':');
            if (colon > 0)
                r.headers.insert(lines[i].left(colon).trimmed().toLower(), lines[i].mid(colon + 1).trimmed());
        }
        const qsizetype length = r.headers.value("content-length").toLongLong();
        if (m_buffer.size() - end - 4 < length)
            return;
        m_done = true;
        r.body = m_buffer.mid(end + 4, length);
        m_server->record(r);
        const FakeReply reply = m_server->next();
        QTimer::singleShot(reply.delayMs, this, [this, reply] { answer(reply); });
    }

    void answer(const FakeReply &reply)
    {
        if (reply.closeWithoutAnswer) {
            m_socket->abort();
            return;
        }
        QByteArray out = "HTTP/1.1 " + QByteArray::number(reply.status) + ' ' + reason(reply.status) + "\r\n";
        out += "Content-Type: " + reply.contentType + "\r\nContent-Length: " + QByteArray::number(reply.body.size())
               + "\r\nConnection: close\r\n\r\n" + reply.body;
        m_socket->write(out);
        m_socket->disconnectFromHost();
    }

    QSslSocket *m_socket;
    FakeHttpsServer *m_server;
    QByteArray m_buffer;
    bool m_done = false;
};

class FakeTcpServer : public QTcpServer {
public:
    FakeTcpServer(FakeHttpsServer *owner, QSslConfiguration tls) : m_owner(owner), m_tls(std::move(tls)) {}

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto *socket = new QSslSocket;
        if (!socket->setSocketDescriptor(descriptor)) {
            delete socket;
            return;
        }
        socket->setSslConfiguration(m_tls);
        new FakeConnection(socket, m_owner);
        socket->startServerEncryption();
    }

private:
    FakeHttpsServer *m_owner;
    QSslConfiguration m_tls;
};

FakeHttpsServer::FakeHttpsServer(Tls tls) : m_tls(std::move(tls)) {}

FakeHttpsServer::~FakeHttpsServer()
{
    quit();
    wait();
}

quint16 FakeHttpsServer::start()
{
    // The server thread runs an event loop: Qt needs an application object for that.
    if (QCoreApplication::instance() == nullptr) {
        static int argc = 1;
        static char name[] = "test_interop_dmp";
        static char *argv[] = {name, nullptr};
        static QCoreApplication app(argc, argv);
    }
    QThread::start();
    m_ready.acquire();
    return m_port;
}

void FakeHttpsServer::push(FakeReply reply)
{
    QMutexLocker lock(&m_mutex);
    m_script.push_back(std::move(reply));
}

QList<FakeRequest> FakeHttpsServer::requests() const
{
    QMutexLocker lock(&m_mutex);
    return m_requests;
}

FakeReply FakeHttpsServer::next()
{
    QMutexLocker lock(&m_mutex);
    if (m_script.empty())
        return {500, "text/plain", "no scripted reply", 0, false};
    FakeReply r = m_script.front();
    m_script.pop_front();
    return r;
}

void FakeHttpsServer::record(FakeRequest request)
{
    QMutexLocker lock(&m_mutex);
    m_requests.append(std::move(request));
}

void FakeHttpsServer::run()
{
    const QByteArray keyPem = readAll(m_tls.key);
    QSslKey key(keyPem, QSsl::Ec, QSsl::Pem);
    if (key.isNull())
        key = QSslKey(keyPem, QSsl::Rsa, QSsl::Pem);
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    const auto certs = QSslCertificate::fromData(readAll(m_tls.certificate), QSsl::Pem);
    if (!certs.isEmpty())
        tls.setLocalCertificate(certs.first());
    tls.setPrivateKey(key);
    tls.setCaCertificates(QSslCertificate::fromData(readAll(m_tls.ca), QSsl::Pem));
    tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
    tls.setProtocol(m_tls.protocol);
    FakeTcpServer server(this, tls);
    m_port = server.listen(QHostAddress::LocalHost, 0) && !certs.isEmpty() && !key.isNull() ? server.serverPort() : 0;
    m_ready.release();
    if (m_port != 0)
        exec();
}

} // namespace sgl::testing
