#pragma once

#include "domain/Error.h"
#include "interop/xds/XdsMetadata.h"
#include "interop/xml/XmlNode.h"

#include <QList>
#include <QString>

namespace sgl::interop::xds {

/** One rs:RegistryError. */
struct RegistryError {
    QString errorCode;    ///< XDSRegistryError, XDSDuplicateUniqueIdInRegistry, DMP-specific codes…
    QString codeContext;  ///< the registry's explanation (French on the DMP)
    QString severity;     ///< urn:oasis:names:tc:ebxml-regrep:ErrorSeverityType:Error or …:Warning
    QString location;

    [[nodiscard]] bool isError() const;
};

/** rs:RegistryResponse (ITI-41, ITI-57) or the status part of query:AdhocQueryResponse (ITI-18). */
struct RegistryResponse {
    QString status;
    QList<RegistryError> errors;
    QList<DocumentEntry> entries; ///< AdhocQueryResponse LeafClass ExtrinsicObjects (empty otherwise)

    [[nodiscard]] bool isSuccess() const;
    /** "xds.registry_error" quoting every error (code, context), for a failed response. */
    [[nodiscard]] domain::Error toError() const;
};

/**
 * Reads RegistryResponse and AdhocQueryResponse payloads (the SOAP Body child), and ebRIM
 * ExtrinsicObjects back into DocumentEntry (the inverse of RimWriter: known slots, codes,
 * identifiers, authors; unknown slots kept in extraSlots so ITI-57 can copy them).
 *
 * Errors: "xds.malformed_response" (wrong element, missing or unknown status).
 */
class RegistryResponseParser {
public:
    [[nodiscard]] static domain::Result<RegistryResponse> registryResponse(xml::XmlNode payload);
    [[nodiscard]] static domain::Result<RegistryResponse> queryResponse(xml::XmlNode payload);
    [[nodiscard]] static DocumentEntry documentEntry(xml::XmlNode extrinsicObject);
};

} // namespace sgl::interop::xds
