#pragma once

#include "interop/xds/XdsMetadata.h"
#include "interop/xml/XmlWriterElement.h"

#include <QString>

namespace sgl::interop::xds {

/**
 * ITI-57 Update Document Set (DMP TD3.3), lcm:SubmitObjectsRequest in the SOAP Body.
 *
 * - metadataUpdate (TD3.3a/b, kit template_masquage.xml): a new submission set, HasMember
 *   SubmissionSet → Document01 with SubmissionSetStatus=Original and PreviousVersion = the
 *   registered version, and a full copy of the entry (lid = its logical id, registry slots
 *   hash/size/repositoryUniqueId kept) carrying the changed metadata (confidentiality codes).
 * - availabilityUpdate (TD3.3c/d): a new submission set and an UpdateAvailabilityStatus
 *   association SubmissionSet → entryUUID with OriginalStatus / NewStatus slots.
 */
class UpdateDocumentSetRequest {
public:
    /** entry: as read back by ITI-18 (entryUUID in id, lid, versionName), already changed. */
    static void metadataUpdate(xml::XmlWriterElement parent, const SubmissionSet &set, const DocumentEntry &entry);
    static void availabilityUpdate(xml::XmlWriterElement parent, const SubmissionSet &set, const QString &entryUuid,
                                   const QString &originalStatus, const QString &newStatus);
};

} // namespace sgl::interop::xds
