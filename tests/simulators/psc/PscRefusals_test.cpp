// What the simulated provider refuses, as the real one does, and how the client reports it.
#include "PscSimTestEnv.h"

#include "interop/psc/ErrorCodes.h"
#include "interop/psc/PscHttp.h"

#include <QUrlQuery>

#include <gtest/gtest.h>

using namespace sgl::interop::psc;

namespace {

QUrl with(QUrl url, const QString &key, const QString &value)
{
    QUrlQuery q(url);
    q.removeAllQueryItems(key);
    q.addQueryItem(key, QString::fromLatin1(QUrl::toPercentEncoding(value)));
    url.setQuery(q);
    return url;
}

QString param(const QUrl &url, const char *key)
{
    return QUrlQuery(url).queryItemValue(QLatin1String(key), QUrl::FullyDecoded);
}

class PscRefusalsTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        channel = env.backChannel();
        ASSERT_NE(channel, nullptr);
        signIn = std::make_unique<PscSignIn>(*channel);
        auto a = signIn->begin(QString::fromLatin1(PscSimTestEnv::kRedirect));
        ASSERT_TRUE(a);
        attempt = *a;
    }
    /** Authorizes and returns the code of the redirect. */
    QString code()
    {
        const QUrl callback = env.authorize(signIn->authorizationUrl(attempt));
        EXPECT_EQ(param(callback, "state"), attempt.state);
        return param(callback, "code");
    }
    static void expectRefused(const sgl::domain::Result<PscTokenSet> &r, const char *oauthError, const char *detail)
    {
        ASSERT_FALSE(r) << "the provider accepted what it must refuse";
        EXPECT_EQ(r.error().code, errc::GrantRefused);
        EXPECT_EQ(r.error().location, QLatin1String(oauthError));
        EXPECT_TRUE(r.error().message.contains(QLatin1String(detail))) << r.error().message.toStdString();
    }

    PscSimTestEnv &env = PscSimTestEnv::instance();
    std::unique_ptr<PscBackChannel> channel;
    std::unique_ptr<PscSignIn> signIn;
    PscAuthorizationRequest attempt;
};

} // namespace

TEST_F(PscRefusalsTest, WrongRedirectUriGetsAnErrorPageNotARedirect)
{
    int status = 0;
    const QUrl url = with(signIn->authorizationUrl(attempt), QStringLiteral("redirect_uri"),
                          QStringLiteral("http://127.0.0.1:53682/psc/callback/../evil"));
    EXPECT_FALSE(env.authorize(url, &status).isValid());
    EXPECT_EQ(status, 400);
    // A prefix of the registered URI is not enough either.
    const QUrl prefix = with(signIn->authorizationUrl(attempt), QStringLiteral("redirect_uri"),
                             QStringLiteral("http://127.0.0.1:53682/psc/callbackx"));
    EXPECT_FALSE(env.authorize(prefix, &status).isValid());
    EXPECT_EQ(status, 400);
}

TEST_F(PscRefusalsTest, UnknownClientGetsAnErrorPage)
{
    int status = 0;
    const QUrl url = with(signIn->authorizationUrl(attempt), QStringLiteral("client_id"), QStringLiteral("inconnu"));
    EXPECT_FALSE(env.authorize(url, &status).isValid());
    EXPECT_EQ(status, 400);
}

TEST_F(PscRefusalsTest, AuthorizationWithoutPkceIsRefused)
{
    QUrl url = signIn->authorizationUrl(attempt);
    QUrlQuery q(url);
    q.removeAllQueryItems(QStringLiteral("code_challenge_method"));
    url.setQuery(q);
    const QUrl callback = env.authorize(url);
    EXPECT_EQ(param(callback, "error"), QStringLiteral("invalid_request"));
    EXPECT_TRUE(param(callback, "code").isEmpty());
}

TEST_F(PscRefusalsTest, DeniedOrInactiveProfessionalEndsInAuthorizationDenied)
{
    const QUrl inactive = with(signIn->authorizationUrl(attempt), QStringLiteral("login_hint"),
                               QStringLiteral("10101010303"));
    auto r = signIn->complete(attempt, env.authorize(inactive), QDateTime::currentDateTimeUtc());
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().code, errc::AuthorizationDenied);
    EXPECT_EQ(r.error().location, QStringLiteral("access_denied"));

    env.sim().handler().setApprove(false);
    const QUrl callback = env.authorize(signIn->authorizationUrl(attempt));
    env.sim().handler().setApprove(true);
    r = signIn->complete(attempt, callback, QDateTime::currentDateTimeUtc());
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().code, errc::AuthorizationDenied);
}

TEST_F(PscRefusalsTest, StateOfAnotherAttemptIsRefused)
{
    const QUrl callback = env.authorize(signIn->authorizationUrl(attempt));
    auto other = signIn->begin(QString::fromLatin1(PscSimTestEnv::kRedirect));
    ASSERT_TRUE(other);
    const auto r = signIn->complete(*other, callback, QDateTime::currentDateTimeUtc());
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().code, errc::StateMismatch);
}

TEST_F(PscRefusalsTest, BadPkceVerifierIsRefused)
{
    auto other = PscAuthorizationRequest::create(attempt.redirectUri);
    ASSERT_TRUE(other);
    expectRefused(channel->exchangeCode(code(), other->codeVerifier, attempt.redirectUri), "invalid_grant",
                  "PKCE verification failed");
    expectRefused(channel->exchangeCode(code(), QByteArray(), attempt.redirectUri), "invalid_grant",
                  "PKCE code verifier not specified");
}

TEST_F(PscRefusalsTest, ReusedCodeIsRefusedAndRevokesItsTokens)
{
    const QString c = code();
    auto first = channel->exchangeCode(c, attempt.codeVerifier, attempt.redirectUri);
    ASSERT_TRUE(first) << first.error().toString().toStdString();
    ASSERT_TRUE(channel->userInfo(first->accessToken));
    expectRefused(channel->exchangeCode(c, attempt.codeVerifier, attempt.redirectUri), "invalid_grant",
                  "Code not valid");
    const auto revoked = channel->userInfo(first->accessToken);
    ASSERT_FALSE(revoked);
    EXPECT_EQ(revoked.error().code, errc::TokenInactive);
}

TEST_F(PscRefusalsTest, CodeExchangedWithAnotherRedirectUriIsRefused)
{
    expectRefused(channel->exchangeCode(code(), attempt.codeVerifier, QStringLiteral("http://127.0.0.1:1/autre")),
                  "invalid_grant", "Incorrect redirect_uri");
}

TEST_F(PscRefusalsTest, ExpiredCodeIsRefused)
{
    const QString c = code();
    env.sim().handler().advanceClock(61);
    const auto r = channel->exchangeCode(c, attempt.codeVerifier, attempt.redirectUri);
    env.sim().handler().advanceClock(-61);
    expectRefused(r, "invalid_grant", "expired");
}

TEST_F(PscRefusalsTest, BadSecretOrUnknownClientIsRefused)
{
    auto wrongSecret = env.backChannel(PscSimTestEnv::kClientId, "mauvais-secret");
    ASSERT_NE(wrongSecret, nullptr); // discovery and JWKS are public
    expectRefused(wrongSecret->exchangeCode(code(), attempt.codeVerifier, attempt.redirectUri), "invalid_client",
                  "Invalid client");
    auto unknown = env.backChannel("client-inconnu", "secret");
    ASSERT_NE(unknown, nullptr);
    expectRefused(unknown->exchangeCode(code(), attempt.codeVerifier, attempt.redirectUri), "invalid_client",
                  "Invalid client");
}

TEST_F(PscRefusalsTest, CodeOfAnotherClientIsRefused)
{
    auto other = env.backChannel(PscSimTestEnv::kOtherClient, PscSimTestEnv::kOtherSecret);
    ASSERT_NE(other, nullptr);
    expectRefused(other->exchangeCode(code(), attempt.codeVerifier, attempt.redirectUri), "invalid_grant",
                  "Auth error");
}

TEST_F(PscRefusalsTest, IdTokenIsForItsOwnClientOnly)
{
    auto tokens = channel->exchangeCode(code(), attempt.codeVerifier, attempt.redirectUri);
    ASSERT_TRUE(tokens);
    auto other = env.backChannel(PscSimTestEnv::kOtherClient, PscSimTestEnv::kOtherSecret);
    ASSERT_NE(other, nullptr);
    const auto r = other->validateIdToken(tokens->idToken, attempt.nonce, QDateTime::currentDateTimeUtc());
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().code, errc::TokenAudience);
    EXPECT_FALSE(other->introspect(tokens->accessToken)->active) << "introspection is for the token's client";
    const auto nonce = channel->validateIdToken(tokens->idToken, QStringLiteral("autre-nonce"),
                                                QDateTime::currentDateTimeUtc());
    ASSERT_FALSE(nonce);
    EXPECT_EQ(nonce.error().code, errc::TokenNonce);
}

TEST_F(PscRefusalsTest, ServerNotTrustedIsATlsError)
{
    PscClientConfig cfg = env.config();
    cfg.transport.caBundlePath = env.pki("rogue-ca.pem");
    const auto r = PscBackChannel::connect(cfg);
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().code, errc::Tls) << r.error().toString().toStdString();
}

TEST_F(PscRefusalsTest, ConfigurationWithoutSecretOrHttpsIsRefusedBeforeAnyCall)
{
    PscClientConfig cfg = env.config();
    cfg.clientSecret.clear();
    EXPECT_EQ(PscBackChannel::connect(cfg).error().code, errc::Config);
    cfg = env.config();
    cfg.issuer.replace(QStringLiteral("https://"), QStringLiteral("http://"));
    EXPECT_EQ(PscBackChannel::connect(cfg).error().code, errc::Config);
}
