// Over the wire: TLS 1.2 only with the DMP "Accès LPS" suites, mandatory client certificate from
// the trusted CA (none, rogue, expired: refused at the handshake), HTTP framing errors, the
// admin view, and the "stored but the client never heard" fault.
#include "DmpTestRequests.h"

#include "simulators/dmp/DmpSimulatorThread.h"
#include "simulators/dmp/UncheckedSignatureVerifier.h"
#include "simulators/pki/RsaTestPki.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <curl/curl.h>
#include <gtest/gtest.h>

using namespace sgl::simulators::dmp;
using sgl::simulators::pki::RsaTestPki;

namespace {

QCoreApplication &app()
{
    static int argc = 1;
    static char name[] = "test_simulators_dmp";
    static char *argv[] = {name, nullptr};
    static QCoreApplication a(argc, argv);
    return a;
}

size_t sink(char *p, size_t s, size_t n, void *u)
{
    static_cast<QByteArray *>(u)->append(p, static_cast<qsizetype>(s * n));
    return s * n;
}

struct Answer {
    CURLcode code = CURLE_OK;
    long status = 0;
    QByteArray body;
    std::string error;
};

struct PostOptions {
    const char *client = "org";     ///< base name in the PKI, nullptr = no client certificate
    const char *method = "POST";
    long tlsVersion = CURL_SSLVERSION_TLSv1_2;
    long tlsMax = CURL_SSLVERSION_MAX_DEFAULT;
    const char *ciphers = nullptr;
    bool expectContinue = false;   ///< send "Expect: 100-continue" and wait up to 10 s for the interim answer
};

/** The shared simulator of this file: a throwaway RSA PKI and a DmpSimulatorThread. */
class Env
{
public:
    static Env &get()
    {
        static Env env;
        return env;
    }
    QString pki(const char *file) const { return RsaTestPki::file(m_dir.path(), file); }
    DmpSimulatorThread &sim() { return *m_sim; }

    Answer send(const QString &path, const QByteArray &body, const PostOptions &o = {}) const
    {
        Answer out;
        CURL *c = curl_easy_init();
        char err[CURL_ERROR_SIZE] = {0};
        const QByteArray url = QStringLiteral("https://127.0.0.1:%1%2").arg(m_sim->port()).arg(path).toUtf8();
        const QByteArray ca = pki("ca.pem").toUtf8();
        const QByteArray cert = o.client ? pki((QByteArray(o.client) + ".pem").constData()).toUtf8() : QByteArray();
        const QByteArray key = o.client ? pki((QByteArray(o.client) + ".key.pem").constData()).toUtf8() : QByteArray();
        curl_slist *headers = curl_slist_append(nullptr, "Content-Type: application/soap+xml; charset=UTF-8");
        headers = curl_slist_append(headers, o.expectContinue ? "Expect: 100-continue" : "Expect:");
        curl_easy_setopt(c, CURLOPT_EXPECT_100_TIMEOUT_MS, 10000L);
        curl_easy_setopt(c, CURLOPT_URL, url.constData());
        curl_easy_setopt(c, CURLOPT_CUSTOMREQUEST, o.method);
        if (QByteArray(o.method) == "POST") {
            curl_easy_setopt(c, CURLOPT_POSTFIELDS, body.constData());
            curl_easy_setopt(c, CURLOPT_POSTFIELDSIZE, static_cast<long>(body.size()));
        }
        curl_easy_setopt(c, CURLOPT_HTTPHEADER, headers);
        curl_easy_setopt(c, CURLOPT_CAINFO, ca.constData());
        if (o.client) {
            curl_easy_setopt(c, CURLOPT_SSLCERT, cert.constData());
            curl_easy_setopt(c, CURLOPT_SSLKEY, key.constData());
        }
        curl_easy_setopt(c, CURLOPT_SSLVERSION, o.tlsVersion | o.tlsMax);
        if (o.ciphers)
            curl_easy_setopt(c, CURLOPT_SSL_CIPHER_LIST, o.ciphers);
        curl_easy_setopt(c, CURLOPT_TIMEOUT_MS, 10000L);
        curl_easy_setopt(c, CURLOPT_NOSIGNAL, 1L);
        curl_easy_setopt(c, CURLOPT_WRITEFUNCTION, sink);
        curl_easy_setopt(c, CURLOPT_WRITEDATA, &out.body);
        curl_easy_setopt(c, CURLOPT_ERRORBUFFER, err);
        out.code = curl_easy_perform(c);
        curl_easy_getinfo(c, CURLINFO_RESPONSE_CODE, &out.status);
        out.error = err;
        curl_slist_free_all(headers);
        curl_easy_cleanup(c);
        return out;
    }

private:
    Env()
    {
        app();
        if (!m_dir.isValid() || !RsaTestPki::create(m_dir.path()))
            std::abort();
        DmpSimulatorConfig config;
        config.certificatePath = pki("server.pem");
        config.keyPath = pki("server.key.pem");
        config.caPath = pki("ca.pem");
        config.maxRequestBytes = 256 * 1024;
        auto sim = DmpSimulatorThread::start(config, std::make_unique<UncheckedSignatureVerifier>());
        if (!sim) {
            ADD_FAILURE() << sim.error().toString().toStdString();
            std::abort();
        }
        m_sim = std::move(*sim);
    }
    QTemporaryDir m_dir;
    std::unique_ptr<DmpSimulatorThread> m_sim;
};

} // namespace

TEST(DmpTransport, SubmissionOverMutualTls12IsStored)
{
    auto &env = Env::get();
    SubmissionSpec spec;
    spec.finalize();
    const int before = env.sim().registry().documentCount();
    const Answer a = env.send(servicePath("repository"), iti41Envelope(spec));
    ASSERT_EQ(a.code, CURLE_OK) << a.error;
    EXPECT_EQ(a.status, 200);
    EXPECT_TRUE(a.body.contains("ResponseStatusType:Success")) << a.body.toStdString();
    EXPECT_EQ(env.sim().registry().documentCount(), before + 1);
    EXPECT_TRUE(env.sim().registry().latestByUniqueId(spec.documentUniqueId).has_value());
    EXPECT_TRUE(env.sim().baseUrl().endsWith(QStringLiteral("/si-dmp-server/v2/services")));
}

TEST(DmpTransport, ClientWithoutCertificateIsRefusedAtTheHandshake)
{
    auto &env = Env::get();
    const qsizetype calls = env.sim().calls().size();
    PostOptions o;
    o.client = nullptr;
    const Answer a = env.send(servicePath("repository"), iti41Envelope(SubmissionSpec{}), o);
    EXPECT_NE(a.code, CURLE_OK);
    EXPECT_EQ(a.status, 0);
    EXPECT_EQ(env.sim().calls().size(), calls);
}

TEST(DmpTransport, RogueAndExpiredClientCertificatesAreRefused)
{
    auto &env = Env::get();
    const qsizetype calls = env.sim().calls().size();
    for (const char *client : {"rogue-org", "expired-org"}) {
        PostOptions o;
        o.client = client;
        const Answer a = env.send(servicePath("repository"), iti41Envelope(SubmissionSpec{}), o);
        EXPECT_NE(a.code, CURLE_OK) << client;
        EXPECT_EQ(a.status, 0) << client;
    }
    EXPECT_EQ(env.sim().calls().size(), calls);
}

TEST(DmpTransport, Tls13OnlyClientAndNonLpsCipherAreRefused)
{
    auto &env = Env::get();
    PostOptions tls13;
    tls13.tlsVersion = CURL_SSLVERSION_TLSv1_3;
    Answer a = env.send(servicePath("repository"), iti41Envelope(SubmissionSpec{}), tls13);
    EXPECT_NE(a.code, CURLE_OK) << "TLS 1.3 only must fail: the DMP is TLS 1.2 only";

    PostOptions cbcSha256;
    cbcSha256.tlsMax = CURL_SSLVERSION_MAX_TLSv1_2;
    cbcSha256.ciphers = "ECDHE-RSA-AES128-SHA256";
    a = env.send(servicePath("repository"), iti41Envelope(SubmissionSpec{}), cbcSha256);
    EXPECT_NE(a.code, CURLE_OK) << "a suite outside the Accès LPS list must fail";

    for (const char *suite : {"ECDHE-RSA-AES256-GCM-SHA384", "ECDHE-RSA-CHACHA20-POLY1305", "ECDHE-RSA-AES256-SHA384",
                              "ECDHE-RSA-AES128-GCM-SHA256"}) {
        PostOptions lps;
        lps.tlsMax = CURL_SSLVERSION_MAX_TLSv1_2;
        lps.ciphers = suite;
        a = env.send(servicePath("patients"), td02Envelope(QStringLiteral("279035121518989")), lps);
        EXPECT_EQ(a.code, CURLE_OK) << suite << ": " << a.error;
        EXPECT_EQ(a.status, 200) << suite;
    }
}

TEST(DmpTransport, HttpFramingErrors)
{
    auto &env = Env::get();
    PostOptions get;
    get.method = "GET";
    EXPECT_EQ(env.send(servicePath("repository"), {}, get).status, 405);
    EXPECT_EQ(env.send(QStringLiteral("/si-dmp-server/v2/services/unknown"), td02Envelope(QStringLiteral("279035121518989"))).status, 404);
    EXPECT_EQ(env.send(servicePath("repository"), QByteArray(300 * 1024, 'x')).status, 413);
}

TEST(DmpTransport, AdminViewAnswersJsonOverTheSameTls)
{
    auto &env = Env::get();
    PostOptions get;
    get.method = "GET";
    const Answer a = env.send(QStringLiteral("/admin/documents"), {}, get);
    ASSERT_EQ(a.code, CURLE_OK) << a.error;
    EXPECT_EQ(a.status, 200);
    EXPECT_TRUE(a.body.startsWith('['));
}

TEST(DmpTransport, DroppedAnswerAfterStoreIsSeenAsNoAnswerButTheDocumentIsThere)
{
    auto &env = Env::get();
    SubmissionSpec spec;
    spec.finalize();
    env.sim().faults().inject(DmpFaultKind::DropAfterStore);
    Answer a = env.send(servicePath("repository"), iti41Envelope(spec));
    EXPECT_NE(a.code, CURLE_OK) << "the client never hears the answer";
    EXPECT_TRUE(env.sim().registry().latestByUniqueId(spec.documentUniqueId).has_value());
    // The client retries the same submission: it is told the document is already there.
    a = env.send(servicePath("repository"), iti41Envelope(spec));
    ASSERT_EQ(a.code, CURLE_OK) << a.error;
    EXPECT_TRUE(a.body.contains("XDSDuplicateUniqueIdInRegistry")) << a.body.toStdString();
}

TEST(DmpTransport, ExpectContinueIsAnsweredAtOnce)
{
    auto &env = Env::get();
    SubmissionSpec spec;
    spec.document = QStringLiteral("<ClinicalDocument xmlns=\"urn:hl7-org:v3\"><text>%1</text></ClinicalDocument>")
                        .arg(QString(100 * 1024, QLatin1Char('x')))
                        .toUtf8();
    PostOptions o;
    o.expectContinue = true;
    QElapsedTimer timer;
    timer.start();
    const Answer a = env.send(servicePath("repository"), iti41Envelope(spec), o);
    ASSERT_EQ(a.code, CURLE_OK) << a.error;
    EXPECT_TRUE(a.body.contains("ResponseStatusType:Success")) << a.body.left(400).toStdString();
    EXPECT_LT(timer.elapsed(), 5000) << "the client waited for a 100 Continue that never came";
}

TEST(DmpTransport, Http503IsReturnedWhenArmed)
{
    auto &env = Env::get();
    env.sim().faults().inject(DmpFaultKind::Http503);
    const Answer a = env.send(servicePath("repository"), iti41Envelope(SubmissionSpec{}));
    ASSERT_EQ(a.code, CURLE_OK) << a.error;
    EXPECT_EQ(a.status, 503);
}
