// Every transport failure gives a precise error (never ignored): TLS, certificates, timeout,
// malformed answers, unreachable service.
#include "InsiSimTestEnv.h"

#include "interop/insi/InsiRequestBuilder.h"
#include "interop/insi/InsiResponseParser.h"

#include "RefusingPort.h"

#include <gtest/gtest.h>

using namespace sgl::interop::insi;

namespace {
const InsiTraitsQuery kAdrun{QStringLiteral("ADRUN"), QStringLiteral("ZOE"), sgl::domain::Sex::Female,
                             QStringLiteral("1975-12-31"), {}};

QByteArray validEnvelope()
{
    InsiRequestContext ctx = InsiRequestContext::makeDefault();
    ctx.idam = QString::fromLatin1(InsiSimTestEnv::kIdam);
    return InsiRequestBuilder::traitsRequest(kAdrun, ctx).value();
}
} // namespace

TEST(InsiTransport, ServerCertificateNotTrustedIsReported)
{
    auto &env = InsiSimTestEnv::instance();
    auto client = InsiClient::create(env.config(env.normal().endpoint(), "client-auto", "rogue-ca.pem"));
    ASSERT_TRUE(client.has_value());
    auto r = client->searchByTraits(kAdrun);
    ASSERT_FALSE(r.has_value());
    EXPECT_EQ(r.error().code, QStringLiteral("insi.tls"));
    EXPECT_TRUE(r.error().message.contains(QStringLiteral("certificat du serveur")) || r.error().message.contains(QStringLiteral("TLS")));
}

TEST(InsiTransport, ServerCertificateForAnotherNameIsReported)
{
    auto &env = InsiSimTestEnv::instance();
    // A simulator presenting a certificate issued by the trusted CA but for another name
    // (CN INSI-AUTO, no subjectAltName for 127.0.0.1): host verification must refuse it.
    sgl::simulators::insi::InsiSimulatorConfig cfg;
    cfg.basePath = env.basePath();
    cfg.certificatePath = env.pki("client-auto.pem");
    cfg.keyPath = env.pki("client-auto.key.pem");
    cfg.caPath = env.pki("ca.pem");
    auto sim = sgl::simulators::insi::InsiSimulatorThread::start(cfg);
    ASSERT_TRUE(sim.has_value()) << sim.error().toString().toStdString();
    auto client = env.client((*sim)->endpoint());
    auto r = client.searchByTraits(kAdrun);
    ASSERT_FALSE(r.has_value());
    EXPECT_EQ(r.error().code.toStdString(), "insi.tls") << r.error().toString().toStdString();
    EXPECT_TRUE((*sim)->calls().isEmpty());
}

TEST(InsiTransport, ClientCertificateFromUnknownCaIsRefusedByServer)
{
    auto &env = InsiSimTestEnv::instance();
    auto client = InsiClient::create(env.config(env.normal().endpoint(), "client-rogue"));
    ASSERT_TRUE(client.has_value()); // CN is right; only the server can tell the issuer is unknown
    auto r = client->searchByTraits(kAdrun);
    ASSERT_FALSE(r.has_value());
    // Either a TLS alert or, with TLS 1.3, the server closing the connection: never a success.
    EXPECT_TRUE(r.error().code == QStringLiteral("insi.tls") || r.error().code == QStringLiteral("insi.transport"))
        << r.error().toString().toStdString();
    EXPECT_TRUE(r.error().message.contains(QStringLiteral("certificat"))) << r.error().toString().toStdString();
}

TEST(InsiTransport, NoClientCertificateIsRefused)
{
    auto &env = InsiSimTestEnv::instance();
    const RawAnswer a = rawPost(env.normal().endpoint(), validEnvelope(), env.pki("ca.pem"), {}, {});
    EXPECT_NE(a.curlCode, 0) << "a request without client certificate must not get an answer";
    EXPECT_TRUE(a.body.isEmpty());
}

TEST(InsiTransport, WrongCnIsRefusedByClientAndByServer)
{
    auto &env = InsiSimTestEnv::instance();
    auto client = InsiClient::create(env.config(env.normal().endpoint(), "client-wrongcn"));
    ASSERT_FALSE(client.has_value());
    EXPECT_EQ(client.error().code, QStringLiteral("insi.certificate_cn"));
    EXPECT_TRUE(client.error().message.contains(QStringLiteral("LABO-SGL")));
    // The server enforces the rule too (a client that does not check is answered DESIR_560).
    const RawAnswer a = rawPost(env.normal().endpoint(), validEnvelope(), env.pki("ca.pem"),
                                env.pki("client-wrongcn.pem"), env.pki("client-wrongcn.key.pem"));
    ASSERT_EQ(a.curlCode, 0) << a.error.toStdString();
    EXPECT_EQ(a.status, 500);
    auto r = InsiResponseParser::parse(a.body, static_cast<int>(a.status), true);
    ASSERT_FALSE(r.has_value());
    EXPECT_EQ(r.error().code, QStringLiteral("insi.fault.desir_560"));
}

TEST(InsiTransport, TimeoutIsReported)
{
    auto &env = InsiSimTestEnv::instance();
    auto client = env.client(env.slow().endpoint(), 300);
    auto r = client.searchByTraits(kAdrun);
    ASSERT_FALSE(r.has_value());
    EXPECT_EQ(r.error().code, QStringLiteral("insi.timeout"));
    EXPECT_TRUE(r.error().message.contains(QStringLiteral("n'a pas été modifiée")));
}

TEST(InsiTransport, SlowButInTimeSucceeds)
{
    auto &env = InsiSimTestEnv::instance();
    auto client = env.client(env.slow().endpoint(), 8000);
    auto r = client.searchByTraits(kAdrun);
    ASSERT_TRUE(r.has_value()) << r.error().toString().toStdString();
}

TEST(InsiTransport, MalformedSoapAnswerIsReported)
{
    auto &env = InsiSimTestEnv::instance();
    auto client = env.client(env.malformed().endpoint());
    auto r = client.searchByTraits(kAdrun);
    ASSERT_FALSE(r.has_value());
    EXPECT_EQ(r.error().code, QStringLiteral("insi.malformed_response"));
    EXPECT_FALSE(r.error().location.isEmpty());
}

TEST(InsiTransport, UnreachableServiceIsReported)
{
    auto &env = InsiSimTestEnv::instance();
    sgl::testing::RefusingPort refusing;
    ASSERT_TRUE(refusing.isValid());
    auto client = env.client(QStringLiteral("https://127.0.0.1:%1/lps").arg(refusing.port()));
    auto r = client.searchByTraits(kAdrun);
    ASSERT_FALSE(r.has_value());
    EXPECT_EQ(r.error().code, QStringLiteral("insi.unreachable"));
}

TEST(InsiTransport, ConfigurationIsCheckedUpFront)
{
    auto &env = InsiSimTestEnv::instance();
    InsiClientConfig cfg = env.config(QStringLiteral("http://127.0.0.1:1/lps"));
    EXPECT_EQ(InsiClient::create(cfg).error().code, QStringLiteral("insi.config"));
    cfg = env.config(env.normal().endpoint());
    cfg.caBundlePath = QStringLiteral("/nonexistent/ca.pem");
    EXPECT_EQ(InsiClient::create(cfg).error().code, QStringLiteral("insi.config"));
    cfg = env.config(env.normal().endpoint());
    cfg.idam.clear();
    EXPECT_EQ(InsiClient::create(cfg).error().code, QStringLiteral("insi.config"));
    cfg = env.config(env.normal().endpoint());
    cfg.privateKeyPath = env.pki("client-manu.key.pem");
    EXPECT_EQ(InsiClient::create(cfg).error().code, QStringLiteral("insi.certificate_key_mismatch"));
}

TEST(InsiTransport, InvalidQueryNeverLeavesTheMachine)
{
    auto &env = InsiSimTestEnv::instance();
    const auto before = env.normal().calls().size();
    auto client = env.client(env.normal().endpoint());
    InsiTraitsQuery q = kAdrun;
    q.sex = sgl::domain::Sex::Unknown;
    auto r = client.searchByTraits(q);
    ASSERT_FALSE(r.has_value());
    EXPECT_EQ(r.error().code, QStringLiteral("insi.query_sex"));
    EXPECT_EQ(env.normal().calls().size(), before);
}
