#include "PscSimTestEnv.h"

#include "interop/psc/PscHttp.h"
#include "simulators/pki/RsaTestPki.h"

#include <QCoreApplication>

#include <gtest/gtest.h>

using namespace sgl::simulators::psc;
using namespace sgl::interop::psc;
using sgl::simulators::pki::RsaTestPki;

namespace {

const QString kPkiDir = QStringLiteral(SGL_BINARY_DIR "/test-pki-rsa");

QCoreApplication &app()
{
    static int argc = 1;
    static char name[] = "test_simulators_psc";
    static char *argv[] = {name, nullptr};
    static QCoreApplication a(argc, argv);
    return a;
}

} // namespace

PscSimTestEnv &PscSimTestEnv::instance()
{
    app();
    static PscSimTestEnv env;
    return env;
}

PscSimTestEnv::PscSimTestEnv()
{
    // One PKI for every test process of the build (RSA key generation is slow on a shared machine).
    if (auto ok = RsaTestPki::ensure(kPkiDir); !ok)
        ADD_FAILURE() << ok.error().toString().toStdString();
    PscSimConfig cfg;
    cfg.certificatePath = pki("server.pem");
    cfg.keyPath = pki("server.key.pem");
    cfg.clients = {{QString::fromLatin1(kClientId), QString::fromLatin1(kSecret), {QString::fromLatin1(kRedirect)}},
                   {QString::fromLatin1(kOtherClient), QString::fromLatin1(kOtherSecret),
                    {QStringLiteral("https://autre-service.example/retour")}}};
    auto sim = PscSimulatorThread::start(cfg);
    if (!sim) {
        ADD_FAILURE() << "simulator did not start: " << sim.error().toString().toStdString();
        std::abort();
    }
    m_sim = std::move(*sim);
}

QString PscSimTestEnv::pki(const char *file) const
{
    return RsaTestPki::file(kPkiDir, file);
}

PscClientConfig PscSimTestEnv::config(const char *clientId, const char *secret) const
{
    PscClientConfig c;
    c.issuer = m_sim->issuer();
    c.clientId = QString::fromLatin1(clientId);
    c.clientSecret = QString::fromLatin1(secret);
    c.transport.caBundlePath = pki("ca.pem");
    c.transport.timeoutMs = 10000;
    return c;
}

std::unique_ptr<PscBackChannel> PscSimTestEnv::backChannel(const char *clientId, const char *secret) const
{
    auto channel = PscBackChannel::connect(config(clientId, secret));
    if (!channel) {
        ADD_FAILURE() << channel.error().toString().toStdString();
        return nullptr;
    }
    return std::move(*channel);
}

QUrl PscSimTestEnv::authorize(const QUrl &authorizationUrl, int *status) const
{
    PscHttpRequest request;
    request.url = authorizationUrl.toString(QUrl::FullyEncoded);
    PscTransportConfig transport;
    transport.caBundlePath = pki("ca.pem");
    auto answer = PscHttp::send(request, transport);
    if (!answer) {
        ADD_FAILURE() << answer.error().toString().toStdString();
        return {};
    }
    if (status != nullptr)
        *status = answer->status;
    return answer->status == 302 ? QUrl::fromEncoded(answer->location) : QUrl();
}
