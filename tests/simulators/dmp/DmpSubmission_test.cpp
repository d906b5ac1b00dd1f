// TD2.1 (ITI-41): a valid submission is stored; every metadata rule refuses a broken one with the
// registry error the client must see, and nothing is stored then.
#include "DmpHandlerFixture.h"

#include "simulators/dmp/EbXml.h"

#include <functional>

using namespace sgl::simulators::dmp;

TEST_F(DmpHandlerTest, ValidSubmissionIsStoredWithItsSignatureEntry)
{
    SubmissionSpec spec;
    spec.finalize();
    const QByteArray request = iti41Envelope(spec);
    const ParsedAnswer a = call("repository", request);
    ASSERT_EQ(a.status.toStdString(), "Success") << describe(a);
    EXPECT_EQ(a.httpStatus, 200);
    EXPECT_EQ(a.action.toStdString(), "urn:ihe:iti:2007:ProvideAndRegisterDocumentSet-bResponse");
    EXPECT_TRUE(request.contains(a.relatesTo.toUtf8())) << "RelatesTo = request MessageID";
    EXPECT_EQ(handler->registry().documentCount(), 1);
    EXPECT_EQ(handler->registry().submissionCount(), 1);
    const auto doc = handler->registry().latestByUniqueId(spec.documentUniqueId);
    ASSERT_TRUE(doc.has_value());
    EXPECT_EQ(doc->status, QString(ebxml::kApproved));
    EXPECT_EQ(doc->patientIns, spec.ins);
    EXPECT_EQ(doc->content, spec.document);
    EXPECT_EQ(doc->confidentiality, QStringList{QStringLiteral("N")});
    const auto sig = handler->registry().latestByUniqueId(spec.signatureUniqueId);
    ASSERT_TRUE(sig.has_value());
    EXPECT_TRUE(sig->signature);
    EXPECT_TRUE(sig->confidentiality.contains(QStringLiteral("MASQUE_PS")));
    EXPECT_EQ(verifier->xadesCalls, 1);
    EXPECT_EQ(verifier->vihfCalls, 1);
}

TEST_F(DmpHandlerTest, HashAndSizeAreOptionalAndComputedByTheRepository)
{
    SubmissionSpec spec;
    spec.withHashAndSize = false;
    spec = storeValid(spec);
    const auto doc = handler->registry().latestByUniqueId(spec.documentUniqueId);
    ASSERT_TRUE(doc.has_value());
    EXPECT_EQ(doc->size, spec.document.size());
    EXPECT_EQ(doc->hash.size(), 40);
}

TEST_F(DmpHandlerTest, PatientIdWithCx7DateIsAccepted)
{
    SubmissionSpec spec;
    spec.patientIdSuffix = QStringLiteral("^^20100907");
    storeValid(spec);
    EXPECT_EQ(handler->registry().documentCount(), 1);
}

struct BrokenCase {
    const char *name;
    std::function<void(SubmissionSpec &)> breakIt;
    const char *expectedCode;
    const char *contextPart; ///< a word the codeContext must contain
};

class DmpBrokenSubmission : public DmpHandlerTest, public ::testing::WithParamInterface<BrokenCase>
{
};

TEST_P(DmpBrokenSubmission, IsRefusedWithTheRightRegistryErrorAndNothingStored)
{
    SubmissionSpec spec;
    GetParam().breakIt(spec);
    const ParsedAnswer a = call("repository", iti41Envelope(spec));
    EXPECT_EQ(a.httpStatus, 200);
    ASSERT_EQ(a.status.toStdString(), "Failure") << describe(a);
    EXPECT_TRUE(a.errorCodes.contains(QString::fromLatin1(GetParam().expectedCode))) << describe(a);
    EXPECT_TRUE(a.contexts.join(u' ').contains(QString::fromUtf8(GetParam().contextPart))) << describe(a);
    EXPECT_EQ(handler->registry().documentCount(), 0);
    EXPECT_EQ(handler->registry().submissionCount(), 0);
}

const char *const kMeta = "XDSRegistryMetadataError";

INSTANTIATE_TEST_SUITE_P(
    Rules, DmpBrokenSubmission,
    ::testing::Values(
        BrokenCase{"ProductionOidRefusedByTestSimulator", [](SubmissionSpec &s) { s.insOid = QStringLiteral("1.2.250.1.213.1.4.8"); },
                   "XDSUnknownPatientId", "OID"},
        BrokenCase{"PatientIdNotAnIns", [](SubmissionSpec &s) { s.ins = QStringLiteral("12345"); }, "XDSUnknownPatientId", "INS"},
        BrokenCase{"DocumentOfAnotherPatient", [](SubmissionSpec &s) { s.documentPatientIns = QStringLiteral("180012B01234578"); },
                   "XDSPatientIdDoesNotMatch", "180012B01234578"},
        BrokenCase{"SubmissionTimeWithOffset", [](SubmissionSpec &s) { s.submissionTime = QStringLiteral("20261206101500+0100"); },
                   kMeta, "UTC"},
        BrokenCase{"CreationTimeIso", [](SubmissionSpec &s) { s.creationTime = QStringLiteral("2026-12-06T09:30:00Z"); },
                   kMeta, "creationTime"},
        BrokenCase{"ImpossibleDate", [](SubmissionSpec &s) { s.serviceStartTime = QStringLiteral("20261332"); }, kMeta, "invalide"},
        BrokenCase{"AuthorWithoutGivenName",
                   [](SubmissionSpec &s) { s.authorPerson = QStringLiteral("801234567897^BIOLOGISTE^^^^^^^&1.2.250.1.71.4.2.1&ISO^D^^^IDNPS"); },
                   kMeta, "prénom"},
        BrokenCase{"AuthorWithoutFamilyName",
                   [](SubmissionSpec &s) { s.authorPerson = QStringLiteral("801234567897^^ALICE^^^^^^&1.2.250.1.71.4.2.1&ISO^D^^^IDNPS"); },
                   kMeta, "nom"},
        BrokenCase{"AuthorSpecialtyUnknown",
                   [](SubmissionSpec &s) { s.authorSpecialty = QStringLiteral("G15_99/XX^Inconnu^1.2.250.1.213.1.1.4.5"); }, kMeta, "J01"},
        BrokenCase{"ClassCodeUnknown", [](SubmissionSpec &s) { s.classCode = QStringLiteral("99"); }, kMeta, "J57"},
        BrokenCase{"TypeCodeUnknown", [](SubmissionSpec &s) { s.typeCode = QStringLiteral("00000-0"); }, kMeta, "typeCode"},
        BrokenCase{"FormatCodeUnknown", [](SubmissionSpec &s) { s.formatCode = QStringLiteral("urn:example:format"); }, kMeta, "J60"},
        BrokenCase{"FacilityTypeUnknown", [](SubmissionSpec &s) { s.facilityType = QStringLiteral("SA99"); }, kMeta, "J02"},
        BrokenCase{"PracticeSettingUnknown", [](SubmissionSpec &s) { s.practiceSetting = QStringLiteral("PARTOUT"); }, kMeta, "J04"},
        BrokenCase{"ConfidentialityUnknown", [](SubmissionSpec &s) { s.confidentiality = {QStringLiteral("SECRET")}; }, kMeta, "J08"},
        BrokenCase{"ConfidentialityMissing", [](SubmissionSpec &s) { s.confidentiality.clear(); }, kMeta, "confidentialityCode"},
        BrokenCase{"ContentTypeWrongScheme", [](SubmissionSpec &s) { s.contentTypeScheme = QStringLiteral("1.2.3"); }, kMeta, "J59"},
        BrokenCase{"HashOfAnotherDocument",
                   [](SubmissionSpec &s) { s.hashOverride = QStringLiteral("0123456789012345678901234567890123456789"); },
                   "XDSRepositoryMetadataError", "hash"},
        BrokenCase{"WrongSize", [](SubmissionSpec &s) { s.sizeOverride = QStringLiteral("1"); }, "XDSRepositoryMetadataError", "size"},
        BrokenCase{"NoSignatureEntry", [](SubmissionSpec &s) { s.withSignature = false; }, kMeta, "signature"},
        BrokenCase{"SignatureNotMasked", [](SubmissionSpec &s) { s.signatureConfidentiality = {QStringLiteral("N")}; },
                   kMeta, "MASQUE_PS"},
        BrokenCase{"SignatureVisibleToPatient",
                   [](SubmissionSpec &s) { s.signatureConfidentiality = {QStringLiteral("N"), QStringLiteral("MASQUE_PS")}; },
                   kMeta, "INVISIBLE_PATIENT"},
        BrokenCase{"NoSignsAssociation", [](SubmissionSpec &s) { s.withSignsAssociation = false; }, kMeta, "signs"},
        BrokenCase{"NoHasMember", [](SubmissionSpec &s) { s.withDocumentHasMember = false; }, kMeta, "HasMember"},
        BrokenCase{"NoDocumentPart", [](SubmissionSpec &s) { s.withDocumentPart = false; }, "XDSMissingDocument", "Document01"},
        BrokenCase{"DocumentPartWithoutMetadata", [](SubmissionSpec &s) { s.extraDocumentPartId = QStringLiteral("Orphan"); },
                   "XDSMissingDocumentMetadata", "Orphan"},
        BrokenCase{"SameUniqueIdTwiceInMessage",
                   [](SubmissionSpec &s) {
                       s.finalize();
                       s.signatureUniqueId = s.documentUniqueId;
                   },
                   "XDSRegistryDuplicateUniqueIdInMessage", "deux fois"},
        BrokenCase{"UniqueIdNotAnOid", [](SubmissionSpec &s) { s.documentUniqueId = QStringLiteral("pas-un-oid"); }, kMeta, "OID"},
        BrokenCase{"RplcOfUnknownEntry", [](SubmissionSpec &s) { s.rplcTarget = QStringLiteral("urn:uuid:00000000-0000-4000-8000-000000000000"); },
                   "urn:oasis:names:tc:ebxml-regrep:ErrorType:UnresolvedReferenceException", "inconnue"}),
    [](const ::testing::TestParamInfo<BrokenCase> &info) { return std::string(info.param.name); });

TEST_F(DmpHandlerTest, SameDocumentSentTwiceIsNeverASecondDocument)
{
    const SubmissionSpec first = storeValid();
    SubmissionSpec again = first;
    again.submissionSetUniqueId.clear(); // a re-send is a new submission of the same document
    again.signatureUniqueId.clear();
    const ParsedAnswer a = call("repository", iti41Envelope(again));
    ASSERT_EQ(a.status.toStdString(), "Failure") << describe(a);
    EXPECT_EQ(a.errorCodes, QStringList{QStringLiteral("XDSDuplicateUniqueIdInRegistry")}) << describe(a);
    EXPECT_TRUE(a.contexts.first().contains(QStringLiteral("identique")));
    EXPECT_EQ(handler->registry().documentCount(), 1);
}

TEST_F(DmpHandlerTest, SameUniqueIdWithOtherContentIsNonIdenticalHash)
{
    const SubmissionSpec first = storeValid();
    SubmissionSpec other = first;
    other.submissionSetUniqueId.clear();
    other.signatureUniqueId.clear();
    other.document = QByteArrayLiteral("<ClinicalDocument xmlns=\"urn:hl7-org:v3\"><title>autre</title></ClinicalDocument>");
    const ParsedAnswer a = call("repository", iti41Envelope(other));
    ASSERT_EQ(a.status.toStdString(), "Failure") << describe(a);
    EXPECT_TRUE(a.errorCodes.contains(QStringLiteral("XDSNonIdenticalHash"))) << describe(a);
    EXPECT_EQ(handler->registry().documentCount(), 1);
}

TEST_F(DmpHandlerTest, SubmissionSetUniqueIdIsUnique)
{
    const SubmissionSpec first = storeValid();
    SubmissionSpec other;
    other.submissionSetUniqueId = first.submissionSetUniqueId;
    const ParsedAnswer a = call("repository", iti41Envelope(other));
    EXPECT_TRUE(a.errorCodes.contains(QStringLiteral("XDSDuplicateUniqueIdInRegistry"))) << describe(a);
}

TEST_F(DmpHandlerTest, PatientWithoutDmpIsRefused)
{
    DmpPatient closed;
    closed.exists = false;
    handler->registry().setPatient(QStringLiteral("279035121518989"), closed);
    const ParsedAnswer a = call("repository", iti41Envelope(SubmissionSpec{}));
    EXPECT_TRUE(a.errorCodes.contains(QStringLiteral("XDSUnknownPatientId"))) << describe(a);
}

TEST_F(DmpHandlerTest, ReplacementDeprecatesThePreviousVersionOnce)
{
    const SubmissionSpec v1 = storeValid();
    const auto stored = handler->registry().latestByUniqueId(v1.documentUniqueId);
    ASSERT_TRUE(stored.has_value());
    SubmissionSpec v2;
    v2.rplcTarget = stored->entryUuid;
    v2 = storeValid(v2);
    EXPECT_EQ(handler->registry().latestByUniqueId(v1.documentUniqueId)->status, QString(ebxml::kDeprecated));
    const auto replacement = handler->registry().latestByUniqueId(v2.documentUniqueId);
    ASSERT_TRUE(replacement.has_value());
    EXPECT_EQ(replacement->status, QString(ebxml::kApproved));
    EXPECT_EQ(replacement->replaces, stored->entryUuid);

    SubmissionSpec v3; // replacing the already replaced version again
    v3.rplcTarget = stored->entryUuid;
    const ParsedAnswer a = call("repository", iti41Envelope(v3));
    ASSERT_EQ(a.status.toStdString(), "Failure") << describe(a);
    EXPECT_TRUE(a.contexts.join(u' ').contains(QStringLiteral("déjà remplacée"))) << describe(a);
}

TEST_F(DmpHandlerTest, ReplacementOfAnotherPatientsDocumentIsRefused)
{
    const SubmissionSpec v1 = storeValid();
    SubmissionSpec other;
    other.ins = QStringLiteral("180012B01234578");
    other.rplcTarget = handler->registry().latestByUniqueId(v1.documentUniqueId)->entryUuid;
    const ParsedAnswer a = call("repository", iti41Envelope(other));
    EXPECT_TRUE(a.errorCodes.contains(QStringLiteral("XDSPatientIdDoesNotMatch"))) << describe(a);
}
