// The official CNAM TD2.1 request (soapUI capture, MTOM, SOAP 1.1 namespace, unsigned VIHF, XAdES
// signed by a card of the IGC-Santé TEST PKI) must be refused only because of what is not signed
// by a certificate the simulator trusts: every metadata rule passes on it.
#include "DmpHandlerFixture.h"

#include "simulators/dmp/DmpSimulatorConfig.h"
#include "simulators/dmp/TrustedSignatureVerifier.h"
#include "simulators/dmp/UncheckedSignatureVerifier.h"
#include "simulators/pki/RsaTestPki.h"

#include <QFile>
#include <QTemporaryDir>

using namespace sgl::simulators::dmp;

namespace {

const char *const kRequest = SGL_SHARED_DIR "/dmp-mss-material/dmp-exemples-messages-v02.05.00/TD2.1_Alimentation_requete.xml";

/** The capture as an HTTP body, with the Content-Type soapUI sent with it (the file has no headers). */
QByteArray officialBody()
{
    QFile f(QString::fromUtf8(kRequest));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

const QString kContentType = QStringLiteral(
    "multipart/related; type=\"application/xop+xml\"; start=\"<rootpart@soapui.org>\"; "
    "start-info=\"application/soap+xml\"; action=\"urn:ihe:iti:2007:ProvideAndRegisterDocumentSet-b\"; "
    "boundary=\"----=_Part_9_20030738.1554380517598\"");

/** The VIHF accepted without looking (the capture's is unsigned), the XAdES verified for real. */
class RealXadesOnly : public DmpSignatureVerifier
{
public:
    explicit RealXadesOnly(std::unique_ptr<TrustedSignatureVerifier> real) : m_real(std::move(real)) {}
    sgl::domain::Result<VihfFindings> verifyVihf(const QByteArray &) override { return VihfFindings{}; }
    sgl::domain::Result<XadesFindings> verifyXades(const QByteArray &s, const QList<SubmittedDocument> &d) override
    {
        return m_real->verifyXades(s, d);
    }

private:
    std::unique_ptr<TrustedSignatureVerifier> m_real;
};

class DmpOfficialTd21 : public ::testing::Test
{
protected:
    void SetUp() override
    {
        if (!QFile::exists(QString::fromUtf8(kRequest)) || !QFile::exists(valueSetDirectory()))
            GTEST_SKIP() << "official DMP examples or CI-SIS value sets absent (../shared)";
        body = officialBody();
        ASSERT_FALSE(body.isEmpty());
        ASSERT_TRUE(dir.isValid());
        ASSERT_TRUE(sgl::simulators::pki::RsaTestPki::create(dir.path()).has_value());
    }
    std::unique_ptr<DmpHandler> handlerWith(std::unique_ptr<DmpSignatureVerifier> verifier)
    {
        DmpSimulatorConfig config;
        config.valueSetDirectory = valueSetDirectory();
        auto h = DmpHandler::create(config, std::move(verifier));
        EXPECT_TRUE(h.has_value());
        return h ? std::move(*h) : nullptr;
    }
    std::unique_ptr<TrustedSignatureVerifier> trusted()
    {
        auto v = TrustedSignatureVerifier::create(sgl::simulators::pki::RsaTestPki::file(dir.path(), "ca.pem"));
        EXPECT_TRUE(v.has_value());
        return std::move(*v);
    }
    ParsedAnswer send(DmpHandler &handler)
    {
        sgl::simulators::common::SimHttpRequest request;
        request.path = servicePath("repository");
        request.contentType = kContentType;
        request.body = body;
        return parseAnswer(handler.handle(request));
    }

    QTemporaryDir dir;
    QByteArray body;
};

} // namespace

TEST_F(DmpOfficialTd21, WithOurTrustTheUnsignedVihfIsTheRefusal)
{
    auto handler = handlerWith(trusted());
    const ParsedAnswer a = send(*handler);
    EXPECT_EQ(a.httpStatus, 500);
    EXPECT_EQ(a.faultSubcode.toStdString(), "wsse:FailedAuthentication") << describe(a);
    EXPECT_TRUE(handler->calls().last().errorCodes.join(u' ').startsWith(QStringLiteral("dmp.vihf")))
        << handler->calls().last().errorCodes.join(u' ').toStdString();
    EXPECT_EQ(handler->registry().documentCount(), 0);
}

TEST_F(DmpOfficialTd21, WithTheVihfAcceptedOnlyTheUntrustedXadesRefusesIt)
{
    auto handler = handlerWith(std::make_unique<RealXadesOnly>(trusted()));
    const ParsedAnswer a = send(*handler);
    ASSERT_EQ(a.status.toStdString(), "Failure") << describe(a);
    ASSERT_EQ(a.errorCodes.size(), 1) << "every other rule passes: " << describe(a);
    EXPECT_TRUE(a.contexts.first().contains(QStringLiteral("xml.certificate_untrusted"))) << describe(a);
    EXPECT_EQ(handler->registry().documentCount(), 0);
}

TEST_F(DmpOfficialTd21, WithSignaturesTrustedItIsStoredAsIs)
{
    auto handler = handlerWith(std::make_unique<UncheckedSignatureVerifier>());
    const ParsedAnswer a = send(*handler);
    ASSERT_EQ(a.status.toStdString(), "Success") << describe(a);
    EXPECT_EQ(a.relatesTo.toStdString(), "urn:uuid:b3745a7c-4d1a-4cfd-a752-536197e4ac7a");
    const auto doc = handler->registry().latestByUniqueId(QStringLiteral("1.2.250.1.999.1.1.7898.3.1622814651504"));
    ASSERT_TRUE(doc.has_value());
    EXPECT_EQ(doc->patientIns.toStdString(), "207058575627097");
    EXPECT_TRUE(doc->content.startsWith("<ClinicalDocument") || doc->content.startsWith("\xEF\xBB\xBF<ClinicalDocument"));
    const auto sig = handler->registry().latestByUniqueId(QStringLiteral("1.2.250.1.999.1.1.7898.4.1622814651504"));
    ASSERT_TRUE(sig.has_value());
    EXPECT_TRUE(sig->signature);
    const QString notes = handler->calls().last().notes.join(u' ');
    EXPECT_TRUE(notes.contains(QStringLiteral("SOAP 1.1"))) << notes.toStdString();
    EXPECT_TRUE(notes.contains(QStringLiteral("casse"))) << notes.toStdString();
}

namespace {
QByteArray officialFile(const char *name)
{
    QFile f(QStringLiteral(SGL_SHARED_DIR "/dmp-mss-material/dmp-exemples-messages-v02.05.00/") + QLatin1String(name));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
} // namespace

TEST_F(DmpOfficialTd21, OtherOfficialRequestsAreUnderstood)
{
    auto handler = handlerWith(std::make_unique<UncheckedSignatureVerifier>());
    ASSERT_EQ(send(*handler).status.toStdString(), "Success"); // the TD2.1 document is there
    ParsedAnswer a = parseAnswer(handler->handle(soapPost("patients", officialFile("TD0.2_Test_d_existence_requete.xml"))));
    EXPECT_EQ(a.queryResponseCode.toStdString(), "OK") << describe(a);
    a = parseAnswer(handler->handle(soapPost("registry", officialFile("TD3.1_Recherche_de_document_requete.xml"))));
    ASSERT_EQ(a.status.toStdString(), "Success") << describe(a);
    EXPECT_EQ(a.entryUuids.size(), 2) << "the TD2.1 document and its signature entry";
    // The archive/delete examples target entries of the real test platform: unknown here.
    for (const char *file : {"TD3.3d_Archiver_un_document_requete.xml", "TD3.3c_Supprimer_un_document_requete.xml"}) {
        a = parseAnswer(handler->handle(soapPost("registry", officialFile(file))));
        EXPECT_EQ(a.errorCodes, QStringList{QStringLiteral("urn:oasis:names:tc:ebxml-regrep:ErrorType:UnresolvedReferenceException")})
            << file << ": " << describe(a);
    }
}

TEST_F(DmpOfficialTd21, OfficialKitMaskingTemplateMasksAStoredDocument)
{
    QFile f(QStringLiteral(SGL_SHARED_DIR "/dmp-mss-material/dmp-kit-csharp-v2.06.01-resources/template_masquage.xml"));
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    QByteArray request = f.readAll();
    auto handler = handlerWith(std::make_unique<UncheckedSignatureVerifier>());
    SubmissionSpec spec;
    spec.finalize();
    ASSERT_EQ(parseAnswer(handler->handle(soapPost("repository", iti41Envelope(spec)))).status.toStdString(), "Success");
    const DmpStoredEntry v1 = *handler->registry().latestByUniqueId(spec.documentUniqueId);
    // The kit fills namespaces, ids, version, hash and size in at run time; the shape is the template's.
    request.replace("<SubmitObjectsRequest >", "<lcm:SubmitObjectsRequest xmlns:lcm=\"urn:oasis:names:tc:ebxml-regrep:xsd:lcm:3.0\" "
                                               "xmlns=\"urn:oasis:names:tc:ebxml-regrep:xsd:rim:3.0\">");
    request.replace("</SubmitObjectsRequest>", "</lcm:SubmitObjectsRequest>");
    request.replace("urn:uuid:4f196ae8-5549-11e9-9478-0050569e422e", v1.lid.toUtf8());
    request.replace("1.2.250.1.999.1.1.7898.4.9956570602", v1.uniqueId.toUtf8());
    request.replace("2c0b4b3964c9056675d427b4204f40ca4132a9c1", v1.hash.toUtf8());
    request.replace("<Value>4267</Value>", "<Value>" + QByteArray::number(v1.size) + "</Value>");
    const qsizetype previous = request.indexOf("<Slot name=\"PreviousVersion\">");
    ASSERT_GE(previous, 0);
    request.replace(request.indexOf("<Value>5</Value>", previous), 16, "<Value>1</Value>");
    const ParsedAnswer a = parseAnswer(handler->handle(
        soapPost("registry", soapEnvelope(QStringLiteral("urn:ihe:iti:2010:UpdateDocumentSet"), request))));
    ASSERT_EQ(a.status.toStdString(), "Success") << describe(a);
    const DmpStoredEntry v2 = *handler->registry().latestByUniqueId(spec.documentUniqueId);
    EXPECT_EQ(v2.version, 2);
    EXPECT_EQ(v2.confidentiality, (QStringList{QStringLiteral("N"), QStringLiteral("MASQUE_PS")}));
}
