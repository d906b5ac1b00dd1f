#include "interop/xds/RimWriter.h"

#include "interop/xds/XdsConstants.h"

namespace sgl::interop::xds {

void RimWriter::slot(xml::XmlWriterElement parent, const char *name, const QStringList &values)
{
    if (values.isEmpty())
        return;
    xml::XmlWriterElement list = parent.add(m_rim, "Slot").set("name", name).add(m_rim, "ValueList");
    for (const QString &v : values)
        list.add(m_rim, "Value").text(v);
}

void RimWriter::name(xml::XmlWriterElement parent, const char *element, const QString &value)
{
    if (value.isEmpty())
        return;
    parent.add(m_rim, element)
        .add(m_rim, "LocalizedString")
        .set("charset", "UTF8")
        .set("value", value)
        .setXmlLang(QStringLiteral("FR"));
}

void RimWriter::code(xml::XmlWriterElement parent, const char *scheme, const QString &objectId, const XdsCode &value)
{
    if (value.isEmpty())
        return;
    xml::XmlWriterElement c = parent.add(m_rim, "Classification")
                                  .set("classificationScheme", scheme)
                                  .set("classifiedObject", objectId)
                                  .set("id", QStringLiteral("cla%1").arg(++m_classifications))
                                  .set("nodeRepresentation", value.code);
    slot(c, "codingScheme", {value.codingScheme});
    name(c, "Name", value.displayName.isEmpty() ? value.code : value.displayName);
}

void RimWriter::author(xml::XmlWriterElement parent, const char *scheme, const QString &objectId, const XdsAuthor &value)
{
    xml::XmlWriterElement c = parent.add(m_rim, "Classification")
                                  .set("classificationScheme", scheme)
                                  .set("classifiedObject", objectId)
                                  .set("id", QStringLiteral("cla%1").arg(++m_classifications))
                                  .set("nodeRepresentation", "");
    if (!value.person.isEmpty())
        slot(c, "authorPerson", {value.person});
    slot(c, "authorInstitution", value.institutions);
    slot(c, "authorRole", value.roles);
    slot(c, "authorSpecialty", value.specialties);
}

void RimWriter::identifier(xml::XmlWriterElement parent, const char *scheme, const QString &objectId,
                           const QString &value, const QString &label)
{
    xml::XmlWriterElement e = parent.add(m_rim, "ExternalIdentifier")
                                  .set("id", QStringLiteral("ei%1").arg(++m_identifiers))
                                  .set("identificationScheme", scheme)
                                  .set("registryObject", objectId)
                                  .set("value", value);
    name(e, "Name", label);
}

void RimWriter::submissionSet(xml::XmlWriterElement list, const SubmissionSet &set)
{
    xml::XmlWriterElement p = list.add(m_rim, "RegistryPackage").set("id", set.id);
    slot(p, "submissionTime", {set.submissionTime});
    name(p, "Name", set.title);
    name(p, "Description", set.comments);
    for (const XdsAuthor &a : set.authors)
        author(p, uuid::kSetAuthor, set.id, a);
    code(p, uuid::kSetContentType, set.id, set.contentTypeCode);
    p.add(m_rim, "Classification")
        .set("classificationNode", uuid::kSubmissionSetNode)
        .set("classifiedObject", set.id)
        .set("id", QStringLiteral("cla%1").arg(++m_classifications));
    identifier(p, uuid::kSetPatientId, set.id, set.patientId, QStringLiteral("XDSSubmissionSet.patientId"));
    identifier(p, uuid::kSetSourceId, set.id, set.sourceId, QStringLiteral("XDSSubmissionSet.sourceId"));
    identifier(p, uuid::kSetUniqueId, set.id, set.uniqueId, QStringLiteral("XDSSubmissionSet.uniqueId"));
}

void RimWriter::documentEntry(xml::XmlWriterElement list, const DocumentEntry &e, bool withRegistryFields)
{
    xml::XmlWriterElement o = list.add(m_rim, "ExtrinsicObject").set("id", e.id);
    if (withRegistryFields)
        o.setIf("lid", e.logicalId);
    o.set("mimeType", e.mimeType).set("objectType", uuid::kStableDocumentEntry);
    // Slots in the examples' (alphabetical) order.
    slot(o, "creationTime", {e.creationTime});
    if (withRegistryFields && !e.hash.isEmpty())
        slot(o, "hash", {e.hash});
    slot(o, "languageCode", {e.languageCode});
    if (!e.legalAuthenticator.isEmpty())
        slot(o, "legalAuthenticator", {e.legalAuthenticator});
    if (withRegistryFields && !e.repositoryUniqueId.isEmpty())
        slot(o, "repositoryUniqueId", {e.repositoryUniqueId});
    if (!e.serviceStartTime.isEmpty())
        slot(o, "serviceStartTime", {e.serviceStartTime});
    if (!e.serviceStopTime.isEmpty())
        slot(o, "serviceStopTime", {e.serviceStopTime});
    if (withRegistryFields && !e.size.isEmpty())
        slot(o, "size", {e.size});
    if (!e.sourcePatientId.isEmpty())
        slot(o, "sourcePatientId", {e.sourcePatientId});
    slot(o, "sourcePatientInfo", e.sourcePatientInfo);
    for (const auto &[slotName, values] : e.extraSlots)
        slot(o, slotName.toUtf8().constData(), values);
    name(o, "Name", e.title);
    name(o, "Description", e.comments);
    if (withRegistryFields && !e.versionName.isEmpty())
        o.add(m_rim, "VersionInfo").set("versionName", e.versionName);
    for (const XdsAuthor &a : e.authors)
        author(o, uuid::kDocAuthor, e.id, a);
    code(o, uuid::kDocClassCode, e.id, e.classCode);
    code(o, uuid::kDocTypeCode, e.id, e.typeCode);
    for (const XdsCode &c : e.confidentialityCodes)
        code(o, uuid::kDocConfidentiality, e.id, c);
    code(o, uuid::kDocFormatCode, e.id, e.formatCode);
    code(o, uuid::kDocFacilityType, e.id, e.healthcareFacilityTypeCode);
    code(o, uuid::kDocPracticeSetting, e.id, e.practiceSettingCode);
    for (const XdsCode &c : e.eventCodes)
        code(o, uuid::kDocEventCode, e.id, c);
    identifier(o, uuid::kDocPatientId, e.id, e.patientId, QStringLiteral("XDSDocumentEntry.patientId"));
    identifier(o, uuid::kDocUniqueId, e.id, e.uniqueId, QStringLiteral("XDSDocumentEntry.uniqueId"));
}

void RimWriter::association(xml::XmlWriterElement list, const XdsAssociation &a)
{
    xml::XmlWriterElement o = list.add(m_rim, "Association")
                                  .set("associationType", a.type)
                                  .set("id", a.id)
                                  .set("sourceObject", a.source)
                                  .set("targetObject", a.target);
    for (const auto &[slotName, values] : a.slotValues)
        slot(o, slotName.toUtf8().constData(), values);
}

} // namespace sgl::interop::xds
