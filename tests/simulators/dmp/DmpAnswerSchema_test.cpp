// The answers' payloads are valid against the ebRS 3.0 schemas shipped with the DMP WSDL
// (rs.xsd, query.xsd, rim.xsd): RegistryResponse Success/Failure, AdhocQueryResponse LeafClass
// with VersionInfo, Slot, Classification and ExternalIdentifier in schema order.
#include "DmpHandlerFixture.h"

#include "interop/xml/XmlDocument.h"
#include "interop/xml/XmlSchema.h"
#include "simulators/dmp/EbXml.h"

#include <QFile>

using namespace sgl::simulators::dmp;
using sgl::interop::xml::XmlDocument;
using sgl::interop::xml::XmlSchema;

namespace {

const QString kQueryXsd = QStringLiteral(SGL_SHARED_DIR "/dmp-mss-material/dmp-wsdl-v2.01.04/schema/ebRS/query.xsd");

/** Problems of the SOAP Body payload of an answer against query.xsd (which imports rs and rim). */
std::string schemaProblems(const XmlSchema &schema, const QByteArray &answer)
{
    auto doc = XmlDocument::parse(answer);
    if (!doc)
        return "unparsable answer";
    const sgl::interop::xml::XmlNamespaces ns{{QStringLiteral("s"), QStringLiteral("http://www.w3.org/2003/05/soap-envelope")}};
    auto payload = doc->selectFirst(QStringLiteral("/s:Envelope/s:Body/*"), ns);
    if (!payload || payload->isNull())
        return "no payload";
    std::string out;
    for (const auto &e : schema.validateElement(*payload))
        out += std::to_string(e.line) + ": " + e.message.toStdString() + "\n";
    return out;
}

} // namespace

TEST_F(DmpHandlerTest, AnswersAreValidEbRsDocuments)
{
    if (!QFile::exists(kQueryXsd))
        GTEST_SKIP() << "ebRS schemas absent (../shared)";
    auto schema = XmlSchema::load(kQueryXsd);
    ASSERT_TRUE(schema.has_value()) << schema.error().toString().toStdString();

    const SubmissionSpec s = storeValid();
    EXPECT_EQ(schemaProblems(*schema, lastResponse.body), "") << "Success";
    SubmissionSpec broken;
    broken.classCode = QStringLiteral("99");
    broken.withSignsAssociation = false;
    ASSERT_EQ(call("repository", iti41Envelope(broken)).status.toStdString(), "Failure");
    EXPECT_EQ(schemaProblems(*schema, lastResponse.body), "") << "Failure";

    const DmpStoredEntry v1 = *handler->registry().latestByUniqueId(s.documentUniqueId);
    ASSERT_EQ(call("registry", maskEnvelope(QStringLiteral("279035121518989"), v1.lid, 1,
                                            {QStringLiteral("N"), QStringLiteral("MASQUE_PS")}, s.documentUniqueId))
                  .status.toStdString(),
              "Success");
    EXPECT_EQ(schemaProblems(*schema, lastResponse.body), "") << "UpdateDocumentSet";
    const ParsedAnswer q = call("registry", findDocumentsEnvelope(QStringLiteral("279035121518989"),
                                                                  {QString(ebxml::kApproved)}));
    ASSERT_EQ(q.entryUuids.size(), 2);
    EXPECT_EQ(schemaProblems(*schema, lastResponse.body), "") << "AdhocQueryResponse LeafClass";
    call("registry", findDocumentsEnvelope(QStringLiteral("1"), {QString(ebxml::kApproved)}));
    EXPECT_EQ(schemaProblems(*schema, lastResponse.body), "") << "AdhocQueryResponse Failure";

    // The check can fail: a payload outside ebRS, and an ExtrinsicObject with children out of order.
    call("patients", td02Envelope(QStringLiteral("279035121518989")));
    EXPECT_NE(schemaProblems(*schema, lastResponse.body), "");
    call("registry", findDocumentsEnvelope(QStringLiteral("279035121518989"), {QString(ebxml::kApproved)}));
    QByteArray reordered = lastResponse.body;
    const qsizetype version = reordered.indexOf("<rim:VersionInfo");
    const qsizetype end = reordered.indexOf("/>", version) + 2;
    const QByteArray versionInfo = reordered.mid(version, end - version);
    reordered.remove(version, end - version);
    reordered.insert(reordered.indexOf("<rim:Slot"), versionInfo);
    EXPECT_NE(schemaProblems(*schema, reordered), "");
}
