#include "InsiSimTestEnv.h"

#include "simulators/insi/TestPki.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <curl/curl.h>
#include <gtest/gtest.h>

using namespace sgl::simulators::insi;
using namespace sgl::interop::insi;

namespace {

QCoreApplication &app()
{
    static int argc = 1;
    static char name[] = "test_simulators_insi";
    static char *argv[] = {name, nullptr};
    static QCoreApplication a(argc, argv);
    return a;
}

std::unique_ptr<InsiSimulatorThread> startSim(InsiSimulatorConfig cfg)
{
    auto sim = InsiSimulatorThread::start(cfg);
    if (!sim) {
        ADD_FAILURE() << "simulator did not start: " << sim.error().toString().toStdString();
        return nullptr;
    }
    return std::move(*sim);
}

size_t sink(char *p, size_t s, size_t n, void *u)
{
    static_cast<QByteArray *>(u)->append(p, static_cast<qsizetype>(s * n));
    return s * n;
}

} // namespace

InsiSimTestEnv &InsiSimTestEnv::instance()
{
    app();
    static InsiSimTestEnv env;
    return env;
}

InsiSimTestEnv::InsiSimTestEnv()
{
    const auto pkiOk = TestPki::create(m_dir.path());
    if (!pkiOk)
        ADD_FAILURE() << pkiOk.error().toString().toStdString();
    InsiSimulatorConfig cfg;
    cfg.basePath = basePath();
    cfg.schemaDirectory = schemaDirectory();
    cfg.certificatePath = pki("server.pem");
    cfg.keyPath = pki("server.key.pem");
    cfg.caPath = pki("ca.pem");
    cfg.cpx = true; // the CPx listener beside the mutual-TLS one (InsiCpx_test)
    m_normal = startSim(cfg);
    cfg.cpx = false;
    InsiSimulatorConfig slow = cfg;
    slow.delayMs = 1500;
    m_slow = startSim(slow);
    InsiSimulatorConfig bad = cfg;
    bad.malformedAnswers = true;
    m_malformed = startSim(bad);
}

QString InsiSimTestEnv::pki(const char *file) const
{
    return TestPki::file(m_dir.path(), file);
}

QString InsiSimTestEnv::schemaDirectory() const
{
    const QString dir = QStringLiteral(SGL_SHARED_DIR "/ans/insi/src/wsdl/xsd");
    if (!QDir(dir).exists()) {
        std::fprintf(stderr, "note: INSi XSDs absent (%s): simulator runs with structural checks only\n",
                     qPrintable(dir));
        return {};
    }
    return dir;
}

QString InsiSimTestEnv::basePath() const
{
    return QStringLiteral(SGL_SOURCE_DIR "/resources/simulators/insi/identities.json");
}

InsiClientConfig InsiSimTestEnv::config(const QString &endpoint, const char *client, const char *ca) const
{
    InsiClientConfig c;
    c.endpoint = endpoint;
    c.certificatePath = pki(client) + QStringLiteral(".pem");
    c.privateKeyPath = pki(client) + QStringLiteral(".key.pem");
    c.caBundlePath = pki(ca);
    c.idam = QString::fromLatin1(kIdam);
    c.timeoutMs = 10000;
    return c;
}

InsiClient InsiSimTestEnv::client(const QString &endpoint, int timeoutMs) const
{
    InsiClientConfig c = config(endpoint);
    c.timeoutMs = timeoutMs;
    auto client = InsiClient::create(c);
    if (!client) {
        ADD_FAILURE() << client.error().toString().toStdString();
        std::abort();
    }
    return std::move(*client);
}

RawAnswer rawPost(const QString &url, const QByteArray &body, const QString &ca, const QString &cert,
                  const QString &key, const char *method)
{
    RawAnswer out;
    CURL *c = curl_easy_init();
    char err[CURL_ERROR_SIZE] = {0};
    const QByteArray u = url.toUtf8(), caB = ca.toUtf8(), certB = cert.toUtf8(), keyB = key.toUtf8();
    curl_slist *headers = curl_slist_append(
        nullptr, "Content-Type: application/soap+xml; charset=UTF-8; action=\"urn:ServiceIdentiteCertifiee:1.0.0:rechercherInsAvecTraitsIdentite\"");
    curl_easy_setopt(c, CURLOPT_URL, u.constData());
    curl_easy_setopt(c, CURLOPT_CUSTOMREQUEST, method);
    if (QByteArray(method) == "POST") {
        curl_easy_setopt(c, CURLOPT_POSTFIELDS, body.constData());
        curl_easy_setopt(c, CURLOPT_POSTFIELDSIZE, static_cast<long>(body.size()));
    }
    curl_easy_setopt(c, CURLOPT_HTTPHEADER, headers);
    curl_easy_setopt(c, CURLOPT_CAINFO, caB.constData());
    if (!cert.isEmpty()) {
        curl_easy_setopt(c, CURLOPT_SSLCERT, certB.constData());
        curl_easy_setopt(c, CURLOPT_SSLKEY, keyB.constData());
    }
    curl_easy_setopt(c, CURLOPT_TIMEOUT_MS, 10000L);
    curl_easy_setopt(c, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(c, CURLOPT_WRITEFUNCTION, sink);
    curl_easy_setopt(c, CURLOPT_WRITEDATA, &out.body);
    curl_easy_setopt(c, CURLOPT_ERRORBUFFER, err);
    out.curlCode = curl_easy_perform(c);
    curl_easy_getinfo(c, CURLINFO_RESPONSE_CODE, &out.status);
    out.error = QString::fromUtf8(err);
    curl_slist_free_all(headers);
    curl_easy_cleanup(c);
    return out;
}
