#pragma once

#include "domain/Error.h"
#include "interop/dmp/DmpService.h"
#include "interop/xml/XmlNode.h"
#include "interop/xml/XmlWriterElement.h"

#include <QDateTime>
#include <QString>

namespace sgl::interop::dmp {

/** Identifiers of one TD0.2 request. */
struct ExistenceRequest {
    QString ins;                  ///< 15 characters
    QString insOid = QStringLiteral("1.2.250.1.213.1.4.10");
    QString messageId;            ///< id/@extension (UUID)
    QString queryId;              ///< queryByParameter/queryId/@extension (UUID)
    QString senderOid;            ///< sender device id (the lab's OID)
    QString softwareName = QStringLiteral("SGL");
    QDateTime creationTime;
};

/**
 * TD0.2 "test d'existence" (HL7 v3 PRPA_IN201307UV02 / PRPA_IN201308UV02, namespace
 * urn:hl7-org:v3), shapes of the official example pair (dmp-wire-facts.md §2.3).
 *
 * parse() errors: "dmp.unexpected_response" (not a PRPA_IN201308UV02, acknowledgement other
 * than AA, queryResponseCode other than OK/NF), with the DMP's text when it gives one.
 */
class DmpExistenceMessage {
public:
    static void write(xml::XmlWriterElement parent, const ExistenceRequest &request);
    [[nodiscard]] static domain::Result<DmpExistence> parse(xml::XmlNode payload);
};

} // namespace sgl::interop::dmp
