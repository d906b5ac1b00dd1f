// ID token validation against crafted tokens: each way a token can be wrong gives its own code.
#include "TestTokenForge.h"

#include "interop/psc/ErrorCodes.h"
#include "interop/psc/IdTokenValidator.h"
#include "interop/psc/Jwks.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

#include <gtest/gtest.h>

using namespace sgl::interop::psc;

namespace {

const QString kIssuer = QStringLiteral("https://auth.bas.psc.esante.gouv.fr/auth/realms/esante-wallet");
const QString kClient = QStringLiteral("sgl-laboratoire");
const QString kNonce = QStringLiteral("nonce-de-la-demande");

class IdTokenValidatorTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        current = new TestTokenForge(QStringLiteral("kid-2026-b"));
        previous = new TestTokenForge(QStringLiteral("kid-2026-a"));
        stranger = new TestTokenForge(QStringLiteral("kid-2026-b")); // same kid, another key
    }
    static void TearDownTestSuite()
    {
        delete current;
        delete previous;
        delete stranger;
    }

    QDateTime now = QDateTime::currentDateTimeUtc();

    QJsonObject claims() const
    {
        const qint64 t = now.toSecsSinceEpoch();
        return {{QStringLiteral("iss"), kIssuer},
                {QStringLiteral("sub"), QStringLiteral("f:compte-psc-synthetique")},
                {QStringLiteral("aud"), kClient},
                {QStringLiteral("azp"), kClient},
                {QStringLiteral("exp"), t + 120},
                {QStringLiteral("iat"), t},
                {QStringLiteral("nonce"), kNonce},
                {QStringLiteral("acr"), QStringLiteral("eidas1")}};
    }
    static Jwks keys(std::initializer_list<QJsonObject> jwk)
    {
        auto parsed = Jwks::parse(TestTokenForge::jwks(jwk));
        EXPECT_TRUE(parsed.has_value());
        return parsed.value_or(Jwks{});
    }
    IdTokenExpectations expected() const { return {kIssuer, kClient, kNonce, QStringLiteral("eidas1"), 60}; }
    sgl::domain::Result<IdTokenClaims> check(const QByteArray &token) const
    {
        return IdTokenValidator::validate(token, keys({current->jwk(), previous->jwk()}), expected(), now);
    }
    void expectCode(const QByteArray &token, QLatin1StringView code) const
    {
        const auto r = check(token);
        ASSERT_FALSE(r.has_value()) << "accepted a token that must fail with " << code.data();
        EXPECT_EQ(r.error().code, code) << r.error().message.toStdString();
        EXPECT_FALSE(r.error().message.isEmpty());
    }

    static inline TestTokenForge *current = nullptr;
    static inline TestTokenForge *previous = nullptr;
    static inline TestTokenForge *stranger = nullptr;
};

} // namespace

TEST_F(IdTokenValidatorTest, ValidTokenGivesItsClaims)
{
    const auto r = check(current->rs256(claims()));
    ASSERT_TRUE(r.has_value()) << r.error().message.toStdString();
    EXPECT_EQ(r->subject, QStringLiteral("f:compte-psc-synthetique"));
    EXPECT_EQ(r->acr, QStringLiteral("eidas1"));
    EXPECT_EQ(r->audience, QStringList{kClient});
    EXPECT_EQ(r->expiresAt.toSecsSinceEpoch(), now.toSecsSinceEpoch() + 120);
}

TEST_F(IdTokenValidatorTest, TamperedPayloadFailsTheSignature)
{
    const QByteArray token = current->rs256(claims());
    QJsonObject forged = claims();
    forged.insert(QStringLiteral("sub"), QStringLiteral("f:un-autre-professionnel"));
    const QList<QByteArray> parts = token.split('.');
    const QByteArray tampered =
        parts[0] + '.' + TestTokenForge::b64(QJsonDocument(forged).toJson(QJsonDocument::Compact)) + '.' + parts[2];
    expectCode(tampered, errc::TokenSignature);
}

TEST_F(IdTokenValidatorTest, SignatureOfAnotherKeyUnderTheSameKidFails)
{
    expectCode(stranger->rs256(claims()), errc::TokenSignature);
}

TEST_F(IdTokenValidatorTest, AlgNoneIsRefusedByName)
{
    const auto r = check(TestTokenForge::unsigned_(claims(), current->kid()));
    ASSERT_FALSE(r.has_value());
    EXPECT_EQ(r.error().code, errc::TokenAlgorithm);
    EXPECT_TRUE(r.error().message.contains(QStringLiteral("none"))) << r.error().message.toStdString();
}

TEST_F(IdTokenValidatorTest, Hs256KeyedWithThePublicKeyIsRefused)
{
    // The classic confusion attack: HMAC keyed with the RSA public modulus an attacker can read.
    const QByteArray publicBytes = current->jwk().value(QStringLiteral("n")).toString().toLatin1();
    expectCode(TestTokenForge::hs256(claims(), publicBytes, current->kid()), errc::TokenAlgorithm);
}

TEST_F(IdTokenValidatorTest, ExpiredTokenNamesItsExpiry)
{
    QJsonObject c = claims();
    const qint64 exp = now.toSecsSinceEpoch() - 61;
    c.insert(QStringLiteral("exp"), exp);
    const auto r = check(current->rs256(c));
    ASSERT_FALSE(r.has_value());
    EXPECT_EQ(r.error().code, errc::TokenExpired);
    const QString shown = QDateTime::fromSecsSinceEpoch(exp, Qt::UTC).toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm"));
    EXPECT_TRUE(r.error().message.startsWith(QStringLiteral("jeton d'identité expiré (exp ") + shown))
        << r.error().message.toStdString();
}

TEST_F(IdTokenValidatorTest, ExpiryWithinTheClockSkewIsAccepted)
{
    QJsonObject c = claims();
    c.insert(QStringLiteral("exp"), now.toSecsSinceEpoch() - 30);
    EXPECT_TRUE(check(current->rs256(c)).has_value());
}

TEST_F(IdTokenValidatorTest, TokenIssuedInTheFutureIsRefused)
{
    QJsonObject c = claims();
    c.insert(QStringLiteral("iat"), now.toSecsSinceEpoch() + 600);
    c.insert(QStringLiteral("exp"), now.toSecsSinceEpoch() + 900);
    expectCode(current->rs256(c), errc::TokenIssuedInFuture);
}

TEST_F(IdTokenValidatorTest, WrongIssuerIsRefused)
{
    QJsonObject c = claims();
    c.insert(QStringLiteral("iss"), QStringLiteral("https://auth.esw.esante.gouv.fr/auth/realms/esante-wallet"));
    expectCode(current->rs256(c), errc::TokenIssuer);
}

TEST_F(IdTokenValidatorTest, WrongAudienceIsRefused)
{
    QJsonObject c = claims();
    c.insert(QStringLiteral("aud"), QStringLiteral("autre-service"));
    c.insert(QStringLiteral("azp"), QStringLiteral("autre-service"));
    expectCode(current->rs256(c), errc::TokenAudience);
}

TEST_F(IdTokenValidatorTest, SeveralAudiencesNeedAzpNamingUs)
{
    QJsonObject c = claims();
    c.insert(QStringLiteral("aud"), QJsonArray{QStringLiteral("autre-service"), kClient});
    c.remove(QStringLiteral("azp"));
    expectCode(current->rs256(c), errc::TokenAudience);
    c.insert(QStringLiteral("azp"), QStringLiteral("autre-service"));
    expectCode(current->rs256(c), errc::TokenAudience);
    c.insert(QStringLiteral("azp"), kClient);
    EXPECT_TRUE(check(current->rs256(c)).has_value());
}

TEST_F(IdTokenValidatorTest, WrongNonceIsRefused)
{
    QJsonObject c = claims();
    c.insert(QStringLiteral("nonce"), QStringLiteral("nonce-d-une-autre-demande"));
    expectCode(current->rs256(c), errc::TokenNonce);
    c.remove(QStringLiteral("nonce"));
    expectCode(current->rs256(c), errc::TokenNonce);
}

TEST_F(IdTokenValidatorTest, AcrOtherThanEidas1IsRefused)
{
    QJsonObject c = claims();
    c.insert(QStringLiteral("acr"), QStringLiteral("eidas2"));
    const auto r = check(current->rs256(c));
    ASSERT_FALSE(r.has_value());
    EXPECT_EQ(r.error().code, errc::TokenAcr);
    EXPECT_TRUE(r.error().message.startsWith(QStringLiteral("acr inattendu : eidas2"))) << r.error().message.toStdString();
    c.remove(QStringLiteral("acr"));
    expectCode(current->rs256(c), errc::TokenAcr);
}

TEST_F(IdTokenValidatorTest, KidAbsentFromTheJwksIsNamed)
{
    const TestTokenForge unknown(QStringLiteral("kid-inconnu"));
    const auto r = check(unknown.rs256(claims()));
    ASSERT_FALSE(r.has_value());
    EXPECT_EQ(r.error().code, errc::TokenKeyUnknown);
    EXPECT_TRUE(r.error().message.contains(QStringLiteral("clé kid=kid-inconnu absente du JWKS")))
        << r.error().message.toStdString();
}

TEST_F(IdTokenValidatorTest, RotatedKeyStillValidWhileInTheJwks)
{
    const QByteArray oldToken = previous->rs256(claims());
    EXPECT_TRUE(check(oldToken).has_value()) << "a token signed before the rotation must still verify";
    // Once the old key leaves the JWKS, its tokens are refused.
    const auto r = IdTokenValidator::validate(oldToken, keys({current->jwk()}), expected(), now);
    ASSERT_FALSE(r.has_value());
    EXPECT_EQ(r.error().code, errc::TokenKeyUnknown);
}

TEST_F(IdTokenValidatorTest, MalformedTokensAreRefusedBeforeAnyKey)
{
    const QByteArray good = current->rs256(claims());
    const QList<QByteArray> p = good.split('.');
    expectCode(p[0] + '.' + p[1], errc::TokenMalformed);                     // two parts
    expectCode(good + ".x", errc::TokenMalformed);                           // four parts
    expectCode(p[0] + "=." + p[1] + '.' + p[2], errc::TokenMalformed);       // padding
    expectCode(p[0] + '.' + p[1] + "+/." + p[2], errc::TokenMalformed);      // base64, not base64url
    expectCode("e30." + p[1] + '.' + p[2], errc::TokenAlgorithm);            // header {} : no alg
    expectCode("bm90IGpzb24." + p[1] + '.' + p[2], errc::TokenMalformed);    // header "not json"
    QJsonObject c = claims();
    c.insert(QStringLiteral("exp"), QStringLiteral("demain"));
    expectCode(current->rs256(c), errc::TokenMalformed);                     // exp not a NumericDate
}

TEST_F(IdTokenValidatorTest, JwksWithoutUsableKeyIsRefused)
{
    EXPECT_EQ(Jwks::parse("{}").error().code, errc::Jwks);
    EXPECT_EQ(Jwks::parse("pas du json").error().code, errc::Jwks);
    EXPECT_EQ(Jwks::parse(R"({"keys":[{"kty":"EC","kid":"e","crv":"P-256"}]})").error().code, errc::Jwks);
    EXPECT_EQ(Jwks::parse(R"({"keys":[{"kty":"RSA","kid":"k","n":"a=b","e":"AQAB"}]})").error().code, errc::Jwks);
}

TEST_F(IdTokenValidatorTest, AtHashBindsTheAccessToken)
{
    const QByteArray accessToken("jeton-d-acces-de-cette-session");
    const QByteArray digest = QCryptographicHash::hash(accessToken, QCryptographicHash::Sha256);
    QJsonObject c = claims();
    c.insert(QStringLiteral("at_hash"), QString::fromLatin1(TestTokenForge::b64(digest.left(16))));
    const auto r = check(current->rs256(c));
    ASSERT_TRUE(r);
    EXPECT_TRUE(IdTokenValidator::checkAccessTokenHash(*r, accessToken));
    const auto swapped = IdTokenValidator::checkAccessTokenHash(*r, "jeton-d-une-autre-session");
    ASSERT_FALSE(swapped);
    EXPECT_EQ(swapped.error().code, errc::TokenAccessHash);
    const auto without = check(current->rs256(claims()));
    ASSERT_TRUE(without);
    EXPECT_TRUE(IdTokenValidator::checkAccessTokenHash(*without, "nimporte")) << "at_hash is optional in the code flow";
}
