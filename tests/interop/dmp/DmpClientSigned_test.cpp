// The DMP client with the product's signer (SignedDmpSecurity, RSA test PKI) over mutual TLS 1.2:
// what reaches the server verifies as the DMP would check it (VihfVerifier, XadesVerifier).

#include "CdaTestFixtures.h"
#include "DmpSecurityTestEnv.h"
#include "FakeHttpsServer.h"

#include "interop/cda/CdaN3Writer.h"
#include "interop/dmp/DmpClient.h"
#include "interop/dmp/DmpFailure.h"
#include "interop/dmp/ErrorCodes.h"
#include "interop/dmp/VihfVerifier.h"
#include "interop/dmp/XadesVerifier.h"
#include "interop/xds/MtomMessage.h"
#include "interop/xml/XmlDocument.h"

using namespace sgl;
using namespace sgl::interop::dmp;

namespace {

class DmpClientSignedTest : public DmpSecurityTestEnv {
protected:
    static QByteArray example(const char *name)
    {
        return shared((QByteArray("dmp-exemples-messages-v02.05.00/") + name).constData());
    }
};

} // namespace

TEST_F(DmpClientSignedTest, APublicationCarriesAVihfAndAXadesTheDmpAccepts)
{
    ASSERT_TRUE(pkiOk);
    sgl::testing::FakeHttpsServer server({pki("server.pem"), pki("server.key.pem"), pki("ca.pem"), QSsl::TlsV1_2OrLater});
    const quint16 port = server.start();
    ASSERT_NE(port, 0);
    server.push({200, "application/soap+xml", example("TD2.1_Alimentation_reponse.xml")});

    DmpClientConfig cfg;
    cfg.endpoint = QStringLiteral("https://localhost:%1/si-dmp-server/v2/services").arg(port);
    cfg.certificatePath = pki("org.pem");
    cfg.privateKeyPath = pki("org.key.pem");
    cfg.caBundlePath = pki("ca.pem");
    cfg.sourceOid = QStringLiteral("1.2.250.1.999.1.2");
    std::shared_ptr<DmpSecurity> signer = security();
    ASSERT_TRUE(signer);
    auto client = DmpClient::create(cfg, signer);
    ASSERT_TRUE(client.has_value()) << client.error().toString().toStdString();

    DmpDocument doc;
    domain::ReportContent content = test::sampleReport();
    content.patient.ins.matricule = Ins.left(13);
    content.patient.ins.key = Ins.mid(13);
    auto cda = interop::cda::CdaN3Writer::write(content);
    ASSERT_TRUE(cda.has_value());
    doc.ins = Ins;
    doc.cda = *cda;
    auto published = (*client)->provideAndRegister(doc);
    ASSERT_TRUE(published.has_value()) << published.error().toString().toStdString();

    const auto requests = server.requests();
    ASSERT_EQ(requests.size(), 1);
    auto mtom = interop::xds::MtomMessage::parse(requests[0].headers.value("content-type"), requests[0].body);
    ASSERT_TRUE(mtom.has_value()) << mtom.error().toString().toStdString();
    const QList<QByteArray> trusted{readFile(pki("ca.pem"))};

    VihfVerifierOptions vo;
    vo.trustedCaPem = trusted;
    vo.allowSha1 = false;
    auto vihf = VihfVerifier::verify(mtom->rootXml, vo);
    ASSERT_TRUE(vihf.has_value()) << vihf.error().toString().toStdString();
    EXPECT_EQ(vihf->patientIns, Ins);

    auto envelope = interop::xml::XmlDocument::parse(mtom->rootXml);
    ASSERT_TRUE(envelope.has_value());
    const interop::xml::XmlNamespaces ns{{QStringLiteral("xds"), QStringLiteral("urn:ihe:iti:xds-b:2007")},
                                         {QStringLiteral("xop"), QStringLiteral("http://www.w3.org/2004/08/xop/include")}};
    const auto *docPart = mtom->attachment(
        envelope->evaluateString(QStringLiteral("string(//xds:Document[@id='Document01']/xop:Include/@href)"), ns)->toUtf8());
    const auto *sigPart = mtom->attachment(
        envelope->evaluateString(QStringLiteral("string(//xds:Document[@id='Signature01']/xop:Include/@href)"), ns)->toUtf8());
    ASSERT_TRUE(docPart && sigPart);
    XadesVerifierOptions xo;
    xo.trustedCaPem = trusted;
    xo.allowSha1 = false;
    auto xades = XadesVerifier::verify(sigPart->body, {{published->uniqueId, docPart->body}}, xo);
    ASSERT_TRUE(xades.has_value()) << xades.error().toString().toStdString();
    EXPECT_EQ(xades->submissionSetUniqueId, published->submissionSetUniqueId);
    ASSERT_EQ(xades->documents.size(), 1);
    EXPECT_EQ(xades->documents[0].uniqueId, published->uniqueId);
    // The signature entry's uniqueId is the ds:Signature Id.
    EXPECT_TRUE(mtom->rootXml.contains(xades->signatureId.toUtf8()));
}

TEST_F(DmpClientSignedTest, AnExpiredOrUntrustedClientCertificateIsAPermanentTlsFailure)
{
    ASSERT_TRUE(pkiOk);
    for (const char *cert : {"expired-org", "rogue-org"}) {
        sgl::testing::FakeHttpsServer server({pki("server.pem"), pki("server.key.pem"), pki("ca.pem"), QSsl::TlsV1_2OrLater});
        const quint16 port = server.start();
        ASSERT_NE(port, 0);
        server.push({200, "application/soap+xml", example("TD0.2_Test_d_existence_reponse.xml")});
        DmpClientConfig cfg;
        cfg.endpoint = QStringLiteral("https://localhost:%1/si-dmp-server/v2/services").arg(port);
        cfg.certificatePath = pki((QByteArray(cert) + ".pem").constData());
        cfg.privateKeyPath = pki((QByteArray(cert) + ".key.pem").constData());
        cfg.caBundlePath = pki("ca.pem");
        cfg.sourceOid = QStringLiteral("1.2.250.1.999.1.2");
        auto client = DmpClient::create(cfg, std::shared_ptr<DmpSecurity>(security()));
        ASSERT_TRUE(client.has_value()) << cert;
        auto r = (*client)->testExistence(Ins);
        ASSERT_FALSE(r.has_value()) << cert;
        EXPECT_EQ(r.error().code, errc::Tls) << cert << ": " << r.error().toString().toStdString();
        EXPECT_FALSE(DmpFailure::isTransient(r.error())) << cert;
        EXPECT_TRUE(server.requests().isEmpty()) << cert;
    }
}
