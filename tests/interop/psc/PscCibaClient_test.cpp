// PscCibaClient without a provider: what it refuses before any call, and the polling interval rule
// (the exchanges themselves run against the simulator in tests/simulators/psc/PscCiba_test.cpp).
#include "interop/psc/ErrorCodes.h"
#include "interop/psc/PscCibaClient.h"

#include <gtest/gtest.h>

using namespace sgl::interop::psc;

namespace {

PscClientConfig labConfig()
{
    PscClientConfig c;
    c.issuer = QStringLiteral("https://127.0.0.1:9/auth/realms/esante-wallet");
    c.clientId = QStringLiteral("sgl-laboratoire");
    c.clientSecret = QStringLiteral("secret-de-test-sgl");
    c.transport.timeoutMs = 2000;
    c.transport.connectTimeoutMs = 1000;
    return c;
}

PscDiscovery cibaDiscovery()
{
    PscDiscovery d;
    d.issuer = QStringLiteral("https://127.0.0.1:9/auth/realms/esante-wallet");
    d.tokenEndpoint = d.issuer + QStringLiteral("/protocol/openid-connect/token");
    d.cibaEndpoint = d.issuer + QStringLiteral("/protocol/openid-connect/ext/ciba/auth");
    return d;
}

} // namespace

TEST(PscCibaClientTest, NeedsTheSecretAndThePublishedEndpoint)
{
    EXPECT_TRUE(PscCibaClient::create(labConfig(), cibaDiscovery()));

    PscClientConfig noSecret = labConfig();
    noSecret.clientSecret.clear();
    auto refused = PscCibaClient::create(noSecret, cibaDiscovery());
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, errc::Config);

    PscClientConfig workstation = labConfig();
    workstation.gatewayUrl = QStringLiteral("https://passerelle.labo.example");
    EXPECT_FALSE(PscCibaClient::create(workstation, cibaDiscovery()));

    PscDiscovery withoutCiba = cibaDiscovery();
    withoutCiba.cibaEndpoint.clear();
    auto notEnabled = PscCibaClient::create(labConfig(), withoutCiba);
    ASSERT_FALSE(notEnabled);
    EXPECT_EQ(notEnabled.error().code, errc::Config);
    EXPECT_TRUE(notEnabled.error().message.contains(QStringLiteral("CIBA")));
}

TEST(PscCibaClientTest, BadLoginHintOrEmptyAuthReqIdIsRefusedBeforeAnyCall)
{
    auto client = PscCibaClient::create(labConfig(), cibaDiscovery());
    ASSERT_TRUE(client);
    for (const QString &hint : {QString(), QStringLiteral(" 810101010105"), QStringLiteral("RPPS10101010105")}) {
        auto started = client->start(hint);
        ASSERT_FALSE(started);
        EXPECT_EQ(started.error().code, errc::CibaLoginHint) << hint.toStdString();
    }
    auto polled = client->poll({});
    ASSERT_FALSE(polled);
    EXPECT_EQ(polled.error().code, errc::GrantRefused);
}

TEST(PscCibaClientTest, UnreachableProviderIsATransportError)
{
    auto client = PscCibaClient::create(labConfig(), cibaDiscovery());
    ASSERT_TRUE(client);
    auto started = client->start(QStringLiteral("810101010105"));
    ASSERT_FALSE(started);
    EXPECT_NE(started.error().code, errc::CibaLoginHint);
}

TEST(PscCibaClientTest, SlowDownAddsFiveSeconds)
{
    EXPECT_EQ(PscCibaPoll::nextIntervalSeconds(5, PscCibaPoll::Status::SlowDown), 10);
    EXPECT_EQ(PscCibaPoll::nextIntervalSeconds(10, PscCibaPoll::Status::SlowDown), 15);
    EXPECT_EQ(PscCibaPoll::nextIntervalSeconds(5, PscCibaPoll::Status::Pending), 5);
}
