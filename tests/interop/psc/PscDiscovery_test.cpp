#include "interop/psc/ErrorCodes.h"
#include "interop/psc/PscDiscovery.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

using namespace sgl::interop::psc;

namespace {
const QString kIssuer = QStringLiteral("https://auth.bas.psc.esante.gouv.fr/auth/realms/esante-wallet");

QJsonObject document()
{
    const QString oidc = kIssuer + QStringLiteral("/protocol/openid-connect");
    return {{QStringLiteral("issuer"), kIssuer},
            {QStringLiteral("authorization_endpoint"), QStringLiteral("https://wallet.bas.psc.esante.gouv.fr/auth")},
            {QStringLiteral("token_endpoint"), oidc + QStringLiteral("/token")},
            {QStringLiteral("userinfo_endpoint"), oidc + QStringLiteral("/userinfo")},
            {QStringLiteral("introspection_endpoint"), oidc + QStringLiteral("/token/introspect")},
            {QStringLiteral("end_session_endpoint"), oidc + QStringLiteral("/logout")},
            {QStringLiteral("jwks_uri"), oidc + QStringLiteral("/certs")},
            {QStringLiteral("backchannel_authentication_endpoint"), kIssuer + QStringLiteral("/ext/ciba/auth")}};
}

QByteArray bytes(const QJsonObject &o)
{
    return QJsonDocument(o).toJson();
}
} // namespace

TEST(PscDiscovery, UsesTheWalletWellKnownPath)
{
    EXPECT_EQ(PscDiscovery::documentUrl(kIssuer + QStringLiteral("/")),
              kIssuer + QStringLiteral("/.well-known/wallet-openid-configuration"));
}

TEST(PscDiscovery, ReadsEveryEndpoint)
{
    const auto d = PscDiscovery::parse(bytes(document()), kIssuer);
    ASSERT_TRUE(d) << d.error().message.toStdString();
    EXPECT_EQ(d->authorizationEndpoint, QStringLiteral("https://wallet.bas.psc.esante.gouv.fr/auth"));
    EXPECT_TRUE(d->tokenEndpoint.endsWith(QStringLiteral("/protocol/openid-connect/token")));
    EXPECT_TRUE(d->introspectionEndpoint.endsWith(QStringLiteral("/token/introspect")));
    EXPECT_TRUE(d->cibaEndpoint.endsWith(QStringLiteral("/ext/ciba/auth")));
}

TEST(PscDiscovery, RefusesIncompleteForeignOrPlainHttpDocuments)
{
    QJsonObject missing = document();
    missing.remove(QStringLiteral("token_endpoint"));
    auto r = PscDiscovery::parse(bytes(missing), kIssuer);
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().code, errc::Discovery);
    EXPECT_TRUE(r.error().message.contains(QStringLiteral("token_endpoint")));

    QJsonObject plain = document();
    plain.insert(QStringLiteral("jwks_uri"), QStringLiteral("http://auth.bas.psc.esante.gouv.fr/certs"));
    EXPECT_EQ(PscDiscovery::parse(bytes(plain), kIssuer).error().code, errc::Discovery);

    EXPECT_EQ(PscDiscovery::parse(bytes(document()), QStringLiteral("https://ailleurs.example/realm")).error().code,
              errc::Discovery);
    EXPECT_EQ(PscDiscovery::parse("<html/>", kIssuer).error().code, errc::Discovery);
}
