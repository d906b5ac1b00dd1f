#include "interop/insi/InsiRequestBuilder.h"
#include "interop/xml/XmlDocument.h"
#include "interop/xml/XmlSchema.h"

#include <QFile>

#include <gtest/gtest.h>

using namespace sgl::interop::insi;
using namespace sgl::interop::xml;

namespace {

const QString kXsd = QStringLiteral(SGL_SHARED_DIR "/ans/insi/src/wsdl/xsd/");

InsiRequestContext context()
{
    InsiRequestContext c = InsiRequestContext::makeDefault();
    c.idam = QStringLiteral("SGL-IDAM-TEST-0001");
    c.emetteur = QStringLiteral("10B0152872");
    return c;
}

InsiTraitsQuery adrun()
{
    return {QStringLiteral("Adrun"), QStringLiteral("Zoé"), sgl::domain::Sex::Female, QStringLiteral("1975-12-31"),
            QStringLiteral("63220")};
}

const XmlNamespaces kNs{{QStringLiteral("s"), QString::fromLatin1(ns::kSoap)},
                        {QStringLiteral("w"), QString::fromLatin1(ns::kWsa)},
                        {QStringLiteral("l"), QString::fromLatin1(ns::kCtxLps)},
                        {QStringLiteral("b"), QString::fromLatin1(ns::kCtxBam)},
                        {QStringLiteral("r"), QString::fromLatin1(ns::kRecSans)},
                        {QStringLiteral("v"), QString::fromLatin1(ns::kRecVit)}};

QString xp(const XmlDocument &doc, const char *path)
{
    return doc.evaluateString(QStringLiteral("string(%1)").arg(QString::fromLatin1(path)), kNs).value_or(QString());
}

} // namespace

TEST(InsiRequestBuilder, TraitsRequestCarriesHeadersAndNormalisedTraits)
{
    const InsiRequestContext c = context();
    auto bytes = InsiRequestBuilder::traitsRequest(adrun(), c);
    ASSERT_TRUE(bytes.has_value()) << bytes.error().toString().toStdString();
    auto doc = XmlDocument::parse(*bytes);
    ASSERT_TRUE(doc.has_value());
    EXPECT_EQ(xp(*doc, "/s:Envelope/s:Body/r:RECSANSVITALE/r:NomNaissance"), QStringLiteral("ADRUN"));
    EXPECT_EQ(xp(*doc, "//r:Prenom"), QStringLiteral("ZOE"));
    EXPECT_EQ(xp(*doc, "//r:Sexe"), QStringLiteral("F"));
    EXPECT_EQ(xp(*doc, "//r:DateNaissance"), QStringLiteral("1975-12-31"));
    EXPECT_EQ(xp(*doc, "//r:LieuNaissance"), QStringLiteral("63220"));
    EXPECT_EQ(xp(*doc, "//w:MessageID"), QStringLiteral("uuid:") + c.messageId);
    EXPECT_EQ(xp(*doc, "//w:Action"), QString::fromLatin1(kActionTraits));
    EXPECT_EQ(xp(*doc, "//w:Action/@s:mustUnderstand"), QStringLiteral("true"));
    EXPECT_EQ(xp(*doc, "//l:ContexteLPS/@Nature"), QStringLiteral("CTXLPS"));
    EXPECT_EQ(xp(*doc, "//l:ContexteLPS/@Version"), QStringLiteral("01_00"));
    EXPECT_EQ(xp(*doc, "//l:IDAM"), QStringLiteral("SGL-IDAM-TEST-0001"));
    EXPECT_EQ(xp(*doc, "//l:IDAM/@R"), QStringLiteral("4"));
    EXPECT_EQ(xp(*doc, "//l:Emetteur"), QStringLiteral("10B0152872"));
    EXPECT_EQ(xp(*doc, "//b:ContexteBAM/@Version"), QStringLiteral("01_02"));
    EXPECT_EQ(xp(*doc, "count(//b:COUVERTURE)"), QStringLiteral("1"));
}

TEST(InsiRequestBuilder, RequestIsValidAgainstTheKitSchemas)
{
    if (!QFile::exists(kXsd))
        GTEST_SKIP() << "shared INSi kit absent: " << kXsd.toStdString();
    auto bytes = InsiRequestBuilder::traitsRequest(adrun(), context());
    ASSERT_TRUE(bytes.has_value());
    auto doc = XmlDocument::parse(*bytes);
    ASSERT_TRUE(doc.has_value());
    const struct {
        const char *xsd;
        const char *xpath;
    } parts[] = {{"CTX/ROOT_ctxlps_CTXLPS_V01_00.xsd", "//l:ContexteLPS"},
                 {"CTX/ROOT_ctxbam_CTXBAM_V01_02.xsd", "//b:ContexteBAM"},
                 {"ServiceIdentiteCertifiee/INSi_RECSANS_INS.xsd", "//r:RECSANSVITALE"}};
    for (const auto &p : parts) {
        auto schema = XmlSchema::load(kXsd + QString::fromLatin1(p.xsd));
        ASSERT_TRUE(schema.has_value()) << schema.error().toString().toStdString();
        auto node = doc->selectFirst(QString::fromLatin1(p.xpath), kNs);
        ASSERT_TRUE(node.has_value() && !node->isNull()) << p.xpath;
        const auto errors = schema->validateElement(*node);
        EXPECT_TRUE(errors.isEmpty()) << p.xsd << ": " << (errors.isEmpty() ? "" : errors.first().message.toStdString());
    }
}

TEST(InsiRequestBuilder, VitaleRequestIsValid)
{
    InsiVitaleQuery q{QStringLiteral("2751263220110"), QStringLiteral("34"), QStringLiteral("2751263220110"),
                      QStringLiteral("34"), QStringLiteral("ADRUN"), QStringLiteral("1975-12-31"), QStringLiteral("1")};
    auto bytes = InsiRequestBuilder::vitaleRequest(q, context());
    ASSERT_TRUE(bytes.has_value()) << bytes.error().toString().toStdString();
    auto doc = XmlDocument::parse(*bytes);
    ASSERT_TRUE(doc.has_value());
    EXPECT_EQ(xp(*doc, "//v:MatriculeOD/v:NumIdentifiant"), QStringLiteral("2751263220110"));
    EXPECT_EQ(xp(*doc, "//w:Action"), QString::fromLatin1(kActionVitale));
    if (!QFile::exists(kXsd))
        GTEST_SKIP() << "shared INSi kit absent: " << kXsd.toStdString();
    auto schema = XmlSchema::load(kXsd + QStringLiteral("ServiceIdentiteCertifiee/INSi_RECVITALE_INS.xsd"));
    ASSERT_TRUE(schema.has_value());
    EXPECT_TRUE(schema->validateElement(doc->selectFirst(QStringLiteral("//v:RECVITALE"), kNs).value()).isEmpty());
}

TEST(InsiRequestBuilder, RejectsBadTraitsWithFieldNames)
{
    const InsiRequestContext c = context();
    struct Case {
        InsiTraitsQuery q;
        const char *code;
    };
    std::vector<Case> cases;
    InsiTraitsQuery q = adrun();
    q.birthName = QStringLiteral("123");
    cases.push_back({q, "insi.query_birth_name"});
    q = adrun();
    q.firstName.clear();
    cases.push_back({q, "insi.query_first_name"});
    q = adrun();
    q.sex = sgl::domain::Sex::Unknown;
    cases.push_back({q, "insi.query_sex"});
    q = adrun();
    q.birthDate = QStringLiteral("31/12/1975");
    cases.push_back({q, "insi.query_birth_date"});
    q = adrun();
    q.birthDate = QStringLiteral("1975-13-01");
    cases.push_back({q, "insi.query_birth_date"});
    q = adrun();
    q.birthPlaceCog = QStringLiteral("632");
    cases.push_back({q, "insi.query_birth_place"});
    for (const auto &cs : cases) {
        auto r = InsiRequestBuilder::traitsRequest(cs.q, c);
        ASSERT_FALSE(r.has_value()) << cs.code;
        EXPECT_EQ(r.error().code, QString::fromLatin1(cs.code));
        EXPECT_FALSE(r.error().location.isEmpty());
    }
    InsiRequestContext noIdam = c;
    noIdam.idam.clear();
    EXPECT_EQ(InsiRequestBuilder::traitsRequest(adrun(), noIdam).error().code, QStringLiteral("insi.query_context"));
}

TEST(InsiRequestBuilder, PartialDateIsAccepted)
{
    InsiTraitsQuery q = adrun();
    q.birthDate = QStringLiteral("1950-00-00");
    EXPECT_TRUE(InsiRequestBuilder::traitsRequest(q, context()).has_value());
}

namespace {
InsiRequestContext cpxContext()
{
    InsiRequestContext c = context();
    c.emetteur = QStringLiteral("899900012345");
    InsiCpxAssertion a;
    a.assertionId = QStringLiteral("_a1b2");
    a.issuerSubject = QStringLiteral("CN=899900012345,SN=BIOLOGISTE,GN=CLAIRE,title=Pharmacien,C=FR");
    a.nationalId = QStringLiteral("899900012345");
    a.billingId = QStringLiteral("991130972");
    a.activitySector = QStringLiteral("SA25^1.2.250.1.71.4.2.4");
    a.issueInstant = QDateTime(QDate(2026, 12, 7), QTime(9, 30), Qt::UTC);
    c.cpx = a;
    return c;
}
} // namespace

TEST(InsiRequestBuilder, CpxEnvelopeCarriesTheAssertionPsInWsseSecurity)
{
    auto bytes = InsiRequestBuilder::traitsRequest(adrun(), cpxContext());
    ASSERT_TRUE(bytes.has_value()) << bytes.error().toString().toStdString();
    auto doc = XmlDocument::parse(*bytes);
    ASSERT_TRUE(doc.has_value());
    XmlNamespaces n = kNs;
    n.append({QStringLiteral("se"), QString::fromLatin1(ns::kWsse)});
    n.append({QStringLiteral("sa"), QString::fromLatin1(kSamlNs)});
    const auto x = [&](const char *path) {
        return doc->evaluateString(QStringLiteral("string(%1)").arg(QString::fromLatin1(path)), n).value_or(QString());
    };
    EXPECT_EQ(x("local-name(/s:Envelope/s:Header/*[1])"), QStringLiteral("Security"));
    EXPECT_EQ(x("//se:Security/sa:Assertion/@ID"), QStringLiteral("_a1b2"));
    EXPECT_EQ(x("//sa:Assertion/@Version"), QStringLiteral("2.0"));
    EXPECT_EQ(x("//sa:Assertion/@IssueInstant"), QStringLiteral("2026-12-07T09:30:00.000Z"));
    EXPECT_EQ(x("//sa:Issuer/@Format"), QStringLiteral("urn:oasis:names:tc:SAML:1.1:nameid-format:X509SubjectName"));
    EXPECT_EQ(x("//sa:Subject/sa:NameID/@NameQualifier"), QStringLiteral("CPS"));
    EXPECT_EQ(x("//sa:Subject/sa:NameID"), QStringLiteral("899900012345"));
    EXPECT_EQ(x("//sa:Conditions/@NotBefore"), QStringLiteral("2026-12-07T09:29:00.000Z"));
    EXPECT_EQ(x("//sa:Conditions/@NotOnOrAfter"), QStringLiteral("2026-12-07T09:35:00.000Z"));
    EXPECT_EQ(x("//sa:Attribute[@Name='identifiantFacturation']/sa:AttributeValue"), QStringLiteral("991130972"));
    EXPECT_EQ(x("//sa:Attribute[@Name='secteurActivite']/sa:AttributeValue"), QStringLiteral("SA25^1.2.250.1.71.4.2.4"));
    EXPECT_EQ(x("//l:Emetteur"), QStringLiteral("899900012345"));
    // Organisation mode: no wsse:Security at all.
    auto org = InsiRequestBuilder::traitsRequest(adrun(), context());
    ASSERT_TRUE(org.has_value());
    EXPECT_FALSE(org->contains("Security"));
}

TEST(InsiRequestBuilder, CpxSecurityHeaderIsValidAgainstTheKitSchema)
{
    if (!QFile::exists(kXsd))
        GTEST_SKIP() << "shared INSi kit absent: " << kXsd.toStdString();
    auto bytes = InsiRequestBuilder::traitsRequest(adrun(), cpxContext());
    ASSERT_TRUE(bytes.has_value());
    auto doc = XmlDocument::parse(*bytes);
    ASSERT_TRUE(doc.has_value());
    auto schema = XmlSchema::load(kXsd + QStringLiteral("WSSE/Security.xsd"));
    ASSERT_TRUE(schema.has_value()) << schema.error().toString().toStdString();
    XmlNamespaces n = kNs;
    n.append({QStringLiteral("se"), QString::fromLatin1(ns::kWsse)});
    auto node = doc->selectFirst(QStringLiteral("//se:Security"), n);
    ASSERT_TRUE(node.has_value() && !node->isNull());
    const auto errors = schema->validateElement(*node);
    EXPECT_TRUE(errors.isEmpty()) << (errors.isEmpty() ? "" : errors.first().message.toStdString());
}
