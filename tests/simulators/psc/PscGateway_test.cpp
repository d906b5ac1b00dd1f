// The lab's gateway (decision 0003): a workstation configured WITHOUT the secret logs in through it.
#include "PscSimTestEnv.h"

#include "interop/psc/ErrorCodes.h"
#include "interop/psc/PscGatewayPaths.h"
#include "interop/psc/PscGatewayServer.h"
#include "interop/psc/PscHttp.h"
#include "simulators/common/SimServerThread.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

using namespace sgl::interop::psc;
using sgl::simulators::common::SimServerThread;

namespace {

std::unique_ptr<SimServerThread> startGateway(const PscClientConfig &client)
{
    PscSimTestEnv &env = PscSimTestEnv::instance();
    PscGatewaySettings settings;
    settings.client = client;
    settings.certificatePath = env.pki("server.pem");
    settings.keyPath = env.pki("server.key.pem");
    auto thread = SimServerThread::start([settings](QObject *owner) -> sgl::domain::Result<quint16> {
        auto gateway = PscGatewayServer::start(settings);
        if (!gateway)
            return std::unexpected(gateway.error());
        const quint16 port = (*gateway)->port();
        (*gateway)->setParent(owner);
        gateway->release();
        return port;
    });
    if (!thread) {
        ADD_FAILURE() << thread.error().toString().toStdString();
        return nullptr;
    }
    return std::move(*thread);
}

class PscGatewayTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        gateway = startGateway(env.config());
        ASSERT_NE(gateway, nullptr);
    }
    PscClientConfig workstation() const
    {
        PscClientConfig c = env.config();
        c.clientSecret.clear(); // the workstation never holds it
        c.gatewayUrl = QStringLiteral("https://127.0.0.1:%1").arg(gateway->port());
        c.gatewayTransport.caBundlePath = env.pki("ca.pem");
        return c;
    }
    PscHttpResponse post(const char *path, const QByteArray &form) const
    {
        PscHttpRequest r;
        r.url = QStringLiteral("https://127.0.0.1:%1%2").arg(gateway->port()).arg(QLatin1String(path));
        r.method = QByteArrayLiteral("POST");
        r.formBody = form;
        PscTransportConfig t;
        t.caBundlePath = env.pki("ca.pem");
        auto answer = PscHttp::send(r, t);
        EXPECT_TRUE(answer) << answer.error().toString().toStdString();
        return answer.value_or(PscHttpResponse{});
    }
    static QString oauthError(const PscHttpResponse &r)
    {
        return QJsonDocument::fromJson(r.body).object().value(QStringLiteral("error")).toString();
    }

    PscSimTestEnv &env = PscSimTestEnv::instance();
    std::unique_ptr<SimServerThread> gateway;
};

} // namespace

TEST_F(PscGatewayTest, WorkstationWithoutSecretLogsInRefreshesAndLogsOut)
{
    auto channel = PscBackChannel::connect(workstation());
    ASSERT_TRUE(channel) << channel.error().toString().toStdString();
    PscSignIn signIn(**channel);
    auto attempt = signIn.begin(QString::fromLatin1(PscSimTestEnv::kRedirect));
    ASSERT_TRUE(attempt);
    const QUrl callback = env.authorize(signIn.authorizationUrl(*attempt));
    auto identity = signIn.complete(*attempt, callback, QDateTime::currentDateTimeUtc());
    ASSERT_TRUE(identity) << identity.error().toString().toStdString();
    EXPECT_EQ(identity->professional.rpps, QStringLiteral("10101010105"));
    EXPECT_TRUE((*channel)->introspect(identity->tokens.accessToken)->active);
    auto renewed = signIn.renew(*identity, QDateTime::currentDateTimeUtc());
    ASSERT_TRUE(renewed) << renewed.error().toString().toStdString();
    ASSERT_TRUE(signIn.signOut(*renewed));
    EXPECT_FALSE((*channel)->introspect(renewed->tokens.accessToken)->active);
}

TEST_F(PscGatewayTest, WorkstationConfigurationHoldingTheSecretIsRefused)
{
    PscClientConfig c = workstation();
    c.clientSecret = QString::fromLatin1(PscSimTestEnv::kSecret);
    const auto r = PscBackChannel::connect(c);
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().code, errc::Config);
    EXPECT_FALSE(r.error().message.contains(QString::fromLatin1(PscSimTestEnv::kSecret)));
}

TEST_F(PscGatewayTest, GatewayForwardsOnlyTheGrantsOfALogin)
{
    EXPECT_EQ(oauthError(post(PscGatewayPaths::Token, "grant_type=client_credentials")),
              QStringLiteral("unsupported_grant_type"));
    EXPECT_EQ(oauthError(post(PscGatewayPaths::Token, "grant_type=password&username=x&password=y")),
              QStringLiteral("unsupported_grant_type"));
    const PscHttpResponse noVerifier =
        post(PscGatewayPaths::Token, "grant_type=authorization_code&code=abc&redirect_uri=http%3A%2F%2F127.0.0.1");
    EXPECT_EQ(noVerifier.status, 400);
    EXPECT_EQ(oauthError(noVerifier), QStringLiteral("invalid_request"));
    // A forged code reaches PSC, which refuses it: the gateway passes the refusal on unchanged.
    const PscHttpResponse forged = post(PscGatewayPaths::Token, "grant_type=authorization_code&code=faux&"
                                                                "redirect_uri=http%3A%2F%2F127.0.0.1&code_verifier="
                                                                "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk");
    EXPECT_EQ(forged.status, 400);
    EXPECT_EQ(oauthError(forged), QStringLiteral("invalid_grant"));
}

TEST_F(PscGatewayTest, GatewayWithAWrongSecretMakesTheLoginFailWithInvalidClient)
{
    auto wrong = startGateway(env.config(PscSimTestEnv::kClientId, "mauvais-secret"));
    ASSERT_NE(wrong, nullptr);
    PscClientConfig c = workstation();
    c.gatewayUrl = QStringLiteral("https://127.0.0.1:%1").arg(wrong->port());
    auto channel = PscBackChannel::connect(c);
    ASSERT_TRUE(channel);
    PscSignIn signIn(**channel);
    auto attempt = signIn.begin(QString::fromLatin1(PscSimTestEnv::kRedirect));
    ASSERT_TRUE(attempt);
    const auto r = signIn.complete(*attempt, env.authorize(signIn.authorizationUrl(*attempt)),
                                   QDateTime::currentDateTimeUtc());
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().code, errc::GrantRefused);
    EXPECT_EQ(r.error().location, QStringLiteral("invalid_client"));
}
