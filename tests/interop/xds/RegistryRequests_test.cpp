#include "XdsTestSupport.h"

#include "interop/xds/CrBioMetadataMapper.h"
#include "interop/xds/RegistryResponse.h"
#include "interop/xds/SoapRequestWriter.h"
#include "interop/xds/SoapResponse.h"
#include "interop/xds/StoredQueryRequest.h"
#include "interop/xds/UpdateDocumentSetRequest.h"

using namespace sgl;
using namespace sgl::interop::xds;
using sgl::test::xds::count;
using sgl::test::xds::str;

namespace {

SoapAddressing addressing(const char *action)
{
    return {QString::fromLatin1(action), SoapAddressing::newMessageId(), QStringLiteral("https://dmp.test/registry")};
}

/** The payload (first Body child) validated against the DMP schema set; failures reported. */
void expectValid(const interop::xml::XmlDocument &doc)
{
    auto payload = doc.selectFirst(QStringLiteral("/s:Envelope/s:Body/*"), test::xds::ns());
    ASSERT_TRUE(payload.has_value() && !payload->isNull());
    const interop::xml::XmlSchema schema = test::xds::repositorySchema();
    ASSERT_FALSE(schema.isNull());
    for (const auto &e : schema.validateElement(*payload))
        ADD_FAILURE() << e.line << ": " << e.message.toStdString();
}

DocumentEntry registeredEntry()
{
    auto soap = SoapResponse::parse(
        test::xds::readMaterial(QStringLiteral("dmp-exemples-messages-v02.05.00/TD3.1_Recherche_de_document_reponse.xml")),
        QStringLiteral("TD3.1"));
    EXPECT_TRUE(soap.has_value());
    auto r = RegistryResponseParser::queryResponse(soap->payload());
    EXPECT_TRUE(r.has_value() && !r->entries.isEmpty());
    return r && !r->entries.isEmpty() ? r->entries.first() : DocumentEntry{};
}

SubmissionSet updateSet(const DocumentEntry &e)
{
    SubmissionSet set;
    set.uniqueId = QStringLiteral("1.2.250.1.999.1.2.9.7");
    set.sourceId = QStringLiteral("1.2.250.1.999.1.2");
    set.patientId = e.patientId;
    set.submissionTime = QStringLiteral("20261120150000");
    set.authors = e.authors;
    set.contentTypeCode = {QStringLiteral("04"), QStringLiteral("1.2.250.1.213.2.2"), QStringLiteral("Hospitalisation de jour")};
    return set;
}

} // namespace

TEST(StoredQueryRequest, FindByUniqueIdHasTheGetDocumentsShape)
{
    SoapRequestWriter w(addressing(uuid::kActionRegistryStoredQuery), {});
    StoredQueryRequest::getDocumentsByUniqueId(w.body(), {QStringLiteral("1.2.3.4"), QStringLiteral("1.2.3'5")});
    auto doc = std::move(w).toDocument();
    ASSERT_TRUE(doc.has_value()) << doc.error().message.toStdString();
    expectValid(*doc);
    EXPECT_EQ(str(*doc, QStringLiteral("//query:AdhocQueryRequest/query:ResponseOption/@returnType")), QStringLiteral("LeafClass"));
    EXPECT_EQ(str(*doc, QStringLiteral("//rim:AdhocQuery/@id")), QStringLiteral("urn:uuid:5c4f972b-d56b-40ac-a5fc-c8ca9b40b9d4"));
    EXPECT_EQ(str(*doc, QStringLiteral("//rim:AdhocQuery/rim:Slot[@name='$XDSDocumentEntryUniqueId']/rim:ValueList/rim:Value")),
              QStringLiteral("('1.2.3.4','1.2.3''5')"));
}

TEST(StoredQueryRequest, FindByPatientHasTheTd31Shape)
{
    SoapRequestWriter w(addressing(uuid::kActionRegistryStoredQuery), {});
    StoredQueryRequest::findDocuments(w.body(), QStringLiteral("207058575627097^^^&1.2.250.1.213.1.4.10&ISO^NH"));
    auto doc = std::move(w).toDocument();
    ASSERT_TRUE(doc.has_value());
    expectValid(*doc);
    // Same query slots as the official TD3.1 request.
    const QByteArray official = test::xds::readMaterial(QStringLiteral("dmp-exemples-messages-v02.05.00/TD3.1_Recherche_de_document_requete.xml"));
    auto ref = interop::xml::XmlDocument::parse(official);
    ASSERT_TRUE(ref.has_value()) << ref.error().message.toStdString();
    for (const char *slot : {"$XDSDocumentEntryPatientId", "$XDSDocumentEntryStatus"}) {
        const QString xp = QStringLiteral("//rim:AdhocQuery/rim:Slot[@name='%1']/rim:ValueList/rim:Value").arg(QLatin1String(slot));
        EXPECT_EQ(str(*doc, xp), str(*ref, xp)) << slot;
    }
    EXPECT_EQ(str(*doc, QStringLiteral("//rim:AdhocQuery/@id")), str(*ref, QStringLiteral("//rim:AdhocQuery/@id")));
}

TEST(UpdateDocumentSetRequest, MaskingCopiesTheEntryWithPreviousVersion)
{
    DocumentEntry entry = registeredEntry();
    ASSERT_FALSE(entry.id.isEmpty());
    entry.versionName = QStringLiteral("5");
    entry.confidentialityCodes.append(CrBioMetadataMapper::confidentialityCode(QStringLiteral("MASQUE_PS")));
    SoapRequestWriter w(addressing(uuid::kActionUpdateDocumentSet), {});
    UpdateDocumentSetRequest::metadataUpdate(w.body(), updateSet(entry), entry);
    auto doc = std::move(w).toDocument();
    ASSERT_TRUE(doc.has_value()) << doc.error().message.toStdString();
    expectValid(*doc);
    const QString list = QStringLiteral("/s:Envelope/s:Body/lcm:SubmitObjectsRequest/rim:RegistryObjectList");
    EXPECT_EQ(count(*doc, list + QStringLiteral("/rim:RegistryPackage")), 1);
    const QString member = list + QStringLiteral("/rim:Association[@associationType='urn:oasis:names:tc:ebxml-regrep:AssociationType:HasMember' "
                                                 "and @sourceObject='SubmissionSet01' and @targetObject='Document01']");
    EXPECT_EQ(str(*doc, member + QStringLiteral("/rim:Slot[@name='SubmissionSetStatus']/rim:ValueList/rim:Value")), QStringLiteral("Original"));
    EXPECT_EQ(str(*doc, member + QStringLiteral("/rim:Slot[@name='PreviousVersion']/rim:ValueList/rim:Value")), QStringLiteral("5"));
    const QString obj = list + QStringLiteral("/rim:ExtrinsicObject[@id='Document01']");
    EXPECT_EQ(str(*doc, obj + QStringLiteral("/@lid")), QStringLiteral("urn:uuid:7953af1a-ba1c-11eb-816f-0050569e422e"));
    EXPECT_EQ(count(*doc, obj + QStringLiteral("/rim:Classification[@nodeRepresentation='MASQUE_PS']")), 1);
    EXPECT_EQ(str(*doc, obj + QStringLiteral("/rim:Slot[@name='hash']/rim:ValueList/rim:Value")), entry.hash);
    EXPECT_EQ(str(*doc, obj + QStringLiteral("/rim:Slot[@name='repositoryUniqueId']/rim:ValueList/rim:Value")),
              QString::fromLatin1(uuid::kDmpRepositoryUniqueId));
    // Read back, the copy is the registered entry plus the mask.
    auto written = doc->selectFirst(obj, test::xds::ns());
    ASSERT_TRUE(written.has_value());
    const DocumentEntry back = RegistryResponseParser::documentEntry(*written);
    EXPECT_EQ(back.uniqueId, entry.uniqueId);
    EXPECT_EQ(back.patientId, entry.patientId);
    EXPECT_EQ(back.sourcePatientInfo, entry.sourcePatientInfo);
    EXPECT_EQ(back.confidentialityCodes, entry.confidentialityCodes);
    EXPECT_EQ(back.eventCodes, entry.eventCodes);
    EXPECT_EQ(back.formatCode, entry.formatCode);
    EXPECT_EQ(back.authors.size(), entry.authors.size());
    EXPECT_EQ(back.extraSlots.size(), entry.extraSlots.size());
}

TEST(UpdateDocumentSetRequest, DeletionHasTheTd33cShape)
{
    const DocumentEntry entry = registeredEntry();
    SoapRequestWriter w(addressing(uuid::kActionUpdateDocumentSet), {});
    UpdateDocumentSetRequest::availabilityUpdate(w.body(), updateSet(entry), entry.id, QString::fromLatin1(uuid::kStatusApproved),
                                                 QString::fromLatin1(uuid::kStatusDeleted));
    auto doc = std::move(w).toDocument();
    ASSERT_TRUE(doc.has_value());
    expectValid(*doc);
    const QString a = QStringLiteral("//rim:Association[@associationType='urn:ihe:iti:2010:AssociationType:UpdateAvailabilityStatus' "
                                     "and @sourceObject='SubmissionSet01']");
    EXPECT_EQ(str(*doc, a + QStringLiteral("/@targetObject")), entry.id);
    EXPECT_EQ(str(*doc, a + QStringLiteral("/rim:Slot[@name='OriginalStatus']/rim:ValueList/rim:Value")), QString::fromLatin1(uuid::kStatusApproved));
    EXPECT_EQ(str(*doc, a + QStringLiteral("/rim:Slot[@name='NewStatus']/rim:ValueList/rim:Value")), QStringLiteral("urn:asip:ci-sis:2010:StatusType:Deleted"));
    EXPECT_EQ(count(*doc, QStringLiteral("//rim:ExtrinsicObject")), 0);
    // The official deletion request carries the same slots.
    auto ref = interop::xml::XmlDocument::parse(
        test::xds::readMaterial(QStringLiteral("dmp-exemples-messages-v02.05.00/TD3.3c_Supprimer_un_document_requete.xml")));
    ASSERT_TRUE(ref.has_value()) << ref.error().message.toStdString();
    EXPECT_EQ(count(*ref, QStringLiteral("//rim:Association[@associationType='urn:ihe:iti:2010:AssociationType:UpdateAvailabilityStatus']/rim:Slot[@name='NewStatus']")), 1);
}
