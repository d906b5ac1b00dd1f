#pragma once

#include "domain/Error.h"
#include "interop/mss/XdmPackage.h"

#include <QByteArray>

namespace sgl::interop::mss {

/**
 * IHE_XDM/SUBSET01/METADATA.XML: an ebRIM 3.0 lcm:SubmitObjectsRequest with the submission set
 * (RegistryPackage), one DocumentEntry (ExtrinsicObject) per file with its XDM `URI`, `size`
 * and `hash` (SHA-1, hex) slots, the CR-BIO codes of dmp-wire-facts §4 (classCode 10, typeCode
 * from the CDA, formatCode urn:ihe:lab:xd-lab:2008 / urn:ihe:iti:xds-sd:pdf:2008), the INS as
 * patientId and HasMember associations.
 *
 * Written here with interop/xml XmlWriter. Once the shared CDA -> XDS metadata mapping of
 * interop/xds (helper dmpclient, issue 13 item 2) is merged, this class should call it for the
 * DocumentEntry and keep only the XDM specifics (URI, size, hash, intendedRecipient).
 */
class XdmMetadata {
public:
    [[nodiscard]] static domain::Result<QByteArray> write(const XdmPackage &package);
    /** The submission set uniqueId written for this package (given, or derived from the document). */
    [[nodiscard]] static QString submissionSetUniqueId(const XdmPackage &package);
};

} // namespace sgl::interop::mss
