#include "CdaTestFixtures.h"
#include "XdsTestSupport.h"

#include "interop/cda/CdaN3Writer.h"
#include "interop/xds/CrBioMetadataMapper.h"
#include "interop/xds/MtomMessage.h"
#include "interop/xds/ProvideAndRegisterRequest.h"
#include "interop/xds/SoapRequestWriter.h"
#include "interop/xml/ErrorCodes.h"

#include <QTimeZone>

using namespace sgl;
using namespace sgl::interop::xds;
using sgl::test::xds::count;
using sgl::test::xds::str;

namespace {

const QByteArray kSecurity =
    "<wsse:Security xmlns:wsse=\"http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd\">"
    "<saml2:Assertion xmlns:saml2='urn:oasis:names:tc:SAML:2.0:assertion'   ID=\"_x\" >signed&#x20;bytes</saml2:Assertion>"
    "</wsse:Security>";

struct Built {
    QByteArray cda;
    Submission submission;
};

Built build(const QString &replaced = {})
{
    Built b;
    auto cda = interop::cda::CdaN3Writer::write(test::sampleReport());
    EXPECT_TRUE(cda.has_value());
    b.cda = cda ? *cda : QByteArray();
    auto entry = CrBioMetadataMapper::map(b.cda, {});
    EXPECT_TRUE(entry.has_value()) << (entry ? "" : entry.error().message.toStdString());
    b.submission = ProvideAndRegisterRequest::makeSubmission(
        entry ? *entry : DocumentEntry{}, QStringLiteral("1.2.250.1.999.1.2.9.1"), QStringLiteral("1.2.250.1.999.1.2.9.2"),
        QStringLiteral("1.2.250.1.999.1.2"), {QStringLiteral("04"), QStringLiteral("1.2.250.1.213.2.2"), QStringLiteral("Hospitalisation de jour")},
        QDateTime(QDate(2026, 11, 20), QTime(15, 30), QTimeZone(3600)), replaced);
    return b;
}

QList<SubmissionPart> parts(const Built &b)
{
    return {{QStringLiteral("Document01"), QStringLiteral("0.1@sgl"), b.cda},
            {QStringLiteral("Signature01"), QStringLiteral("0.2@sgl"), QByteArray("<Signature/>")}};
}

domain::Result<QByteArray> envelope(const Built &b, DocumentPayload payload, const QByteArray &security = kSecurity)
{
    SoapRequestWriter w({QString::fromLatin1(uuid::kActionProvideAndRegister), QStringLiteral("urn:uuid:1234"),
                         QStringLiteral("https://dmp.test/si-dmp-server/v2/services/repository")},
                        security);
    ProvideAndRegisterRequest::write(w.body(), b.submission, parts(b), payload);
    return w.toBytes();
}

/** (scheme, nodeRepresentation) of each classification of an ExtrinsicObject, in document order. */
QStringList classifications(const interop::xml::XmlDocument &doc, const QString &objectXpath)
{
    QStringList out;
    auto nodes = doc.select(objectXpath + QStringLiteral("/rim:Classification"), test::xds::ns());
    if (!nodes)
        return {QStringLiteral("<xpath error>")};
    for (const auto &n : *nodes)
        out.append(n.attribute(QStringLiteral("classificationScheme")) + QLatin1Char('=') + n.attribute(QStringLiteral("nodeRepresentation")));
    return out;
}

} // namespace

TEST(ProvideAndRegisterRequest, ValidatesAgainstTheDmpRepositorySchema)
{
    const Built b = build();
    auto bytes = envelope(b, DocumentPayload::InlineBase64);
    ASSERT_TRUE(bytes.has_value()) << bytes.error().message.toStdString();
    auto doc = interop::xml::XmlDocument::parse(*bytes);
    ASSERT_TRUE(doc.has_value());
    auto payload = doc->selectFirst(QStringLiteral("/s:Envelope/s:Body/xds:ProvideAndRegisterDocumentSetRequest"), test::xds::ns());
    ASSERT_TRUE(payload.has_value() && !payload->isNull());
    const interop::xml::XmlSchema schema = test::xds::repositorySchema();
    ASSERT_FALSE(schema.isNull());
    const auto errors = schema.validateElement(*payload);
    for (const auto &e : errors)
        ADD_FAILURE() << e.line << ": " << e.message.toStdString();
}

TEST(ProvideAndRegisterRequest, TheSchemaRefusesABrokenRequest)
{
    const Built b = build();
    auto bytes = envelope(b, DocumentPayload::InlineBase64);
    ASSERT_TRUE(bytes.has_value());
    const interop::xml::XmlSchema schema = test::xds::repositorySchema();
    ASSERT_FALSE(schema.isNull());
    // An association without its target, and an ExtrinsicObject without its required id.
    for (const auto &[from, to] : {std::pair<QByteArray, QByteArray>{" targetObject=\"Signature01\"", ""},
                                   std::pair<QByteArray, QByteArray>{"<rim:ExtrinsicObject id=\"Document01\"", "<rim:ExtrinsicObject"},
                                   std::pair<QByteArray, QByteArray>{"<rim:RegistryObjectList>", "<rim:RegistryObjects>"}}) {
        QByteArray broken = *bytes;
        ASSERT_TRUE(broken.contains(from)) << from.constData();
        broken.replace(from, to);
        if (to == "<rim:RegistryObjects>")
            broken.replace("</rim:RegistryObjectList>", "</rim:RegistryObjects>");
        auto doc = interop::xml::XmlDocument::parse(broken);
        ASSERT_TRUE(doc.has_value());
        auto payload = doc->selectFirst(QStringLiteral("//xds:ProvideAndRegisterDocumentSetRequest"), test::xds::ns());
        ASSERT_TRUE(payload.has_value());
        EXPECT_FALSE(schema.validateElement(*payload).isEmpty()) << "accepted: " << from.constData();
    }
}

TEST(ProvideAndRegisterRequest, HasTheTd21Shape)
{
    const Built b = build();
    auto bytes = envelope(b, DocumentPayload::Xop);
    ASSERT_TRUE(bytes.has_value()) << bytes.error().message.toStdString();
    auto doc = interop::xml::XmlDocument::parse(*bytes);
    ASSERT_TRUE(doc.has_value());
    const QString list = QStringLiteral("/s:Envelope/s:Body/xds:ProvideAndRegisterDocumentSetRequest/lcm:SubmitObjectsRequest/rim:RegistryObjectList");
    EXPECT_EQ(count(*doc, list + QStringLiteral("/rim:RegistryPackage[@id='SubmissionSet01']")), 1);
    EXPECT_EQ(count(*doc, list + QStringLiteral("/rim:ExtrinsicObject")), 2);
    EXPECT_EQ(count(*doc, list + QStringLiteral("/rim:Association")), 3);
    // Submission set: author, contentTypeCode, the node classification, 3 identifiers.
    const QString set = list + QStringLiteral("/rim:RegistryPackage");
    EXPECT_EQ(str(*doc, set + QStringLiteral("/rim:Slot[@name='submissionTime']/rim:ValueList/rim:Value")), QStringLiteral("20261120143000"));
    EXPECT_EQ(count(*doc, set + QStringLiteral("/rim:Classification[@classificationScheme='urn:uuid:a7058bb9-b4e4-4307-ba5b-e3f0ab85e12d']/rim:Slot[@name='authorPerson']")), 1);
    EXPECT_EQ(str(*doc, set + QStringLiteral("/rim:Classification[@classificationScheme='urn:uuid:aa543740-bdda-424e-8c96-df4873be8500']/@nodeRepresentation")), QStringLiteral("04"));
    EXPECT_EQ(count(*doc, set + QStringLiteral("/rim:Classification[@classificationNode='urn:uuid:a54d6aa5-d40d-43f9-88c5-b4633d873bdd']")), 1);
    EXPECT_EQ(str(*doc, set + QStringLiteral("/rim:ExternalIdentifier[@identificationScheme='urn:uuid:6b5aea1a-874d-4603-a4bc-96a0a7b38446']/@value")),
              QStringLiteral("279037505612345^^^&1.2.250.1.213.1.4.10&ISO^NH"));
    EXPECT_EQ(str(*doc, set + QStringLiteral("/rim:ExternalIdentifier[@identificationScheme='urn:uuid:96fdda7c-d067-4183-912e-bf5ee74998a8']/@value")),
              QStringLiteral("1.2.250.1.999.1.2.9.1"));
    EXPECT_EQ(str(*doc, set + QStringLiteral("/rim:ExternalIdentifier[@identificationScheme='urn:uuid:554ac39e-e3fe-47fe-b233-965d2a147832']/@value")),
              QStringLiteral("1.2.250.1.999.1.2"));
    // The document entry keeps its own confidentiality; the signature entry is always masked.
    const QString sig = list + QStringLiteral("/rim:ExtrinsicObject[@id='Signature01']");
    const QString conf = QStringLiteral("/rim:Classification[@classificationScheme='urn:uuid:f4f85eac-e6cb-4883-b524-f2705394840f']/@nodeRepresentation");
    EXPECT_EQ(count(*doc, sig + QStringLiteral("/rim:Classification[@classificationScheme='urn:uuid:f4f85eac-e6cb-4883-b524-f2705394840f']")), 3);
    EXPECT_EQ(count(*doc, sig + QStringLiteral("/rim:Classification[@nodeRepresentation='MASQUE_PS']")), 1);
    EXPECT_EQ(count(*doc, sig + QStringLiteral("/rim:Classification[@nodeRepresentation='INVISIBLE_PATIENT']")), 1);
    EXPECT_EQ(str(*doc, sig + QStringLiteral("/rim:Slot[@name='languageCode']/rim:ValueList/rim:Value")), QStringLiteral("art"));
    EXPECT_EQ(str(*doc, sig + QStringLiteral("/rim:Name/rim:LocalizedString/@value")), QStringLiteral("Source"));
    EXPECT_EQ(str(*doc, sig + QStringLiteral("/rim:Name/rim:LocalizedString/@xml:lang")), QStringLiteral("FR"));
    const QString docEntry = list + QStringLiteral("/rim:ExtrinsicObject[@id='Document01']");
    EXPECT_EQ(count(*doc, docEntry + QStringLiteral("/rim:Classification[@classificationScheme='urn:uuid:f4f85eac-e6cb-4883-b524-f2705394840f']")), 1);
    EXPECT_EQ(str(*doc, docEntry + conf), QStringLiteral("N"));
    EXPECT_EQ(str(*doc, docEntry + QStringLiteral("/@objectType")), QStringLiteral("urn:uuid:7edca82f-054d-47f2-a032-9b2a5b5186c1"));
    // HasMember x2 (Original), signs Signature01 -> SubmissionSet01.
    EXPECT_EQ(count(*doc, list + QStringLiteral("/rim:Association[@associationType='urn:oasis:names:tc:ebxml-regrep:AssociationType:HasMember' and @sourceObject='SubmissionSet01']/rim:Slot[@name='SubmissionSetStatus']/rim:ValueList[rim:Value='Original']")), 2);
    EXPECT_EQ(count(*doc, list + QStringLiteral("/rim:Association[@associationType='urn:ihe:iti:2007:AssociationType:signs' and @sourceObject='Signature01' and @targetObject='SubmissionSet01']")), 1);
    EXPECT_EQ(count(*doc, list + QStringLiteral("/rim:Association[@associationType='urn:ihe:iti:2007:AssociationType:RPLC']")), 0);
    // One XOP document per part; WS-Addressing header; SOAP 1.2.
    EXPECT_EQ(str(*doc, QStringLiteral("//xds:Document[@id='Document01']/xop:Include/@href")), QStringLiteral("cid:0.1@sgl"));
    EXPECT_EQ(str(*doc, QStringLiteral("//xds:Document[@id='Signature01']/xop:Include/@href")), QStringLiteral("cid:0.2@sgl"));
    EXPECT_EQ(str(*doc, QStringLiteral("/s:Envelope/s:Header/wsa:Action")), QStringLiteral("urn:ihe:iti:2007:ProvideAndRegisterDocumentSet-b"));
    EXPECT_EQ(str(*doc, QStringLiteral("/s:Envelope/s:Header/wsa:Action/@s:mustUnderstand")), QStringLiteral("true"));
    EXPECT_EQ(str(*doc, QStringLiteral("/s:Envelope/s:Header/wsa:MessageID")), QStringLiteral("urn:uuid:1234"));
    EXPECT_EQ(str(*doc, QStringLiteral("/s:Envelope/s:Header/wsa:ReplyTo/wsa:Address")), QString::fromLatin1(uuid::kWsaAnonymous));
    EXPECT_EQ(str(*doc, QStringLiteral("/s:Envelope/s:Header/wsa:To")), QStringLiteral("https://dmp.test/si-dmp-server/v2/services/repository"));
}

TEST(ProvideAndRegisterRequest, SignatureEntryClassifiedAsInTheOfficialExample)
{
    const QByteArray official = test::xds::readMaterial(QStringLiteral("dmp-exemples-messages-v02.05.00/TD2.1_Alimentation_requete.xml"));
    ASSERT_FALSE(official.isEmpty());
    const qsizetype from = official.indexOf("<soap:Envelope");
    const qsizetype to = official.indexOf("</soap:Envelope>");
    ASSERT_TRUE(from >= 0 && to > from);
    auto ref = interop::xml::XmlDocument::parse(official.mid(from, to + 16 - from));
    ASSERT_TRUE(ref.has_value()) << ref.error().message.toStdString();
    auto ours = interop::xml::XmlDocument::parse(*envelope(build(), DocumentPayload::Xop));
    ASSERT_TRUE(ours.has_value());
    // The example's signature entry uses SA01/ETABLISSEMENT: compare every classification but those two.
    auto withoutSetting = [](QStringList l) {
        l.removeIf([](const QString &c) {
            return c.startsWith(QLatin1String("urn:uuid:f33fb8ac")) || c.startsWith(QLatin1String("urn:uuid:cccf5598"));
        });
        return l;
    };
    const QStringList expected = withoutSetting(classifications(*ref, QStringLiteral("//rim:ExtrinsicObject[@id='Signature01']")));
    ASSERT_EQ(expected.size(), 8);
    EXPECT_EQ(withoutSetting(classifications(*ours, QStringLiteral("//rim:ExtrinsicObject[@id='Signature01']"))), expected);
    // Same associations (type, source, target) as the official example, up to the document's id.
    auto associations = [](const interop::xml::XmlDocument &d, const QString &documentId) {
        QStringList out;
        const auto nodes = d.select(QStringLiteral("//rim:Association"), test::xds::ns());
        for (const auto &n : *nodes)
            out.append(n.attribute(QStringLiteral("associationType")) + QLatin1Char(' ')
                       + n.attribute(QStringLiteral("sourceObject")).replace(documentId, QStringLiteral("DOC")) + QLatin1Char(' ')
                       + n.attribute(QStringLiteral("targetObject")).replace(documentId, QStringLiteral("DOC")));
        return out;
    };
    EXPECT_EQ(associations(*ours, QStringLiteral("Document01")), associations(*ref, QStringLiteral("DocumentME2")));
}

TEST(ProvideAndRegisterRequest, AnAmendedVersionReplacesThePreviousEntry)
{
    const Built b = build(QStringLiteral("urn:uuid:7953af1a-ba1c-11eb-816f-0050569e422e"));
    auto bytes = envelope(b, DocumentPayload::InlineBase64);
    ASSERT_TRUE(bytes.has_value());
    auto doc = interop::xml::XmlDocument::parse(*bytes);
    ASSERT_TRUE(doc.has_value());
    EXPECT_EQ(count(*doc, QStringLiteral("//rim:Association[@associationType='urn:ihe:iti:2007:AssociationType:RPLC' and "
                                         "@sourceObject='Document01' and @targetObject='urn:uuid:7953af1a-ba1c-11eb-816f-0050569e422e']")),
              1);
    const interop::xml::XmlSchema schema = test::xds::repositorySchema();
    ASSERT_FALSE(schema.isNull());
    auto payload = doc->selectFirst(QStringLiteral("//xds:ProvideAndRegisterDocumentSetRequest"), test::xds::ns());
    EXPECT_TRUE(schema.validateElement(*payload).isEmpty());
}

TEST(ProvideAndRegisterRequest, SecurityHeaderBytesAreKeptVerbatim)
{
    auto bytes = envelope(build(), DocumentPayload::Xop);
    ASSERT_TRUE(bytes.has_value());
    // Single quotes, extra spaces and the character reference survive: no re-serialisation.
    EXPECT_TRUE(bytes->contains(kSecurity));
    const qsizetype header = bytes->indexOf("</soap:Header>");
    EXPECT_GT(header, bytes->indexOf(kSecurity));
    // A declaration in front of the element is dropped; the element itself is unchanged.
    auto withDecl = envelope(build(), DocumentPayload::Xop, QByteArray("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n") + kSecurity);
    ASSERT_TRUE(withDecl.has_value());
    EXPECT_TRUE(withDecl->contains(kSecurity));
    EXPECT_EQ(withDecl->count("<?xml"), 1);
}

TEST(ProvideAndRegisterRequest, RefusesAMalformedSecurityHeader)
{
    for (const QByteArray &bad : {QByteArray("<wsse:Security>"), QByteArray("<a/><b/>"), QByteArray("texte"),
                                  QByteArray("<x:Security/>"), QByteArray("<!DOCTYPE a><a/>")}) {
        auto bytes = envelope(build(), DocumentPayload::Xop, bad);
        ASSERT_FALSE(bytes.has_value()) << bad.constData();
        EXPECT_EQ(bytes.error().code, interop::xml::errc::Malformed) << bad.constData();
    }
}

TEST(ProvideAndRegisterRequest, MtomRoundTripResolvesEveryInclude)
{
    const Built b = build();
    auto root = envelope(b, DocumentPayload::Xop);
    ASSERT_TRUE(root.has_value());
    MtomMessage out;
    out.rootXml = *root;
    for (const SubmissionPart &p : parts(b))
        out.attachments.append({p.contentId.toUtf8(), QByteArrayLiteral("text/xml"), p.bytes});
    QByteArray contentType;
    const QByteArray body = out.serialize(&contentType, QByteArray(uuid::kActionProvideAndRegister));
    auto in = MtomMessage::parse(contentType, body);
    ASSERT_TRUE(in.has_value()) << in.error().message.toStdString();
    EXPECT_EQ(in->rootXml, *root);
    auto doc = interop::xml::XmlDocument::parse(in->rootXml);
    ASSERT_TRUE(doc.has_value());
    auto includes = doc->select(QStringLiteral("//xds:Document/xop:Include"), test::xds::ns());
    ASSERT_TRUE(includes.has_value());
    ASSERT_EQ(includes->size(), 2);
    for (const auto &inc : *includes) {
        const MtomPart *part = in->attachment(inc.attribute(QStringLiteral("href")).toUtf8());
        ASSERT_NE(part, nullptr) << inc.attribute(QStringLiteral("href")).toStdString();
        const QString entry = inc.parent().attribute(QStringLiteral("id"));
        EXPECT_EQ(part->body, entry == QLatin1String("Document01") ? b.cda : QByteArray("<Signature/>"));
    }
}
