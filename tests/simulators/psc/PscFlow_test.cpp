// The whole login against the simulator over TLS: authorize → code → token → ID token validated →
// UserInfo → refresh → introspection → logout, with key rotation and an independent signature check.
#include "PscSimTestEnv.h"

#include "interop/psc/Base64Url.h"
#include "interop/psc/ErrorCodes.h"
#include "interop/psc/Jwt.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUrlQuery>

#include <gtest/gtest.h>

using namespace sgl::interop::psc;

namespace {

QUrl withHint(QUrl url, const QString &hint)
{
    QUrlQuery q(url);
    q.addQueryItem(QStringLiteral("login_hint"), hint);
    url.setQuery(q);
    return url;
}

class PscFlowTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        channel = env.backChannel();
        ASSERT_NE(channel, nullptr);
        signIn = std::make_unique<PscSignIn>(*channel);
    }

    sgl::domain::Result<PscIdentity> login(const QString &hint = {})
    {
        auto attempt = signIn->begin(QString::fromLatin1(PscSimTestEnv::kRedirect));
        EXPECT_TRUE(attempt);
        QUrl url = signIn->authorizationUrl(*attempt);
        if (!hint.isEmpty())
            url = withHint(url, hint);
        const QUrl callback = env.authorize(url);
        EXPECT_TRUE(callback.isValid()) << "no redirect";
        return signIn->complete(*attempt, callback, QDateTime::currentDateTimeUtc());
    }

    PscSimTestEnv &env = PscSimTestEnv::instance();
    std::unique_ptr<PscBackChannel> channel;
    std::unique_ptr<PscSignIn> signIn;
};

} // namespace

TEST_F(PscFlowTest, DiscoveryComesFromTheWalletWellKnownPath)
{
    const PscDiscovery &d = channel->discovery();
    EXPECT_EQ(d.issuer, env.sim().issuer());
    EXPECT_TRUE(d.issuer.endsWith(QStringLiteral("/auth/realms/esante-wallet")));
    EXPECT_TRUE(d.tokenEndpoint.endsWith(QStringLiteral("/protocol/openid-connect/token")));
    EXPECT_TRUE(d.jwksUri.endsWith(QStringLiteral("/protocol/openid-connect/certs")));
}

TEST_F(PscFlowTest, FullLoginRefreshAndLogout)
{
    auto identity = login();
    ASSERT_TRUE(identity) << identity.error().toString().toStdString();
    EXPECT_EQ(identity->professional.rpps, QStringLiteral("10101010105"));
    EXPECT_EQ(identity->professional.subjectNameId, QStringLiteral("810101010105"));
    EXPECT_EQ(identity->professional.familyName, QStringLiteral("BIOLOGISTE"));
    EXPECT_EQ(identity->professional.activities.size(), 2);
    EXPECT_EQ(identity->idToken.acr, QStringLiteral("eidas1"));
    EXPECT_EQ(identity->idToken.subject, identity->professional.subject);
    EXPECT_GT(identity->tokens.accessExpiresAt, QDateTime::currentDateTimeUtc());

    auto introspected = channel->introspect(identity->tokens.accessToken);
    ASSERT_TRUE(introspected) << introspected.error().toString().toStdString();
    EXPECT_TRUE(introspected->active);
    EXPECT_EQ(introspected->clientId, QString::fromLatin1(PscSimTestEnv::kClientId));

    auto renewed = signIn->renew(*identity, QDateTime::currentDateTimeUtc());
    ASSERT_TRUE(renewed) << renewed.error().toString().toStdString();
    EXPECT_NE(renewed->tokens.accessToken, identity->tokens.accessToken);
    EXPECT_NE(renewed->tokens.refreshToken, identity->tokens.refreshToken);
    EXPECT_TRUE(channel->userInfo(renewed->tokens.accessToken));
    // A refresh token is used once.
    const auto replay = channel->refresh(identity->tokens.refreshToken);
    ASSERT_FALSE(replay);
    EXPECT_EQ(replay.error().code, errc::GrantRefused);

    ASSERT_TRUE(signIn->signOut(*renewed));
    EXPECT_FALSE(channel->introspect(renewed->tokens.accessToken)->active);
    const auto after = channel->userInfo(renewed->tokens.accessToken);
    ASSERT_FALSE(after);
    EXPECT_EQ(after.error().code, errc::TokenInactive);
    EXPECT_EQ(channel->refresh(renewed->tokens.refreshToken).error().code, errc::GrantRefused);
}

TEST_F(PscFlowTest, LoginHintSelectsAnotherSeededProfessional)
{
    auto identity = login(QStringLiteral("810101010204"));
    ASSERT_TRUE(identity) << identity.error().toString().toStdString();
    EXPECT_EQ(identity->professional.rpps, QStringLiteral("10101010204"));
    EXPECT_EQ(identity->professional.activities.size(), 3);
    EXPECT_EQ(identity->professional.activities.first().professionCode, QStringLiteral("21"));
}

TEST_F(PscFlowTest, ExpiredAccessTokenIsRefusedAndRefreshStillWorks)
{
    auto identity = login();
    ASSERT_TRUE(identity);
    env.sim().handler().advanceClock(121);
    const auto info = channel->userInfo(identity->tokens.accessToken);
    const auto renewed = signIn->renew(*identity, QDateTime::currentDateTimeUtc().addSecs(121));
    env.sim().handler().advanceClock(-121);
    ASSERT_FALSE(info);
    EXPECT_EQ(info.error().code, errc::TokenInactive);
    ASSERT_TRUE(renewed) << renewed.error().toString().toStdString();
}

TEST_F(PscFlowTest, IdTokenSeenLaterThanItsExpiryIsRefused)
{
    auto identity = login();
    ASSERT_TRUE(identity);
    const auto late = channel->validateIdToken(identity->tokens.idToken, QString(),
                                               QDateTime::currentDateTimeUtc().addSecs(300));
    ASSERT_FALSE(late);
    EXPECT_EQ(late.error().code, errc::TokenExpired);
}

TEST_F(PscFlowTest, KeyRotationKeepsIssuedTokensValidAndNewKeysAreFetched)
{
    auto before = login();
    ASSERT_TRUE(before);
    const QString oldKid = Jwt::parse(before->tokens.idToken)->keyId();
    auto newKid = env.sim().handler().rotateKeys();
    ASSERT_TRUE(newKid);
    EXPECT_NE(*newKid, oldKid);
    // The back-channel still holds the old JWKS: the new kid is unknown to it until it reloads.
    auto after = login();
    ASSERT_TRUE(after) << after.error().toString().toStdString();
    EXPECT_EQ(Jwt::parse(after->tokens.idToken)->keyId(), *newKid);
    // The old token still verifies: the JWKS keeps the previous key.
    EXPECT_TRUE(channel->validateIdToken(before->tokens.idToken, before->idToken.nonce, QDateTime::currentDateTimeUtc()));
}

TEST_F(PscFlowTest, OpensslCommandLineVerifiesTheSimulatorSignature)
{
    const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    if (openssl.isEmpty())
        GTEST_SKIP() << "openssl command line absent";
    auto identity = login();
    ASSERT_TRUE(identity);
    const QList<QByteArray> parts = identity->tokens.idToken.split('.');
    ASSERT_EQ(parts.size(), 3);
    const QString kid = Jwt::parse(identity->tokens.idToken)->keyId();
    QTemporaryDir dir;
    auto write = [&dir](const char *name, const QByteArray &data) {
        QFile f(dir.filePath(QString::fromLatin1(name)));
        EXPECT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(data);
        return f.fileName();
    };
    const QString key = write("pub.pem", env.sim().handler().publicKeyPem(kid));
    const QString sig = write("sig.bin", *Base64Url::decode(parts[2]));
    const QString good = write("input.txt", parts[0] + '.' + parts[1]);
    QByteArray forgedPayload = *Base64Url::decode(parts[1]);
    forgedPayload.replace("810101010105", "810101010204");
    forgedPayload.replace("eidas1", "eidas2");
    const QString bad = write("forged.txt", parts[0] + '.' + Base64Url::encode(forgedPayload));
    auto verify = [&](const QString &input) {
        QProcess p;
        p.start(openssl, {QStringLiteral("dgst"), QStringLiteral("-sha256"), QStringLiteral("-verify"), key,
                          QStringLiteral("-signature"), sig, input});
        EXPECT_TRUE(p.waitForFinished(20000));
        return std::pair{p.exitCode(), p.readAllStandardOutput()};
    };
    const auto [okCode, okOut] = verify(good);
    EXPECT_EQ(okCode, 0);
    EXPECT_TRUE(okOut.contains("Verified OK")) << okOut.constData();
    const auto [badCode, badOut] = verify(bad);
    EXPECT_NE(badCode, 0);
    EXPECT_TRUE(badOut.contains("Verification failure")) << badOut.constData();
}
