// CIBA poll mode against the simulator over TLS: PscCibaClient start → the simulator's approve/deny
// hook → polling (authorization_pending, slow_down, expired_token, access_denied, tokens), single
// use of auth_req_id, and the refusals of the authentication endpoint.
#include "PscSimTestEnv.h"

#include "interop/psc/ErrorCodes.h"
#include "interop/psc/PscCibaClient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

using namespace sgl::interop::psc;

namespace {

const QString kBiologist = QStringLiteral("810101010105");
const QString kInactive = QStringLiteral("810101010303");

class PscCibaTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        channel = env.backChannel();
        ASSERT_NE(channel, nullptr);
        auto created = PscCibaClient::create(*channel);
        ASSERT_TRUE(created) << created.error().toString().toStdString();
        client.emplace(std::move(*created));
    }

    // The simulator is shared by the whole process: its clock goes back where it was.
    void TearDown() override { env.sim().handler().advanceClock(-shifted); }

    /** Moves the simulator's clock forward (never back during a test: polls are timed from the last one). */
    void advance(int seconds)
    {
        env.sim().handler().advanceClock(seconds);
        shifted += seconds;
    }

    PscCibaRequest startFor(const QString &hint)
    {
        auto request = client->start(hint, QStringLiteral("Connexion SGL labo 42"));
        EXPECT_TRUE(request) << request.error().toString().toStdString();
        return request ? *request : PscCibaRequest{};
    }

    /** Polls once the interval has elapsed on the simulator's clock. */
    sgl::domain::Result<PscCibaPoll> pollInTime(const PscCibaRequest &request)
    {
        advance(request.intervalSeconds);
        return client->poll(request.authReqId);
    }

    PscSimTestEnv &env = PscSimTestEnv::instance();
    std::unique_ptr<PscBackChannel> channel;
    std::optional<PscCibaClient> client;
    int shifted = 0;
};

} // namespace

TEST_F(PscCibaTest, DiscoveryAdvertisesThePollMode)
{
    PscHttpRequest request;
    request.url = PscDiscovery::documentUrl(env.sim().issuer());
    PscTransportConfig transport;
    transport.caBundlePath = env.pki("ca.pem");
    auto answer = PscHttp::send(request, transport);
    ASSERT_TRUE(answer);
    const QJsonObject o = QJsonDocument::fromJson(answer->body).object();
    EXPECT_EQ(o.value(u"backchannel_authentication_endpoint").toString(),
              env.sim().issuer() + QStringLiteral("/protocol/openid-connect/ext/ciba/auth"));
    EXPECT_EQ(o.value(u"backchannel_token_delivery_modes_supported").toArray(), QJsonArray{QStringLiteral("poll")});
    EXPECT_TRUE(o.value(u"grant_types_supported").toArray().contains(QStringLiteral("urn:openid:params:grant-type:ciba")));
    EXPECT_EQ(channel->discovery().cibaEndpoint, o.value(u"backchannel_authentication_endpoint").toString());
}

TEST_F(PscCibaTest, ApprovedRequestGivesTokensWhoseIdTokenValidates)
{
    const PscCibaRequest request = startFor(kBiologist);
    ASSERT_FALSE(request.authReqId.isEmpty());
    EXPECT_EQ(request.expiresInSeconds, 120);
    EXPECT_EQ(request.intervalSeconds, 5);

    auto pending = pollInTime(request);
    ASSERT_TRUE(pending) << pending.error().toString().toStdString();
    EXPECT_EQ(pending->status, PscCibaPoll::Status::Pending);

    ASSERT_TRUE(env.sim().handler().answerCiba(request.authReqId, true));
    auto approved = pollInTime(request);
    ASSERT_TRUE(approved) << approved.error().toString().toStdString();
    ASSERT_EQ(approved->status, PscCibaPoll::Status::Tokens);
    ASSERT_FALSE(approved->tokens.idToken.isEmpty());

    auto claims = channel->validateIdToken(approved->tokens.idToken, {}, QDateTime::currentDateTimeUtc());
    ASSERT_TRUE(claims) << claims.error().toString().toStdString();
    EXPECT_EQ(claims->acr, QStringLiteral("eidas1"));
    EXPECT_TRUE(claims->nonce.isEmpty());
    EXPECT_FALSE(claims->raw.contains(u"nonce"));
    EXPECT_TRUE(IdTokenValidator::checkAccessTokenHash(*claims, approved->tokens.accessToken));
    auto info = channel->userInfo(approved->tokens.accessToken);
    ASSERT_TRUE(info) << info.error().toString().toStdString();
    EXPECT_EQ(info->subjectNameId, kBiologist);

    // A nonce was never sent: a validator expecting one must refuse the token.
    auto withNonce = channel->validateIdToken(approved->tokens.idToken, QStringLiteral("n-0S6_WzA2Mj"),
                                              QDateTime::currentDateTimeUtc());
    ASSERT_FALSE(withNonce);
    EXPECT_EQ(withNonce.error().code, errc::TokenNonce);
}

TEST_F(PscCibaTest, AuthReqIdGivesTokensOnce)
{
    const PscCibaRequest request = startFor(kBiologist);
    ASSERT_TRUE(env.sim().handler().answerCiba(request.authReqId, true));
    auto first = pollInTime(request);
    ASSERT_TRUE(first);
    ASSERT_EQ(first->status, PscCibaPoll::Status::Tokens);
    auto again = pollInTime(request);
    ASSERT_FALSE(again);
    EXPECT_EQ(again.error().code, errc::GrantRefused);
    EXPECT_EQ(again.error().location, QStringLiteral("invalid_grant"));
    EXPECT_FALSE(env.sim().handler().answerCiba(request.authReqId, true)) << "consumed request answered again";
}

TEST_F(PscCibaTest, DeniedRequestEndsInDenied)
{
    const PscCibaRequest request = startFor(kBiologist);
    ASSERT_TRUE(env.sim().handler().answerCiba(request.authReqId, false));
    EXPECT_FALSE(env.sim().handler().answerCiba(request.authReqId, true)) << "an answer is final";
    auto polled = pollInTime(request);
    ASSERT_TRUE(polled) << polled.error().toString().toStdString();
    EXPECT_EQ(polled->status, PscCibaPoll::Status::Denied);
    auto again = pollInTime(request);
    ASSERT_FALSE(again) << "a denied request is forgotten";
    EXPECT_EQ(again.error().code, errc::GrantRefused);
}

TEST_F(PscCibaTest, UnansweredRequestExpires)
{
    const PscCibaRequest request = startFor(kBiologist);
    ASSERT_TRUE(env.sim().handler().answerCiba(request.authReqId, true));
    advance(request.expiresInSeconds + 1);
    auto polled = client->poll(request.authReqId);
    ASSERT_TRUE(polled) << polled.error().toString().toStdString();
    EXPECT_EQ(polled->status, PscCibaPoll::Status::Expired);
    auto again = pollInTime(request);
    ASSERT_FALSE(again) << "an expired request is forgotten";
    EXPECT_EQ(again.error().code, errc::GrantRefused);
}

TEST_F(PscCibaTest, PollingFasterThanTheIntervalIsSlowDown)
{
    const PscCibaRequest request = startFor(kBiologist);
    auto early = client->poll(request.authReqId);
    ASSERT_TRUE(early) << early.error().toString().toStdString();
    EXPECT_EQ(early->status, PscCibaPoll::Status::SlowDown);
    const int next = PscCibaPoll::nextIntervalSeconds(request.intervalSeconds, early->status);
    EXPECT_EQ(next, 10);
    advance(request.intervalSeconds); // the first interval no longer suffices
    auto stillEarly = client->poll(request.authReqId);
    ASSERT_TRUE(stillEarly);
    EXPECT_EQ(stillEarly->status, PscCibaPoll::Status::SlowDown);
    advance(15); // two slow_downs: 15 s now, counted from the last poll
    auto polled = client->poll(request.authReqId);
    ASSERT_TRUE(polled);
    EXPECT_EQ(polled->status, PscCibaPoll::Status::Pending);
}

TEST_F(PscCibaTest, UnknownOrMalformedLoginHintIsRefused)
{
    auto unknown = client->start(QStringLiteral("899999999999"));
    ASSERT_FALSE(unknown);
    EXPECT_EQ(unknown.error().code, errc::CibaUnknownUser);
    EXPECT_TRUE(unknown.error().message.contains(QStringLiteral("899999999999")));
    for (const QString &bad : {QString(), QStringLiteral("8 1010101010"), QStringLiteral("dr.biologiste")}) {
        auto refused = client->start(bad);
        ASSERT_FALSE(refused) << bad.toStdString();
        EXPECT_EQ(refused.error().code, errc::CibaLoginHint);
    }
}

TEST_F(PscCibaTest, InactiveProfessionalIsRefused)
{
    auto refused = client->start(kInactive);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, errc::CibaRefused);
    EXPECT_EQ(refused.error().location, QStringLiteral("access_denied"));
}

TEST_F(PscCibaTest, BadClientSecretIsRefused)
{
    const PscCibaRequest request = startFor(kBiologist);
    auto wrongChannel = env.backChannel(PscSimTestEnv::kClientId, "mauvais-secret");
    ASSERT_NE(wrongChannel, nullptr);
    auto wrong = PscCibaClient::create(*wrongChannel);
    ASSERT_TRUE(wrong);
    auto started = wrong->start(kBiologist);
    ASSERT_FALSE(started);
    EXPECT_EQ(started.error().code, errc::CibaRefused);
    EXPECT_EQ(started.error().location, QStringLiteral("invalid_client"));
    advance(request.intervalSeconds);
    auto polled = wrong->poll(request.authReqId);
    ASSERT_FALSE(polled);
    EXPECT_EQ(polled.error().code, errc::GrantRefused);
    EXPECT_EQ(polled.error().location, QStringLiteral("invalid_client"));
}

TEST_F(PscCibaTest, ServiceWithoutCibaAndForeignAuthReqIdAreRefused)
{
    auto otherChannel = env.backChannel(PscSimTestEnv::kOtherClient, PscSimTestEnv::kOtherSecret);
    ASSERT_NE(otherChannel, nullptr);
    auto other = PscCibaClient::create(*otherChannel);
    ASSERT_TRUE(other);
    auto started = other->start(kBiologist);
    ASSERT_FALSE(started);
    EXPECT_EQ(started.error().location, QStringLiteral("unauthorized_client"));

    const PscCibaRequest request = startFor(kBiologist);
    ASSERT_TRUE(env.sim().handler().answerCiba(request.authReqId, true));
    advance(request.intervalSeconds);
    auto stolen = other->poll(request.authReqId);
    ASSERT_FALSE(stolen) << "another client's auth_req_id gave tokens";
    EXPECT_EQ(stolen.error().code, errc::GrantRefused);
}

TEST_F(PscCibaTest, MissingOpenidScopeOrBadBindingMessageIsInvalid)
{
    PscClientConfig config = env.config();
    config.scope = QStringLiteral("scope_all");
    auto noOpenid = PscCibaClient::create(config, channel->discovery());
    ASSERT_TRUE(noOpenid);
    auto refused = noOpenid->start(kBiologist);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, errc::CibaRefused);
    EXPECT_EQ(refused.error().location, QStringLiteral("invalid_request"));

    auto tooLong = client->start(kBiologist, QString(65, QLatin1Char('x')));
    ASSERT_FALSE(tooLong);
    EXPECT_EQ(tooLong.error().location, QStringLiteral("invalid_binding_message"));
    auto control = client->start(kBiologist, QStringLiteral("ligne\nsuivante"));
    ASSERT_FALSE(control);
    EXPECT_EQ(control.error().location, QStringLiteral("invalid_binding_message"));
}

TEST_F(PscCibaTest, ClientWithoutSecretOrWithoutEndpointIsRefusedBeforeAnyCall)
{
    PscClientConfig workstation = env.config();
    workstation.clientSecret.clear();
    workstation.gatewayUrl = QStringLiteral("https://passerelle.labo.example:8443");
    auto noSecret = PscCibaClient::create(workstation, channel->discovery());
    ASSERT_FALSE(noSecret);
    EXPECT_EQ(noSecret.error().code, errc::Config);

    PscDiscovery withoutCiba = channel->discovery();
    withoutCiba.cibaEndpoint.clear();
    auto notEnabled = PscCibaClient::create(env.config(), withoutCiba);
    ASSERT_FALSE(notEnabled);
    EXPECT_EQ(notEnabled.error().code, errc::Config);
    EXPECT_TRUE(PscCibaClient::create(env.config(), channel->discovery()));
}

TEST_F(PscCibaTest, HttpTestHooksApproveAndDeny)
{
    PscTransportConfig transport;
    transport.caBundlePath = env.pki("ca.pem");
    auto hook = [&](const char *action, const QString &id) {
        PscHttpRequest request;
        request.method = QByteArrayLiteral("POST");
        request.url = QStringLiteral("https://127.0.0.1:%1/sim/ciba/%2?auth_req_id=%3")
                          .arg(env.sim().port())
                          .arg(QLatin1String(action), QString::fromLatin1(QUrl::toPercentEncoding(id)));
        auto answer = PscHttp::send(request, transport);
        EXPECT_TRUE(answer);
        return answer ? answer->status : 0;
    };
    const PscCibaRequest approved = startFor(kBiologist);
    EXPECT_EQ(hook("approve", approved.authReqId), 200);
    auto tokens = pollInTime(approved);
    ASSERT_TRUE(tokens);
    EXPECT_EQ(tokens->status, PscCibaPoll::Status::Tokens);

    const PscCibaRequest denied = startFor(kBiologist);
    EXPECT_EQ(hook("deny", denied.authReqId), 200);
    auto refused = pollInTime(denied);
    ASSERT_TRUE(refused);
    EXPECT_EQ(refused->status, PscCibaPoll::Status::Denied);

    EXPECT_EQ(hook("approve", QStringLiteral("inconnu")), 404);
    EXPECT_EQ(hook("deny", denied.authReqId), 404) << "a consumed request cannot be answered";
}
