// TD0.2 existence test, TD3.1 queries, TD3.3 masking (ITI-57 with PreviousVersion) and
// availability status transitions.
#include "DmpHandlerFixture.h"

#include "simulators/dmp/EbXml.h"

using namespace sgl::simulators::dmp;

namespace {
const QString kIns = QStringLiteral("279035121518989");
const QString kApproved = QString(ebxml::kApproved);
const QString kArchived = QString(ebxml::kArchived);
const QString kDeleted = QString(ebxml::kDeleted);
} // namespace

TEST_F(DmpHandlerTest, ExistenceTestAnswersWhereTheOfficialResponsePutsIt)
{
    ParsedAnswer a = call("patients", td02Envelope(kIns));
    EXPECT_EQ(a.httpStatus, 200);
    EXPECT_EQ(a.action.toStdString(), "urn:hl7-org:v3:PRPA_IN201308UV02");
    EXPECT_EQ(a.queryResponseCode.toStdString(), "OK") << lastResponse.body.toStdString();
    EXPECT_EQ(a.authorisation.toStdString(), "VALIDE");
    EXPECT_TRUE(lastResponse.body.contains("STATUT_MT"));
    EXPECT_TRUE(lastResponse.body.contains("<acknowledgement typeCode=\"AA\">"));
    EXPECT_TRUE(lastResponse.body.contains("extension=\"req-1\"")) << "targetMessage = request id";

    DmpPatient none;
    none.exists = false;
    handler->registry().setPatient(kIns, none);
    a = call("patients", td02Envelope(kIns));
    EXPECT_EQ(a.queryResponseCode.toStdString(), "NF");
    EXPECT_TRUE(a.authorisation.isEmpty());

    a = call("patients", td02Envelope(kIns, QStringLiteral("1.2.3.4")));
    EXPECT_EQ(a.httpStatus, 500);
    EXPECT_TRUE(a.faultReason.contains(QStringLiteral("patientIdentifier"))) << describe(a);
}

TEST_F(DmpHandlerTest, FindDocumentsReturnsTheApprovedEntriesOfThePatient)
{
    const SubmissionSpec s = storeValid();
    SubmissionSpec other;
    other.ins = QStringLiteral("180012B01234578");
    storeValid(other);
    ParsedAnswer a = call("registry", findDocumentsEnvelope(kIns, {kApproved}));
    ASSERT_EQ(a.status.toStdString(), "Success") << describe(a);
    EXPECT_EQ(a.action.toStdString(), "urn:ihe:iti:2007:RegistryStoredQueryResponse");
    EXPECT_EQ(a.entryUuids.size(), 2) << "document + signature entry of this patient only";
    EXPECT_EQ(a.versions, (QStringList{QStringLiteral("1"), QStringLiteral("1")}));
    EXPECT_TRUE(lastResponse.body.contains(QByteArrayLiteral("1.2.250.1.213.4.1.1.1.2"))) << "repositoryUniqueId";
    EXPECT_TRUE(lastResponse.body.contains(s.documentUniqueId.toUtf8()));

    a = call("registry", getDocumentsEnvelope(s.documentUniqueId));
    ASSERT_EQ(a.entryUuids.size(), 1) << describe(a);
    EXPECT_EQ(a.entryUuids.first(), handler->registry().latestByUniqueId(s.documentUniqueId)->entryUuid);

    a = call("registry", findDocumentsEnvelope(QStringLiteral("12"), {kApproved}));
    EXPECT_EQ(a.status.toStdString(), "Failure");
    EXPECT_TRUE(a.errorCodes.contains(QStringLiteral("XDSUnknownPatientId"))) << describe(a);
}

TEST_F(DmpHandlerTest, MaskingAndUnmaskingAreNewVersionsCheckedAgainstPreviousVersion)
{
    const SubmissionSpec s = storeValid();
    const DmpStoredEntry v1 = *handler->registry().latestByUniqueId(s.documentUniqueId);
    ParsedAnswer a = call("registry", maskEnvelope(kIns, v1.lid, 1, {QStringLiteral("N"), QStringLiteral("MASQUE_PS")}, s.documentUniqueId));
    ASSERT_EQ(a.status.toStdString(), "Success") << describe(a);
    EXPECT_EQ(a.action.toStdString(), "urn:ihe:iti:2010:UpdateDocumentSet-Response");
    const DmpStoredEntry v2 = *handler->registry().latestByUniqueId(s.documentUniqueId);
    EXPECT_EQ(v2.version, 2);
    EXPECT_EQ(v2.lid, v1.lid);
    EXPECT_EQ(v2.confidentiality, (QStringList{QStringLiteral("N"), QStringLiteral("MASQUE_PS")}));
    EXPECT_EQ(v2.content, v1.content);
    EXPECT_EQ(handler->registry().documentCount(), 1) << "a new version is not a new document";

    a = call("registry", getDocumentsEnvelope(s.documentUniqueId));
    EXPECT_EQ(a.versions, QStringList{QStringLiteral("2")});
    EXPECT_TRUE(lastResponse.body.contains("nodeRepresentation=\"MASQUE_PS\""));

    // A client working from a stale version is refused.
    a = call("registry", maskEnvelope(kIns, v1.lid, 1, {QStringLiteral("N")}, s.documentUniqueId));
    EXPECT_EQ(a.errorCodes, QStringList{QStringLiteral("XDSMetadataVersionError")}) << describe(a);
    EXPECT_EQ(handler->registry().latestByUniqueId(s.documentUniqueId)->version, 2);

    a = call("registry", maskEnvelope(kIns, v1.lid, 2, {QStringLiteral("N")}, s.documentUniqueId));
    ASSERT_EQ(a.status.toStdString(), "Success") << describe(a);
    EXPECT_EQ(handler->registry().latestByUniqueId(s.documentUniqueId)->confidentiality, QStringList{QStringLiteral("N")});

    a = call("registry", maskEnvelope(kIns, QStringLiteral("urn:uuid:00000000-0000-4000-8000-000000000000"), 1,
                                      {QStringLiteral("N")}, s.documentUniqueId));
    EXPECT_TRUE(a.errorCodes.contains(QStringLiteral("urn:oasis:names:tc:ebxml-regrep:ErrorType:UnresolvedReferenceException")))
        << describe(a);
    a = call("registry", maskEnvelope(kIns, v1.lid, 3, {QStringLiteral("TOP_SECRET")}, s.documentUniqueId));
    EXPECT_TRUE(a.errorCodes.contains(QStringLiteral("XDSRegistryMetadataError"))) << describe(a);
    a = call("registry", maskEnvelope(kIns, v1.lid, 3, {QStringLiteral("N")}, QStringLiteral("1.2.3.4.5")));
    EXPECT_TRUE(a.errorCodes.contains(QStringLiteral("XDSMetadataUpdateOperationError"))) << describe(a);
}

TEST_F(DmpHandlerTest, ArchiveThenDeleteFollowTheAllowedTransitions)
{
    const SubmissionSpec s = storeValid();
    const QString uuid = handler->registry().latestByUniqueId(s.documentUniqueId)->entryUuid;
    ParsedAnswer a = call("registry", availabilityEnvelope(kIns, uuid, kArchived, kDeleted));
    EXPECT_EQ(a.errorCodes, QStringList{QStringLiteral("XDSMetadataUpdateOperationError")}) << describe(a);

    a = call("registry", availabilityEnvelope(kIns, uuid, kApproved, kArchived));
    ASSERT_EQ(a.status.toStdString(), "Success") << describe(a);
    EXPECT_EQ(handler->registry().latestByUniqueId(s.documentUniqueId)->status, kArchived);
    a = call("registry", findDocumentsEnvelope(kIns, {kApproved}));
    EXPECT_EQ(a.entryUuids.size(), 1) << "only the signature entry stays Approved";
    a = call("registry", findDocumentsEnvelope(kIns, {kApproved, kArchived}));
    EXPECT_EQ(a.entryUuids.size(), 2);

    a = call("registry", availabilityEnvelope(kIns, uuid, kArchived, kDeleted));
    ASSERT_EQ(a.status.toStdString(), "Success") << describe(a);
    EXPECT_EQ(handler->registry().latestByUniqueId(s.documentUniqueId)->status, kDeleted);

    a = call("registry", availabilityEnvelope(kIns, uuid, kDeleted, kApproved));
    EXPECT_EQ(a.errorCodes, QStringList{QStringLiteral("XDSMetadataUpdateOperationError")}) << describe(a);
    a = call("registry", availabilityEnvelope(kIns, QStringLiteral("urn:uuid:00000000-0000-4000-8000-000000000001"), kApproved, kDeleted));
    EXPECT_TRUE(a.errorCodes.contains(QStringLiteral("urn:oasis:names:tc:ebxml-regrep:ErrorType:UnresolvedReferenceException")));
    a = call("registry", availabilityEnvelope(QStringLiteral("180012B01234578"), uuid, kDeleted, kArchived));
    EXPECT_TRUE(a.errorCodes.contains(QStringLiteral("XDSPatientIdDoesNotMatch"))) << describe(a);
}

TEST_F(DmpHandlerTest, DeletedDocumentCannotBeReplaced)
{
    const SubmissionSpec s = storeValid();
    const QString uuid = handler->registry().latestByUniqueId(s.documentUniqueId)->entryUuid;
    ASSERT_EQ(call("registry", availabilityEnvelope(kIns, uuid, kApproved, kDeleted)).status.toStdString(), "Success");
    SubmissionSpec v2;
    v2.rplcTarget = uuid;
    const ParsedAnswer a = call("repository", iti41Envelope(v2));
    EXPECT_EQ(a.status.toStdString(), "Failure") << describe(a);
}

TEST_F(DmpHandlerTest, AdminViewListsStoredEntries)
{
    const SubmissionSpec s = storeValid();
    sgl::simulators::common::SimHttpRequest get;
    get.method = "GET";
    get.path = QStringLiteral("/admin/documents");
    const auto r = handler->handle(get);
    EXPECT_EQ(r.status, 200);
    EXPECT_EQ(r.contentType, QByteArrayLiteral("application/json"));
    EXPECT_TRUE(r.body.contains(s.documentUniqueId.toUtf8()));
}
