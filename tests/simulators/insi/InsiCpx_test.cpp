// INSi in CPx mode: the professional's card (a SoftHSM2 token holding a test PKI card certificate)
// signs the Assertion PS; the simulator's CPx listener (no TLS client certificate) verifies it.
#include "InsiSimTestEnv.h"
#include "SoftHsmToken.h"

#include "interop/cps/CpsCard.h"
#include "interop/insi/ErrorCodes.h"
#include "interop/xml/XmlDocument.h"
#include "simulators/insi/InsiCpxVerifier.h"
#include "simulators/insi/TestPki.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace sgl::interop::insi;
using namespace sgl::interop::cps;
using sgl::simulators::insi::TestPki;

namespace {

InsiTraitsQuery adrun()
{
    return {QStringLiteral("ADRUN"), QStringLiteral("ZOE"), sgl::domain::Sex::Female, QStringLiteral("1975-12-31"), {}};
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class InsiCpxTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        const QString why = SoftHsmToken::unavailableReason();
        if (!why.isEmpty())
            GTEST_SKIP() << why.toStdString();
        m_env = &InsiSimTestEnv::instance();
        ASSERT_FALSE(m_env->normal().cpxEndpoint().isEmpty());
        m_token = std::make_unique<SoftHsmToken>();
        ASSERT_TRUE(m_token->initToken().isEmpty());
    }

    /** Puts base(.pem/.key.pem) on the card and opens it. */
    std::unique_ptr<CpsCard> card(const char *base)
    {
        const QString b = QString::fromLatin1(base);
        const QString error = m_token->import(m_env->pki((b + QStringLiteral(".key.pem")).toLatin1().constData()),
                                              m_env->pki((b + QStringLiteral(".pem")).toLatin1().constData()), base, 1);
        EXPECT_TRUE(error.isEmpty()) << error.toStdString();
        QString pin = QString::fromLatin1(SoftHsmToken::kUserPin);
        auto opened = CpsCard::open(settings(), CpsPin::take(pin));
        EXPECT_TRUE(opened.has_value()) << (opened ? "" : opened.error().toString().toStdString());
        return opened ? std::move(*opened) : nullptr;
    }

    static CpsSettings settings()
    {
        CpsSettings s;
        s.modulePath = QString::fromLatin1(SoftHsmToken::kModule);
        return s;
    }

    InsiClient client(const CpsCard &card)
    {
        InsiCpxCard cpx;
        cpx.key = card.signingKey();
        cpx.certificateSubject = card.certificate().subject;
        cpx.nationalId = card.certificate().nationalId;
        cpx.billingId = QStringLiteral("991130972");
        auto c = InsiClient::createCpx(m_env->config(m_env->normal().cpxEndpoint()), cpx);
        EXPECT_TRUE(c.has_value()) << (c ? "" : c.error().toString().toStdString());
        return std::move(*c);
    }

    RawAnswer postWithoutCertificate(const QByteArray &envelope)
    {
        return rawPost(m_env->normal().cpxEndpoint(), envelope, m_env->pki("ca.pem"), {}, {});
    }

    InsiSimTestEnv *m_env = nullptr;
    std::unique_ptr<SoftHsmToken> m_token;
};

TEST_F(InsiCpxTest, CardSignedCallFindsTheIdentity)
{
    auto c = card("card");
    ASSERT_TRUE(c);
    InsiClient insi = client(*c);
    EXPECT_TRUE(insi.cpxMode());
    auto r = insi.searchByTraits(adrun());
    ASSERT_TRUE(r.has_value()) << r.error().toString().toStdString();
    EXPECT_EQ(r->outcome, InsiOutcome::Found);
    const auto calls = m_env->normal().calls();
    ASSERT_FALSE(calls.isEmpty());
    EXPECT_EQ(calls.last().cpxNationalId, QString::fromLatin1(TestPki::kCardNationalId));
    EXPECT_EQ(calls.last().outcome, QStringLiteral("00"));
}

TEST_F(InsiCpxTest, EnvelopeHasTheAssertionPsShape)
{
    auto c = card("card");
    ASSERT_TRUE(c);
    auto envelope = client(*c).traitsEnvelope(adrun());
    ASSERT_TRUE(envelope.has_value()) << envelope.error().toString().toStdString();
    const QString text = QString::fromUtf8(*envelope);
    EXPECT_TRUE(text.contains(QStringLiteral("NameQualifier=\"CPS\">899900012345</saml2:NameID>")));
    EXPECT_TRUE(text.contains(QStringLiteral("nameid-format:X509SubjectName")));
    EXPECT_TRUE(text.contains(QStringLiteral("identifiantFacturation")));
    EXPECT_TRUE(text.contains(QStringLiteral("SA25^1.2.250.1.71.4.2.4")));
    EXPECT_TRUE(text.contains(QStringLiteral("rsa-sha256")));
    EXPECT_TRUE(text.contains(QStringLiteral("<ctxlps:Emetteur>899900012345</ctxlps:Emetteur>")));
    // Signature right after the Issuer, inside the assertion.
    EXPECT_TRUE(QRegularExpression(QStringLiteral("</saml2:Issuer><Signature xmlns=\"http://www.w3.org/2000/09/xmldsig#\">"))
                    .match(text)
                    .hasMatch());
}

TEST_F(InsiCpxTest, SimulatorRefusesATamperedAssertion)
{
    auto c = card("card");
    ASSERT_TRUE(c);
    auto envelope = client(*c).traitsEnvelope(adrun());
    ASSERT_TRUE(envelope.has_value());
    EXPECT_EQ(postWithoutCertificate(*envelope).status, 200);
    QByteArray tampered = *envelope;
    tampered.replace("991130972", "991130973");
    const RawAnswer refused = postWithoutCertificate(tampered);
    EXPECT_EQ(refused.status, 500);
    EXPECT_TRUE(refused.body.contains("siram_40")) << refused.body.constData();
    EXPECT_TRUE(refused.body.contains("Assertion PS refus")) << refused.body.constData();
}

TEST_F(InsiCpxTest, SimulatorRefusesAnEnvelopeWithoutAssertion)
{
    // An organisation-mode envelope sent to the CPx listener (no client certificate, no assertion).
    auto org = m_env->client(m_env->normal().endpoint()).traitsEnvelope(adrun());
    ASSERT_TRUE(org.has_value());
    const RawAnswer refused = postWithoutCertificate(*org);
    EXPECT_EQ(refused.status, 500);
    EXPECT_TRUE(refused.body.contains("siram_40"));
}

TEST_F(InsiCpxTest, ACertificateThatIsNotACardIsRefused)
{
    auto c = card("card-nopolicy");
    ASSERT_TRUE(c);
    auto r = client(*c).searchByTraits(adrun());
    ASSERT_FALSE(r.has_value());
    EXPECT_EQ(r.error().code, QStringLiteral("insi.fault.siram_40"));
    EXPECT_TRUE(r.error().toString().contains(QStringLiteral("carte de professionnel"))) << r.error().toString().toStdString();
}

TEST_F(InsiCpxTest, ACardOfAnUnknownAuthorityIsRefused)
{
    auto c = card("card-rogue");
    ASSERT_TRUE(c);
    auto r = client(*c).searchByTraits(adrun());
    ASSERT_FALSE(r.has_value());
    EXPECT_EQ(r.error().code, QStringLiteral("insi.fault.siram_40"));
}

TEST_F(InsiCpxTest, VerifierRefusesAnAssertionPastItsValidity)
{
    auto c = card("card");
    ASSERT_TRUE(c);
    auto envelope = client(*c).traitsEnvelope(adrun());
    ASSERT_TRUE(envelope.has_value());
    auto doc = sgl::interop::xml::XmlDocument::parse(*envelope, QStringLiteral("test"));
    ASSERT_TRUE(doc.has_value());
    const sgl::simulators::insi::InsiCpxVerifier verifier({readAll(m_env->pki("ca.pem"))},
                                                          QString::fromLatin1(TestPki::kCardPolicyOid));
    EXPECT_TRUE(verifier.verify(*doc).has_value());
    auto late = verifier.verify(*doc, QDateTime::currentDateTimeUtc().addSecs(3600));
    ASSERT_FALSE(late.has_value());
    EXPECT_TRUE(late.error().message.contains(QStringLiteral("validité")));
}

TEST_F(InsiCpxTest, CpxClientNeedsTheCard)
{
    InsiCpxCard none;
    auto c = InsiClient::createCpx(m_env->config(m_env->normal().cpxEndpoint()), none);
    ASSERT_FALSE(c.has_value());
    EXPECT_EQ(c.error().code, errc::CpxCard);
}

TEST_F(InsiCpxTest, Xmlsec1CommandLineAcceptsTheCardSignatureAndRefusesATamperedCopy)
{
    const QString xmlsec = QStandardPaths::findExecutable(QStringLiteral("xmlsec1"));
    if (xmlsec.isEmpty())
        GTEST_SKIP() << "xmlsec1 absent (paquet xmlsec1): vérification indépendante impossible";
    auto c = card("card");
    ASSERT_TRUE(c);
    auto envelope = client(*c).traitsEnvelope(adrun());
    ASSERT_TRUE(envelope.has_value());
    QTemporaryDir dir;
    const auto verify = [&](const QByteArray &xml) {
        const QString path = dir.filePath(QStringLiteral("envelope.xml"));
        QFile f(path);
        EXPECT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(xml);
        f.close();
        QProcess p;
        p.start(xmlsec, {QStringLiteral("--verify"), QStringLiteral("--id-attr:ID"),
                         QStringLiteral("urn:oasis:names:tc:SAML:2.0:assertion:Assertion"), QStringLiteral("--trusted-pem"),
                         m_env->pki("ca.pem"), path});
        p.waitForFinished(30000);
        return p.exitCode();
    };
    EXPECT_EQ(verify(*envelope), 0);
    QByteArray tampered = *envelope;
    tampered.replace("SA25^", "SA29^");
    EXPECT_NE(verify(tampered), 0);
}
