#include "interop/xds/UpdateDocumentSetRequest.h"

#include "interop/xds/RimWriter.h"
#include "interop/xds/XdsConstants.h"

namespace sgl::interop::xds {

namespace {

struct Begun {
    xml::XmlWriterElement list;
    xml::XmlWriterNamespace rim;
};

Begun begin(xml::XmlWriterElement parent)
{
    xml::XmlWriterElement req = parent.add("SubmitObjectsRequest");
    const xml::XmlWriterNamespace lcm = req.declareNamespace(QStringLiteral("lcm"), QString::fromLatin1(uuid::kNsLcm));
    req.setNamespace(lcm);
    const xml::XmlWriterNamespace rim = req.declareNamespace(QStringLiteral("rim"), QString::fromLatin1(uuid::kNsRim));
    return {req.add(rim, "RegistryObjectList"), rim};
}

} // namespace

void UpdateDocumentSetRequest::metadataUpdate(xml::XmlWriterElement parent, const SubmissionSet &set,
                                              const DocumentEntry &entry)
{
    Begun b = begin(parent);
    RimWriter w(b.rim);
    w.submissionSet(b.list, set);
    DocumentEntry copy = entry;
    // The new version is a new object of the submission; lid ties it to the registered entry.
    copy.id = QStringLiteral("Document01");
    if (copy.logicalId.isEmpty())
        copy.logicalId = entry.id;
    XdsAssociation member{QStringLiteral("association1"), QString::fromLatin1(uuid::kHasMember), set.id, copy.id,
                          {{QStringLiteral("SubmissionSetStatus"), {QStringLiteral("Original")}},
                           {QStringLiteral("PreviousVersion"), {entry.versionName.isEmpty() ? QStringLiteral("1") : entry.versionName}}}};
    w.association(b.list, member);
    // VersionInfo of the registered version stays, as in the kit (the registry numbers the new one).
    w.documentEntry(b.list, copy, true);
}

void UpdateDocumentSetRequest::availabilityUpdate(xml::XmlWriterElement parent, const SubmissionSet &set,
                                                  const QString &entryUuid, const QString &originalStatus,
                                                  const QString &newStatus)
{
    Begun b = begin(parent);
    RimWriter w(b.rim);
    w.submissionSet(b.list, set);
    w.association(b.list, {QStringLiteral("association1"), QString::fromLatin1(uuid::kUpdateAvailability), set.id,
                           entryUuid,
                           {{QStringLiteral("OriginalStatus"), {originalStatus}}, {QStringLiteral("NewStatus"), {newStatus}}}});
}

} // namespace sgl::interop::xds
