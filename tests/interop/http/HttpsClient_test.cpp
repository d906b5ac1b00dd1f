// HttpsClient against local TLS servers (the simulators' HTTPS socle and the RSA test PKI): an
// answer with its body and the headers asked for, a POST as sent, the size cap, no redirect
// followed, the client certificate, TLS 1.2 only, and each transport failure kind the modules map
// to their own errors (untrusted server, refused connection, timeouts, plain http).

#include "interop/http/HttpsClient.h"
#include "simulators/common/SimServerThread.h"
#include "simulators/common/SimTlsServer.h"
#include "simulators/pki/RsaTestPki.h"

#include "RefusingPort.h"

#include <QCoreApplication>
#include <QMutex>
#include <QMutexLocker>
#include <QTcpServer>

#include <gtest/gtest.h>

namespace sgl::testing {
namespace {

using namespace Qt::StringLiterals;
using interop::http::HttpsClient;
using interop::http::HttpsFailure;
using interop::http::HttpsRequest;
using interop::http::HttpsTransport;
using simulators::common::SimHttpConfig;
using simulators::common::SimHttpHandler;
using simulators::common::SimHttpRequest;
using simulators::common::SimHttpResponse;
using simulators::common::SimServerThread;
using simulators::common::SimTlsServer;
using simulators::common::SimTlsSettings;
using simulators::pki::RsaTestPki;
using Kind = HttpsFailure::Kind;

const QString kPkiDir = QStringLiteral(SGL_BINARY_DIR "/test-pki-rsa");

QString pki(const char *name)
{
    return RsaTestPki::file(kPkiDir, name);
}

void ensureApp()
{
    static int argc = 1;
    static char name[] = "test_interop_http";
    static char *argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv);
}

/** Answers every request with the scripted reply and records what it received. */
class ScriptedHandler : public SimHttpHandler
{
public:
    SimHttpResponse handle(const SimHttpRequest &request) override
    {
        QMutexLocker lock(&m_mutex);
        m_requests.append(request);
        return m_reply;
    }
    void setReply(SimHttpResponse reply)
    {
        QMutexLocker lock(&m_mutex);
        m_reply = std::move(reply);
    }
    QList<SimHttpRequest> requests() const
    {
        QMutexLocker lock(&m_mutex);
        return m_requests;
    }

private:
    mutable QMutex m_mutex;
    SimHttpResponse m_reply;
    QList<SimHttpRequest> m_requests;
};

/** A loopback HTTPS server (certificate server.pem: localhost, 127.0.0.1) on its own thread. */
class TestServer
{
public:
    struct Options {
        bool requireClientCertificate = false;
        QSsl::SslProtocol protocol = QSsl::TlsV1_2OrLater;
    };

    explicit TestServer(Options options)
    {
        ensureApp();
        SimTlsSettings tls;
        tls.certificatePath = pki("server.pem");
        tls.keyPath = pki("server.key.pem");
        tls.caPath = pki("ca.pem");
        tls.requireClientCertificate = options.requireClientCertificate;
        tls.protocol = options.protocol;
        SimHttpConfig http;
        http.paths = {u"/post"_s};
        http.getPaths = {u"/get"_s};
        http.maxRequestBytes = 4 * 1024 * 1024;
        auto started = SimServerThread::start([this, tls, http](QObject *owner) -> domain::Result<quint16> {
            auto server = SimTlsServer::create(tls, http, &m_handler, 0);
            if (!server)
                return std::unexpected(server.error());
            const quint16 port = (*server)->serverPort();
            (*server)->setParent(owner); // dies with its connections in the server's thread
            server->release();
            return port;
        });
        if (started)
            m_thread = std::move(*started);
        else
            m_error = started.error().toString();
    }

    [[nodiscard]] bool isRunning() const { return m_thread != nullptr; }
    [[nodiscard]] const QString &error() const { return m_error; }
    [[nodiscard]] quint16 port() const { return m_thread->port(); }
    [[nodiscard]] QString url(const char *path, const char *scheme = "https") const
    {
        return u"%1://127.0.0.1:%2%3"_s.arg(QLatin1String(scheme)).arg(port()).arg(QLatin1String(path));
    }
    ScriptedHandler &handler() { return m_handler; }

private:
    ScriptedHandler m_handler; // declared first: outlives the server thread
    std::unique_ptr<SimServerThread> m_thread;
    QString m_error;
};

class HttpsClientTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        // One PKI for every test process of the build (RSA key generation is slow on a shared machine).
        const auto made = RsaTestPki::ensure(kPkiDir);
        ASSERT_TRUE(made) << made.error().toString().toStdString();
    }

    static std::unique_ptr<TestServer> server(bool requireClientCertificate = false,
                                              QSsl::SslProtocol protocol = QSsl::TlsV1_2OrLater)
    {
        TestServer::Options options;
        options.requireClientCertificate = requireClientCertificate;
        options.protocol = protocol;
        auto s = std::make_unique<TestServer>(options);
        EXPECT_TRUE(s->isRunning()) << s->error().toStdString();
        return s;
    }

    /** Trusts the test CA only; short timeouts (every server here is on loopback). */
    static HttpsTransport transport()
    {
        HttpsTransport t;
        t.caBundlePath = pki("ca.pem");
        t.timeoutMs = 10000;
        t.connectTimeoutMs = 5000;
        t.maxResponseBytes = 64 * 1024;
        return t;
    }

    static HttpsRequest get(const QString &url)
    {
        HttpsRequest r;
        r.url = url;
        return r;
    }

    static std::string describe(const interop::http::HttpsResult &r)
    {
        return r ? "HTTP " + std::to_string(r->status)
                 : "failure kind " + std::to_string(static_cast<int>(r.error().kind)) + ": "
                       + r.error().detail.toStdString();
    }
};

TEST_F(HttpsClientTest, AnswerCarriesStatusBodyAndOnlyTheHeadersAskedFor)
{
    auto s = server();
    ASSERT_TRUE(s->isRunning());
    SimHttpResponse reply;
    reply.status = 429;
    reply.body = "{\"trop\":\"vite\"}";
    reply.contentType = "application/fhir+json";
    reply.headers = {{"Retry-After", "7"}, {"X-Not-Asked", "secret"}};
    s->handler().setReply(reply);
    HttpsRequest request = get(s->url("/get"));
    request.wantedHeaders = {"retry-after", "CONTENT-TYPE"};

    const auto r = HttpsClient::perform(request, transport());

    ASSERT_TRUE(r) << describe(r);
    EXPECT_EQ(r->status, 429); // an HTTP error status is an answer, not a transport failure
    EXPECT_EQ(r->body, reply.body);
    EXPECT_EQ(r->header("Retry-After"), "7");
    EXPECT_EQ(r->header("RETRY-AFTER"), "7");
    EXPECT_EQ(r->header("content-type"), "application/fhir+json");
    EXPECT_TRUE(r->header("X-Not-Asked").isEmpty());
    EXPECT_EQ(r->headers.size(), 2);
    ASSERT_EQ(s->handler().requests().size(), 1);
    EXPECT_EQ(s->handler().requests().first().method, "GET");
}

TEST_F(HttpsClientTest, PostSendsBodyHeaderLinesAndBasicCredentialsWithoutExpect)
{
    auto s = server();
    ASSERT_TRUE(s->isRunning());
    HttpsRequest request;
    request.url = s->url("/post");
    request.method = HttpsRequest::Method::Post;
    // Over libcurl's threshold (1 MiB) for asking "Expect: 100-continue" by itself.
    request.body = QByteArray(1536 * 1024, 'x');
    request.headerLines = {"Content-Type: application/soap+xml; charset=UTF-8", "ESANTE-API-KEY: cle-de-test"};
    request.basicUser = "client%20id";
    request.basicPassword = "secret";
    HttpsTransport t = transport();

    const auto r = HttpsClient::perform(request, t);

    ASSERT_TRUE(r) << describe(r);
    EXPECT_EQ(r->status, 200);
    ASSERT_EQ(s->handler().requests().size(), 1);
    const SimHttpRequest seen = s->handler().requests().first();
    EXPECT_EQ(seen.method, "POST");
    EXPECT_EQ(seen.body, request.body);
    EXPECT_EQ(seen.contentType, u"application/soap+xml; charset=UTF-8"_s);
    EXPECT_EQ(seen.authorization, "Basic " + QByteArray("client%20id:secret").toBase64());
    bool apiKey = false;
    for (const auto &[name, value] : seen.headers) {
        EXPECT_NE(name, "expect") << "the body goes with the headers, no 100-continue round trip";
        apiKey = apiKey || (name == "esante-api-key" && value == "cle-de-test");
    }
    EXPECT_TRUE(apiKey);
}

TEST_F(HttpsClientTest, BodyAtTheCapIsReadAndOneByteMoreIsRefused)
{
    auto s = server();
    ASSERT_TRUE(s->isRunning());
    HttpsTransport t = transport();
    t.maxResponseBytes = 4096;
    SimHttpResponse reply;
    reply.body = QByteArray(4096, 'a');
    s->handler().setReply(reply);

    const auto atCap = HttpsClient::perform(get(s->url("/get")), t);
    ASSERT_TRUE(atCap) << describe(atCap);
    EXPECT_EQ(atCap->body.size(), 4096);

    reply.body = QByteArray(4097, 'a');
    s->handler().setReply(reply);
    const auto over = HttpsClient::perform(get(s->url("/get")), t);
    ASSERT_FALSE(over) << describe(over);
    EXPECT_EQ(over.error().kind, Kind::ResponseTooLarge);
}

TEST_F(HttpsClientTest, RedirectIsAnswerNotFollowed)
{
    auto s = server();
    ASSERT_TRUE(s->isRunning());
    SimHttpResponse reply;
    reply.status = 302;
    reply.headers = {{"Location", s->url("/get").toUtf8() + "?again"}};
    s->handler().setReply(reply);
    HttpsRequest request = get(s->url("/get"));
    request.wantedHeaders = {"Location"};

    const auto r = HttpsClient::perform(request, transport());

    ASSERT_TRUE(r) << describe(r);
    EXPECT_EQ(r->status, 302);
    EXPECT_EQ(r->header("Location"), s->url("/get").toUtf8() + "?again");
    EXPECT_EQ(s->handler().requests().size(), 1);
}

TEST_F(HttpsClientTest, ServerCertificateFromAnUnknownCaIsRefused)
{
    auto s = server();
    ASSERT_TRUE(s->isRunning());
    HttpsTransport t = transport();
    t.caBundlePath = pki("rogue-ca.pem"); // the server's CA is not among those trusted

    const auto r = HttpsClient::perform(get(s->url("/get")), t);

    ASSERT_FALSE(r) << describe(r);
    EXPECT_EQ(r.error().kind, Kind::TlsUntrustedServer) << r.error().detail.toStdString();
    EXPECT_TRUE(r.error().isTls());
    EXPECT_FALSE(r.error().detail.isEmpty());
    EXPECT_TRUE(s->handler().requests().isEmpty());
}

TEST_F(HttpsClientTest, ClientCertificateIsPresentedWhenConfigured)
{
    auto s = server(/*requireClientCertificate=*/true);
    ASSERT_TRUE(s->isRunning());
    HttpsRequest request;
    request.url = s->url("/post");
    request.method = HttpsRequest::Method::Post;
    request.body = "<env/>";
    HttpsTransport t = transport();
    t.clientCertificatePath = pki("org.pem");
    t.clientKeyPath = pki("org.key.pem");

    const auto r = HttpsClient::perform(request, t);

    ASSERT_TRUE(r) << describe(r);
    ASSERT_EQ(s->handler().requests().size(), 1);
    EXPECT_EQ(s->handler().requests().first().clientCertCn, QString::fromLatin1(RsaTestPki::OrgCommonName));

    // Without it, the same server gives no answer (a TLS alert or a dropped connection).
    const auto refused = HttpsClient::perform(request, transport());
    ASSERT_FALSE(refused) << describe(refused);
    EXPECT_EQ(s->handler().requests().size(), 1);
}

TEST_F(HttpsClientTest, Tls12OnlyIsHeldAgainstATls13OnlyServer)
{
    auto s = server(false, QSsl::TlsV1_3OrLater);
    ASSERT_TRUE(s->isRunning());
    const auto modern = HttpsClient::perform(get(s->url("/get")), transport());
    ASSERT_TRUE(modern) << describe(modern);

    HttpsTransport t = transport();
    t.tls12Only = true;
    const auto r = HttpsClient::perform(get(s->url("/get")), t);

    ASSERT_FALSE(r) << describe(r);
    EXPECT_EQ(r.error().kind, Kind::TlsHandshake) << r.error().detail.toStdString();
    EXPECT_EQ(s->handler().requests().size(), 1);
}

TEST_F(HttpsClientTest, RefusedConnectionIsUnreachable)
{
    ensureApp();
    RefusingPort refusing;
    ASSERT_TRUE(refusing.isValid());

    const auto r = HttpsClient::perform(get(u"https://127.0.0.1:%1/get"_s.arg(refusing.port())), transport());

    ASSERT_FALSE(r) << describe(r);
    EXPECT_EQ(r.error().kind, Kind::Unreachable) << r.error().detail.toStdString();
    EXPECT_FALSE(r.error().isTls());
}

TEST_F(HttpsClientTest, ServerThatNeverAnswersTimesOut)
{
    auto s = server();
    ASSERT_TRUE(s->isRunning());
    SimHttpResponse reply;
    reply.delayMs = 60000; // reads the request, answers long after the client gave up
    s->handler().setReply(reply);
    HttpsTransport t = transport();
    t.timeoutMs = 300;

    const auto r = HttpsClient::perform(get(s->url("/get")), t);

    ASSERT_FALSE(r) << describe(r);
    EXPECT_EQ(r.error().kind, Kind::Timeout) << r.error().detail.toStdString();
    EXPECT_EQ(s->handler().requests().size(), 1);
}

TEST_F(HttpsClientTest, ServerThatNeverStartsTheHandshakeTimesOut)
{
    ensureApp();
    QTcpServer silent; // listens, and nobody ever accepts: the kernel completes TCP, TLS never starts
    ASSERT_TRUE(silent.listen(QHostAddress::LocalHost, 0));
    HttpsTransport t = transport();
    t.timeoutMs = 300;
    t.connectTimeoutMs = 300;

    const auto r = HttpsClient::perform(get(u"https://127.0.0.1:%1/get"_s.arg(silent.serverPort())), t);

    ASSERT_FALSE(r) << describe(r);
    EXPECT_EQ(r.error().kind, Kind::Timeout) << r.error().detail.toStdString();
}

TEST_F(HttpsClientTest, PlainHttpAndHostlessUrlsAreRefusedBeforeAnythingIsSent)
{
    auto s = server();
    ASSERT_TRUE(s->isRunning());
    for (const QString &url : {s->url("/get", "http"), u"https:///get"_s, u"ftp://127.0.0.1/get"_s, QString()}) {
        const auto r = HttpsClient::perform(get(url), transport());
        ASSERT_FALSE(r) << url.toStdString() << ": " << describe(r);
        EXPECT_EQ(r.error().kind, Kind::NotHttps) << url.toStdString();
    }
    EXPECT_TRUE(s->handler().requests().isEmpty());
}

} // namespace
} // namespace sgl::testing
