#pragma once

#include "interop/xml/XmlWriterElement.h"

#include <QString>
#include <QStringList>

namespace sgl::interop::xds {

/**
 * ITI-18 Registry Stored Query requests (query:AdhocQueryRequest, LeafClass), TD3.1 shape:
 * values quoted ('…'), lists in parentheses.
 */
class StoredQueryRequest {
public:
    /** GetDocuments by $XDSDocumentEntryUniqueId (TD3.1b: the entryUUID from a uniqueId). */
    static void getDocumentsByUniqueId(xml::XmlWriterElement parent, const QStringList &uniqueIds);
    /** FindDocuments by $XDSDocumentEntryPatientId and $XDSDocumentEntryStatus (default: Approved). */
    static void findDocuments(xml::XmlWriterElement parent, const QString &patientId,
                              const QStringList &statuses = {});
};

} // namespace sgl::interop::xds
