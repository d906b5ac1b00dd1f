#include "CdaTestFixtures.h"
#include "FakeHttpsServer.h"

#include "interop/cda/CdaN3Writer.h"
#include "interop/dmp/DmpClient.h"
#include "interop/dmp/DmpFailure.h"
#include "interop/dmp/ErrorCodes.h"
#include "interop/xds/ErrorCodes.h"
#include "interop/xds/MtomMessage.h"
#include "interop/xds/XdsConstants.h"
#include "interop/xml/XmlDocument.h"
#include "simulators/insi/TestPki.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTimeZone>

#include <gtest/gtest.h>

using namespace sgl;
using namespace sgl::interop::dmp;
using sgl::simulators::insi::TestPki;
using sgl::testing::FakeHttpsServer;
using sgl::testing::FakeReply;

namespace {

const QString kIns = QStringLiteral("279037505612345");
const QByteArray kHeader = "<wsse:Security xmlns:wsse=\"http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd\">"
                           "<Assertion xmlns=\"urn:oasis:names:tc:SAML:2.0:assertion\" ID='_fixe'/></wsse:Security>";
const QByteArray kSignature = "<Signature xmlns=\"http://www.w3.org/2000/09/xmldsig#\" Id=\"sig\"/>";

/** Fixed security material; records what it was asked. */
class FixedSecurity final : public DmpSecurity {
public:
    domain::Result<QByteArray> wsSecurityHeader(const VihfContext &context) override
    {
        vihf.append(context);
        return kHeader;
    }
    domain::Result<QByteArray> submissionSignature(const SubmissionSignatureInput &input) override
    {
        signatures.append(input);
        return kSignature;
    }
    QList<VihfContext> vihf;
    QList<SubmissionSignatureInput> signatures;
};

QByteArray material(const char *name)
{
    QFile f(QStringLiteral(SGL_SHARED_DIR "/dmp-mss-material/dmp-exemples-messages-v02.05.00/") + QLatin1String(name));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QByteArray soap12(const QByteArray &body)
{
    return "<soap:Envelope xmlns:soap=\"http://www.w3.org/2003/05/soap-envelope\"><soap:Body>" + body
           + "</soap:Body></soap:Envelope>";
}

QByteArray fault(const char *code, const char *reason)
{
    return soap12(QByteArray("<soap:Fault><soap:Code><soap:Value>soap:") + code + "</soap:Value></soap:Code><soap:Reason>"
                  "<soap:Text xml:lang=\"fr\">" + reason + "</soap:Text></soap:Reason></soap:Fault>");
}

/** A GetDocuments answer holding the given uniqueId (first entry of the official TD3.1 answer, renamed). */
QByteArray foundEntry(const QString &uniqueId)
{
    QByteArray b = material("TD3.1_Recherche_de_document_reponse.xml");
    const qsizetype first = b.indexOf("<ns4:ExtrinsicObject");
    const qsizetype second = b.indexOf("<ns4:ExtrinsicObject", first + 10);
    const qsizetype listEnd = b.indexOf("</ns4:RegistryObjectList>");
    QByteArray entry = b.mid(first, second - first);
    const qsizetype uid = entry.indexOf("urn:uuid:2e82c1f6-a085-4c72-9da3-8640a32e42ab");
    const qsizetype value = entry.indexOf("value=\"", uid) + 7;
    entry.replace(value, entry.indexOf('"', value) - value, uniqueId.toUtf8());
    return b.left(first) + entry + b.mid(listEnd);
}

const QByteArray kEmptyQuery = soap12("<q:AdhocQueryResponse xmlns:q=\"urn:oasis:names:tc:ebxml-regrep:xsd:query:3.0\" "
                                      "status=\"urn:oasis:names:tc:ebxml-regrep:ResponseStatusType:Success\">"
                                      "<r:RegistryObjectList xmlns:r=\"urn:oasis:names:tc:ebxml-regrep:xsd:rim:3.0\"/></q:AdhocQueryResponse>");

class DmpClientTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        auto pki = TestPki::create(m_dir.path());
        ASSERT_TRUE(pki.has_value()) << pki.error().message.toStdString();
    }

    QString pki(const char *name) const { return TestPki::file(m_dir.path(), name); }

    quint16 startServer(QSsl::SslProtocol protocol = QSsl::TlsV1_2OrLater)
    {
        m_server = std::make_unique<FakeHttpsServer>(
            FakeHttpsServer::Tls{pki("server.pem"), pki("server.key.pem"), pki("ca.pem"), protocol});
        const quint16 port = m_server->start();
        EXPECT_NE(port, 0);
        return port;
    }

    DmpClientConfig config(quint16 port) const
    {
        DmpClientConfig c;
        c.endpoint = QStringLiteral("https://localhost:%1/si-dmp-server/v2/services/").arg(port);
        c.certificatePath = pki("client-auto.pem");
        c.privateKeyPath = pki("client-auto.key.pem");
        c.caBundlePath = pki("ca.pem");
        c.sourceOid = QStringLiteral("1.2.250.1.999.1.2");
        c.timeoutMs = 5000;
        c.connectTimeoutMs = 2000;
        return c;
    }

    std::unique_ptr<DmpClient> client(const DmpClientConfig &c)
    {
        auto created = DmpClient::create(c, m_security);
        EXPECT_TRUE(created.has_value()) << (created ? "" : created.error().message.toStdString());
        return created ? std::move(*created) : nullptr;
    }

    DmpDocument document() const
    {
        DmpDocument d;
        d.ins = kIns;
        auto cda = interop::cda::CdaN3Writer::write(test::sampleReport());
        EXPECT_TRUE(cda.has_value());
        d.cda = cda ? *cda : QByteArray();
        return d;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<FakeHttpsServer> m_server;
    std::shared_ptr<FixedSecurity> m_security = std::make_shared<FixedSecurity>();
};

} // namespace

TEST_F(DmpClientTest, TestExistenceOverMutualTls12)
{
    const quint16 port = startServer();
    m_server->push({200, "application/soap+xml; charset=UTF-8", material("TD0.2_Test_d_existence_reponse.xml")});
    auto c = client(config(port));
    ASSERT_TRUE(c);
    auto r = c->testExistence(kIns);
    ASSERT_TRUE(r.has_value()) << r.error().message.toStdString();
    EXPECT_TRUE(r->found);
    EXPECT_EQ(r->authorization, QStringLiteral("VALIDE"));
    const auto requests = m_server->requests();
    ASSERT_EQ(requests.size(), 1);
    EXPECT_EQ(requests[0].method, "POST");
    EXPECT_EQ(requests[0].path, "/si-dmp-server/v2/services/patients");
    EXPECT_TRUE(requests[0].headers.value("content-type").startsWith("application/soap+xml"));
    EXPECT_TRUE(requests[0].headers.value("content-type").contains("action=\"urn:hl7-org:v3:PRPA_IN201307UV02\""));
    EXPECT_TRUE(requests[0].body.contains(kHeader)) << "security header altered";
    EXPECT_TRUE(requests[0].body.contains("extension=\"279037505612345\""));
    ASSERT_EQ(m_security->vihf.size(), 1);
    EXPECT_EQ(m_security->vihf[0].patientIns, kIns);
}

TEST_F(DmpClientTest, ProvideAndRegisterSendsAnMtomPackageWithTheSignature)
{
    const quint16 port = startServer();
    m_server->push({200, "application/soap+xml", material("TD2.1_Alimentation_reponse.xml")});
    auto c = client(config(port));
    ASSERT_TRUE(c);
    c->setClock([] { return QDateTime(QDate(2026, 11, 20), QTime(14, 30), QTimeZone::utc()); });
    const DmpDocument doc = document();
    auto r = c->provideAndRegister(doc);
    ASSERT_TRUE(r.has_value()) << r.error().message.toStdString();
    EXPECT_EQ(r->uniqueId, QStringLiteral("1.2.250.1.999.1.2.1.20261120.1"));
    EXPECT_TRUE(r->submissionSetUniqueId.startsWith(QStringLiteral("1.2.250.1.999.1.2.1.")));
    EXPECT_TRUE(r->replacedEntryUuid.isEmpty());

    const auto requests = m_server->requests();
    ASSERT_EQ(requests.size(), 1);
    EXPECT_EQ(requests[0].path, "/si-dmp-server/v2/services/repository");
    const QByteArray type = requests[0].headers.value("content-type");
    EXPECT_TRUE(type.startsWith("multipart/related")) << type.constData();
    auto mtom = interop::xds::MtomMessage::parse(type, requests[0].body);
    ASSERT_TRUE(mtom.has_value()) << mtom.error().message.toStdString();
    ASSERT_EQ(mtom->attachments.size(), 2);
    EXPECT_TRUE(mtom->rootXml.contains(kHeader));
    auto env = interop::xml::XmlDocument::parse(mtom->rootXml);
    ASSERT_TRUE(env.has_value());
    const interop::xml::XmlNamespaces ns{{QStringLiteral("xds"), QStringLiteral("urn:ihe:iti:xds-b:2007")},
                                         {QStringLiteral("xop"), QStringLiteral("http://www.w3.org/2004/08/xop/include")}};
    const QString docHref = *env->evaluateString(QStringLiteral("string(//xds:Document[@id='Document01']/xop:Include/@href)"), ns);
    const QString sigHref = *env->evaluateString(QStringLiteral("string(//xds:Document[@id='Signature01']/xop:Include/@href)"), ns);
    const interop::xds::MtomPart *docPart = mtom->attachment(docHref.toUtf8());
    const interop::xds::MtomPart *sigPart = mtom->attachment(sigHref.toUtf8());
    ASSERT_TRUE(docPart && sigPart) << docHref.toStdString();
    EXPECT_EQ(docPart->body, doc.cda);
    EXPECT_EQ(sigPart->body, kSignature);
    // The XAdES was asked for this submission and this document.
    ASSERT_EQ(m_security->signatures.size(), 1);
    const SubmissionSignatureInput &s = m_security->signatures[0];
    EXPECT_EQ(s.submissionSetUniqueId, r->submissionSetUniqueId);
    EXPECT_TRUE(s.signatureId.startsWith(QStringLiteral("1.2.250.1.999.1.2.2.")));
    ASSERT_EQ(s.documents.size(), 1);
    EXPECT_EQ(s.documents[0].uniqueId, r->uniqueId);
    EXPECT_EQ(s.documents[0].bytes, doc.cda);
    EXPECT_EQ(s.signingTime, QDateTime(QDate(2026, 11, 20), QTime(14, 30), QTimeZone::utc()));
    EXPECT_TRUE(mtom->rootXml.contains(s.signatureId.toUtf8()));
}

TEST_F(DmpClientTest, AnAmendedVersionIsPublishedWithRplcToTheRegisteredEntry)
{
    const quint16 port = startServer();
    m_server->push({200, "application/soap+xml", foundEntry(QStringLiteral("1.2.250.1.999.1.2.1.20261119.1"))});
    m_server->push({200, "application/soap+xml", material("TD2.1_Alimentation_reponse.xml")});
    auto c = client(config(port));
    ASSERT_TRUE(c);
    DmpDocument doc = document();
    doc.replacesUniqueId = QStringLiteral("1.2.250.1.999.1.2.1.20261119.1");
    auto r = c->provideAndRegister(doc);
    ASSERT_TRUE(r.has_value()) << r.error().message.toStdString();
    EXPECT_EQ(r->replacedEntryUuid, QStringLiteral("urn:uuid:7953af1a-ba1c-11eb-816f-0050569e422e"));
    const auto requests = m_server->requests();
    ASSERT_EQ(requests.size(), 2);
    EXPECT_EQ(requests[0].path, "/si-dmp-server/v2/services/registry");
    EXPECT_TRUE(requests[0].body.contains("('1.2.250.1.999.1.2.1.20261119.1')"));
    EXPECT_TRUE(requests[1].body.contains("associationType=\"urn:ihe:iti:2007:AssociationType:RPLC\""));
    EXPECT_TRUE(requests[1].body.contains("targetObject=\"urn:uuid:7953af1a-ba1c-11eb-816f-0050569e422e\""));
}

TEST_F(DmpClientTest, MaskingAndDeletionGoThroughItI57)
{
    const quint16 port = startServer();
    const QString uid = QStringLiteral("1.2.250.1.999.1.2.1.20261120.1");
    const QByteArray ok = material("TD3.3c_Supprimer_un_document_reponse.xml");
    m_server->push({200, "application/soap+xml", foundEntry(uid)});
    m_server->push({200, "application/soap+xml", ok});
    m_server->push({200, "application/soap+xml", foundEntry(uid)});
    m_server->push({200, "application/soap+xml", ok});
    auto c = client(config(port));
    ASSERT_TRUE(c);
    auto masked = c->updateConfidentiality(kIns, uid, {QStringLiteral("INVISIBLE_PATIENT"), QStringLiteral("MASQUE_PS")});
    ASSERT_TRUE(masked.has_value()) << masked.error().message.toStdString();
    auto deleted = c->updateAvailability(kIns, uid, DmpAvailability::Deleted);
    ASSERT_TRUE(deleted.has_value()) << deleted.error().message.toStdString();
    const auto requests = m_server->requests();
    ASSERT_EQ(requests.size(), 4);
    EXPECT_TRUE(requests[1].headers.value("content-type").contains("urn:ihe:iti:2010:UpdateDocumentSet"));
    EXPECT_TRUE(requests[1].body.contains("name=\"PreviousVersion\""));
    EXPECT_TRUE(requests[1].body.contains("nodeRepresentation=\"MASQUE_PS\""));
    EXPECT_TRUE(requests[1].body.contains("nodeRepresentation=\"INVISIBLE_PATIENT\""));
    EXPECT_LT(requests[1].body.indexOf("MASQUE_PS"), requests[1].body.indexOf("INVISIBLE_PATIENT"));
    EXPECT_TRUE(requests[3].body.contains("urn:ihe:iti:2010:AssociationType:UpdateAvailabilityStatus"));
    EXPECT_TRUE(requests[3].body.contains("urn:asip:ci-sis:2010:StatusType:Deleted"));
}

TEST_F(DmpClientTest, UpdatingAnUnknownDocumentIsNotFound)
{
    const quint16 port = startServer();
    m_server->push({200, "application/soap+xml", kEmptyQuery});
    auto c = client(config(port));
    ASSERT_TRUE(c);
    auto r = c->updateAvailability(kIns, QStringLiteral("1.2.3"), DmpAvailability::Archived);
    ASSERT_FALSE(r.has_value());
    EXPECT_EQ(r.error().code, errc::NotFound);
    EXPECT_FALSE(DmpFailure::isTransient(r.error()));
}

struct FaultCase {
    const char *name;
    FakeReply reply;
    QLatin1StringView code;
    bool transient;
};

TEST_F(DmpClientTest, FailuresAreMappedToStableCodesTransientOrPermanent)
{
    const QByteArray failure = soap12(
        "<rs:RegistryResponse xmlns:rs=\"urn:oasis:names:tc:ebxml-regrep:xsd:rs:3.0\" "
        "status=\"urn:oasis:names:tc:ebxml-regrep:ResponseStatusType:Failure\"><rs:RegistryErrorList>"
        "<rs:RegistryError errorCode=\"XDSPatientIdDoesNotMatch\" codeContext=\"INS incohérent\" "
        "severity=\"urn:oasis:names:tc:ebxml-regrep:ErrorSeverityType:Error\"/></rs:RegistryErrorList></rs:RegistryResponse>");
    QByteArray busy = failure;
    busy.replace("XDSPatientIdDoesNotMatch", "XDSRegistryBusy");
    const QList<FaultCase> cases{
        {"receiver fault", {500, "application/soap+xml", fault("Receiver", "Service surchargé")}, errc::ServerBusy, true},
        {"sender fault", {500, "application/soap+xml", fault("Sender", "VIHF invalide")}, errc::Rejected, false},
        {"503 html", {503, "text/html", "<html>maintenance</html>"}, errc::Unavailable, true},
        {"404 text", {404, "text/plain", "not here"}, errc::HttpStatus, false},
        {"200 garbage", {200, "application/soap+xml", "<html>proxy</html>"}, interop::xds::errc::MalformedResponse, true},
        {"200 truncated mtom", {200, "multipart/related; type=\"application/xop+xml\"; boundary=b", "--b\r\nContent-Type: application/xop+xml\r\n\r\n<a/>"},
         interop::xds::errc::MtomStructure, true},
        {"registry error", {200, "application/soap+xml", failure}, interop::xds::errc::RegistryError, false},
        {"registry busy", {200, "application/soap+xml", busy}, interop::xds::errc::RegistryError, true},
        {"closed", {200, {}, {}, 0, true}, errc::Transport, true},
    };
    for (const FaultCase &fc : cases) {
        const quint16 port = startServer();
        m_server->push(fc.reply);
        auto c = client(config(port));
        ASSERT_TRUE(c);
        auto r = c->provideAndRegister(document());
        ASSERT_FALSE(r.has_value()) << fc.name;
        EXPECT_EQ(r.error().code, fc.code) << fc.name << ": " << r.error().toString().toStdString();
        EXPECT_EQ(DmpFailure::isTransient(r.error()), fc.transient) << fc.name;
        EXPECT_FALSE(r.error().message.isEmpty()) << fc.name;
    }
}

TEST_F(DmpClientTest, TimeoutAndOversizedAnswersAreTransient)
{
    quint16 port = startServer();
    m_server->push({200, "application/soap+xml", material("TD0.2_Test_d_existence_reponse.xml"), 2500});
    DmpClientConfig cfg = config(port);
    cfg.timeoutMs = 1000;
    auto c = client(cfg);
    ASSERT_TRUE(c);
    auto r = c->testExistence(kIns);
    ASSERT_FALSE(r.has_value());
    EXPECT_EQ(r.error().code, errc::Timeout);
    EXPECT_TRUE(DmpFailure::isTransient(r.error()));

    port = startServer();
    m_server->push({200, "application/soap+xml", material("TD3.1_Recherche_de_document_reponse.xml")});
    cfg = config(port);
    cfg.maxResponseBytes = 64 * 1024; // the 212 kB TD3.1 answer is over
    c = client(cfg);
    auto big = c->findByUniqueId(kIns, QStringLiteral("1.2.3"));
    ASSERT_FALSE(big.has_value());
    EXPECT_EQ(big.error().code, errc::ResponseTooLarge);
    EXPECT_TRUE(DmpFailure::isTransient(big.error()));
}

TEST_F(DmpClientTest, TheOfficialQueryAnswerIsReadThroughTheClient)
{
    const quint16 port = startServer();
    m_server->push({200, "application/soap+xml", material("TD3.1_Recherche_de_document_reponse.xml")});
    auto c = client(config(port));
    ASSERT_TRUE(c);
    auto r = c->findByUniqueId(kIns, QStringLiteral("1.2.3"));
    ASSERT_TRUE(r.has_value()) << r.error().message.toStdString();
    EXPECT_EQ(r->size(), 21);
}

TEST_F(DmpClientTest, TlsProblemsArePermanentAndUnreachableIsTransient)
{
    // Server certificate from an untrusted CA.
    quint16 port = startServer();
    DmpClientConfig cfg = config(port);
    cfg.caBundlePath = pki("rogue-ca.pem");
    auto c = client(cfg);
    ASSERT_TRUE(c);
    auto r = c->testExistence(kIns);
    ASSERT_FALSE(r.has_value());
    EXPECT_EQ(r.error().code, errc::Tls) << r.error().toString().toStdString();
    EXPECT_FALSE(DmpFailure::isTransient(r.error()));

    // A server offering TLS 1.3 only: the client speaks TLS 1.2 and nothing else.
    port = startServer(QSsl::TlsV1_3OrLater);
    c = client(config(port));
    r = c->testExistence(kIns);
    ASSERT_FALSE(r.has_value());
    EXPECT_EQ(r.error().code, errc::Tls) << r.error().toString().toStdString();

    // Nobody listening.
    m_server.reset();
    c = client(config(port));
    r = c->testExistence(kIns);
    ASSERT_FALSE(r.has_value());
    EXPECT_EQ(r.error().code, errc::Unreachable) << r.error().toString().toStdString();
    EXPECT_TRUE(DmpFailure::isTransient(r.error()));
}

TEST_F(DmpClientTest, CreateRefusesABadConfiguration)
{
    DmpClientConfig good = config(443);
    auto expectConfigError = [&](DmpClientConfig c, const char *what) {
        auto r = DmpClient::create(c, m_security);
        ASSERT_FALSE(r.has_value()) << what;
        EXPECT_EQ(r.error().code, errc::Config) << what;
    };
    DmpClientConfig c = good;
    c.endpoint = QStringLiteral("http://dmp.test/services");
    expectConfigError(c, "http");
    c = good;
    c.certificatePath = pki("absent.pem");
    expectConfigError(c, "certificate");
    c = good;
    c.caBundlePath.clear();
    expectConfigError(c, "ca");
    c = good;
    c.sourceOid = QStringLiteral("1.2.abc");
    expectConfigError(c, "oid");
    c = good;
    c.sourceOid = QStringLiteral("1.02.3");
    expectConfigError(c, "oid leading zero");
    auto noSigner = DmpClient::create(good, nullptr);
    ASSERT_FALSE(noSigner.has_value());
    EXPECT_EQ(noSigner.error().code, errc::Config);
    EXPECT_TRUE(DmpClient::create(good, m_security).has_value());
}

TEST_F(DmpClientTest, ADocumentOfAnotherPatientIsRefusedBeforeAnyCall)
{
    const quint16 port = startServer();
    auto c = client(config(port));
    ASSERT_TRUE(c);
    DmpDocument doc = document();
    doc.ins = QStringLiteral("180017512345678");
    auto r = c->provideAndRegister(doc);
    ASSERT_FALSE(r.has_value());
    EXPECT_EQ(r.error().code, interop::xds::errc::InvalidDocument);
    EXPECT_TRUE(m_server->requests().isEmpty());
}

// Issue 13: the OID of the patient's INS goes into the TD0.2 request and the VIHF context, and a
// document whose INS authority differs from the patient's (NIR in the CDA, NIA asked) is refused.
TEST_F(DmpClientTest, TheInsOidOfThePatientGoesIntoTheRequestAndTheVihf)
{
    const quint16 port = startServer();
    m_server->push({200, "application/soap+xml; charset=UTF-8", material("TD0.2_Test_d_existence_reponse.xml")});
    auto c = client(config(port));
    ASSERT_TRUE(c);
    auto r = c->testExistence(PatientIns{kIns, QStringLiteral("1.2.250.1.213.1.4.11")});
    ASSERT_TRUE(r.has_value()) << r.error().message.toStdString();
    const auto requests = m_server->requests();
    ASSERT_EQ(requests.size(), 1);
    EXPECT_TRUE(requests[0].body.contains("root=\"1.2.250.1.213.1.4.11\" extension=\"279037505612345\""))
        << requests[0].body.toStdString();
    ASSERT_EQ(m_security->vihf.size(), 1);
    EXPECT_EQ(m_security->vihf[0].patientInsOid, QStringLiteral("1.2.250.1.213.1.4.11"));

    DmpDocument doc = document(); // the CDA names a test NIR (.10)
    doc.ins = PatientIns{doc.ins.value, QStringLiteral("1.2.250.1.213.1.4.11")};
    auto refused = c->provideAndRegister(doc);
    ASSERT_FALSE(refused.has_value());
    EXPECT_EQ(refused.error().code, interop::xds::errc::InvalidDocument);
    EXPECT_EQ(m_server->requests().size(), 1); // nothing more sent
}
