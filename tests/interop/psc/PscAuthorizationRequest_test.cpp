#include "interop/psc/PscAuthorizationRequest.h"

#include <QRegularExpression>
#include <QUrlQuery>

#include <gtest/gtest.h>

using sgl::interop::psc::PscAuthorizationRequest;

TEST(PscAuthorizationRequest, S256MatchesTheRfc7636Example)
{
    // RFC 7636 appendix B.
    EXPECT_EQ(PscAuthorizationRequest::s256("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"),
              QByteArray("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"));
}

TEST(PscAuthorizationRequest, SecretsAreFreshAndWellFormed)
{
    const auto a = PscAuthorizationRequest::create(QStringLiteral("http://127.0.0.1:53682/psc/callback"));
    const auto b = PscAuthorizationRequest::create(QStringLiteral("http://127.0.0.1:53682/psc/callback"));
    ASSERT_TRUE(a && b);
    static const QRegularExpression unreserved(QStringLiteral("^[A-Za-z0-9._~-]{43,128}$"));
    EXPECT_TRUE(unreserved.match(QString::fromLatin1(a->codeVerifier)).hasMatch());
    EXPECT_EQ(a->codeChallenge, PscAuthorizationRequest::s256(a->codeVerifier));
    EXPECT_NE(a->codeVerifier, b->codeVerifier);
    EXPECT_NE(a->state, b->state);
    EXPECT_NE(a->nonce, b->nonce);
    EXPECT_NE(a->state, a->nonce);
}

TEST(PscAuthorizationRequest, UrlCarriesEveryParameter)
{
    const auto a = PscAuthorizationRequest::create(QStringLiteral("http://127.0.0.1:53682/psc/callback"));
    ASSERT_TRUE(a);
    const QUrl url = a->url(QStringLiteral("https://wallet.bas.psc.esante.gouv.fr/auth"), QStringLiteral("sgl-laboratoire"));
    EXPECT_EQ(url.host(), QStringLiteral("wallet.bas.psc.esante.gouv.fr"));
    const QUrlQuery q(url);
    auto v = [&q](const char *k) { return q.queryItemValue(QLatin1String(k), QUrl::FullyDecoded); };
    EXPECT_EQ(v("response_type"), QStringLiteral("code"));
    EXPECT_EQ(v("client_id"), QStringLiteral("sgl-laboratoire"));
    EXPECT_EQ(v("redirect_uri"), QStringLiteral("http://127.0.0.1:53682/psc/callback"));
    EXPECT_EQ(v("scope"), QStringLiteral("openid scope_all"));
    EXPECT_EQ(v("acr_values"), QStringLiteral("eidas1"));
    EXPECT_EQ(v("code_challenge_method"), QStringLiteral("S256"));
    EXPECT_EQ(v("code_challenge"), QString::fromLatin1(a->codeChallenge));
    EXPECT_EQ(v("state"), a->state);
    EXPECT_EQ(v("nonce"), a->nonce);
    EXPECT_FALSE(url.toString().contains(QString::fromLatin1(a->codeVerifier))) << "the verifier never leaves the app";
}
