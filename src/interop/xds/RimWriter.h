#pragma once

#include "interop/xds/XdsMetadata.h"
#include "interop/xml/XmlWriterElement.h"
#include "interop/xml/XmlWriterNamespace.h"

namespace sgl::interop::xds {

/**
 * Writes ebRIM 3.0 registry objects (RegistryPackage, ExtrinsicObject, Association) for XDS.b
 * into a RegistryObjectList, in the order and shape of the DMP examples (TD2.1 request, kit
 * template_masquage.xml): slots first, then Name/Description, classifications, external
 * identifiers. Classification and ExternalIdentifier ids are numbered "cla1"…, "ei1"… within
 * one writer. Empty optional values are left out; the XSD and the registry decide the rest.
 */
class RimWriter {
public:
    /** rim: namespace handle declared by the caller on an ancestor. */
    explicit RimWriter(xml::XmlWriterNamespace rim) : m_rim(rim) {}

    void submissionSet(xml::XmlWriterElement list, const SubmissionSet &set);
    /** withRegistryFields: also hash/size/repositoryUniqueId/lid/VersionInfo (ITI-57 copies). */
    void documentEntry(xml::XmlWriterElement list, const DocumentEntry &entry, bool withRegistryFields);
    void association(xml::XmlWriterElement list, const XdsAssociation &association);

    /** <Slot name=…><ValueList><Value>…</Value>…</ValueList></Slot> (skipped when values is empty). */
    void slot(xml::XmlWriterElement parent, const char *name, const QStringList &values);

private:
    void name(xml::XmlWriterElement parent, const char *element, const QString &value);
    void code(xml::XmlWriterElement parent, const char *scheme, const QString &objectId, const XdsCode &value);
    void author(xml::XmlWriterElement parent, const char *scheme, const QString &objectId, const XdsAuthor &value);
    void identifier(xml::XmlWriterElement parent, const char *scheme, const QString &objectId, const QString &value,
                    const QString &label);

    xml::XmlWriterNamespace m_rim;
    int m_classifications = 0;
    int m_identifiers = 0;
};

} // namespace sgl::interop::xds
