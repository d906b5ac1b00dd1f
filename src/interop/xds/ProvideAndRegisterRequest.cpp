#include "interop/xds/ProvideAndRegisterRequest.h"

#include "interop/xds/RimWriter.h"
#include "interop/xds/XdsConstants.h"

#include <QTimeZone>

namespace sgl::interop::xds {

namespace {

const QString kSetId = QStringLiteral("SubmissionSet01");
const QString kSignatureId = QStringLiteral("Signature01");

QList<QPair<QString, QStringList>> original()
{
    return {{QStringLiteral("SubmissionSetStatus"), {QStringLiteral("Original")}}};
}

XdsCode dmpMask(const char *code, const QString &display)
{
    return {QString::fromLatin1(code), QString::fromLatin1(uuid::kConfidentialityDmp), display};
}

} // namespace

QString ProvideAndRegisterRequest::dtm(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyyMMddHHmmss"));
}

Submission ProvideAndRegisterRequest::makeSubmission(const DocumentEntry &document, const QString &submissionSetUniqueId,
                                                     const QString &signatureUniqueId, const QString &sourceId,
                                                     const XdsCode &contentTypeCode, const QDateTime &time,
                                                     const QString &replacedEntryUuid)
{
    Submission s;
    const QString now = dtm(time);
    s.document = document;
    if (s.document.id.isEmpty())
        s.document.id = QStringLiteral("Document01");

    s.set.id = kSetId;
    s.set.uniqueId = submissionSetUniqueId;
    s.set.sourceId = sourceId;
    s.set.patientId = document.patientId;
    s.set.submissionTime = now;
    s.set.title = document.title;
    s.set.authors = document.authors;
    s.set.contentTypeCode = contentTypeCode;

    DocumentEntry &sig = s.signature;
    sig.id = kSignatureId;
    sig.uniqueId = signatureUniqueId;
    sig.patientId = document.patientId;
    sig.sourcePatientId = document.patientId;
    sig.mimeType = QStringLiteral("text/xml");
    sig.title = QStringLiteral("Source");
    sig.creationTime = now;
    sig.serviceStartTime = now;
    sig.serviceStopTime = now;
    sig.languageCode = QStringLiteral("art");
    sig.legalAuthenticator = document.legalAuthenticator;
    sig.authors = document.authors;
    sig.classCode = {QStringLiteral("urn:oid:1.3.6.1.4.1.19376.1.2.1.1.1"), QStringLiteral("URN"),
                     QStringLiteral("Digital Signature")};
    sig.typeCode = {QStringLiteral("E1762"), QStringLiteral("ASTM"), QStringLiteral("Full Document")};
    sig.formatCode = {QStringLiteral("http://www.w3.org/2000/09/xmldsig#"), QStringLiteral("URN"),
                      QStringLiteral("Default Signature Style")};
    sig.eventCodes = {{QStringLiteral("1.2.840.10065.1.12.1.14"), QStringLiteral("1.2.840.10065.1.12"),
                       QStringLiteral("Source")}};
    // The signature is always published masked (TD2.1, kit template, DRIMbox).
    sig.confidentialityCodes = {{QStringLiteral("N"), QString::fromLatin1(uuid::kConfidentialityHl7), QStringLiteral("Normal")},
                                dmpMask("MASQUE_PS", QStringLiteral("Masqué aux professionnels de santé")),
                                dmpMask("INVISIBLE_PATIENT", QStringLiteral("Non visible par le patient"))};
    sig.healthcareFacilityTypeCode = document.healthcareFacilityTypeCode;
    sig.practiceSettingCode = document.practiceSettingCode;

    s.associations.append({QStringLiteral("assoc1"), QString::fromLatin1(uuid::kHasMember), kSetId, s.document.id, original()});
    s.associations.append({QStringLiteral("assoc2"), QString::fromLatin1(uuid::kHasMember), kSetId, kSignatureId, original()});
    s.associations.append({QStringLiteral("assoc3"), QString::fromLatin1(uuid::kSigns), kSignatureId, kSetId, original()});
    if (!replacedEntryUuid.isEmpty())
        s.associations.append({QStringLiteral("assoc4"), QString::fromLatin1(uuid::kReplace), s.document.id,
                               replacedEntryUuid, {}});
    return s;
}

void ProvideAndRegisterRequest::write(xml::XmlWriterElement parent, const Submission &submission,
                                      const QList<SubmissionPart> &parts, DocumentPayload payload)
{
    xml::XmlWriterElement req = parent.add("ProvideAndRegisterDocumentSetRequest");
    const xml::XmlWriterNamespace xds = req.declareNamespace(QStringLiteral("xds"), QString::fromLatin1(uuid::kNsXds));
    req.setNamespace(xds);
    const xml::XmlWriterNamespace lcm = req.declareNamespace(QStringLiteral("lcm"), QString::fromLatin1(uuid::kNsLcm));
    const xml::XmlWriterNamespace rim = req.declareNamespace(QStringLiteral("rim"), QString::fromLatin1(uuid::kNsRim));
    xml::XmlWriterElement list = req.add(lcm, "SubmitObjectsRequest").add(rim, "RegistryObjectList");
    RimWriter rw(rim);
    rw.submissionSet(list, submission.set);
    rw.documentEntry(list, submission.document, false);
    rw.documentEntry(list, submission.signature, false);
    for (const XdsAssociation &a : submission.associations)
        rw.association(list, a);
    for (const SubmissionPart &part : parts) {
        xml::XmlWriterElement doc = req.add(xds, "Document").set("id", part.entryId);
        if (payload == DocumentPayload::Xop) {
            const xml::XmlWriterNamespace xop = doc.declareNamespace(QStringLiteral("xop"), QString::fromLatin1(uuid::kNsXop));
            doc.add(xop, "Include").set("href", QStringLiteral("cid:") + part.contentId);
        } else {
            doc.text(QLatin1StringView(part.bytes.toBase64()));
        }
    }
}

} // namespace sgl::interop::xds
