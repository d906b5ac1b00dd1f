#pragma once

#include "domain/Error.h"
#include "interop/xml/XmlDocument.h"
#include "interop/xml/XmlElement.h"
#include "interop/xml/XmlNode.h"
#include "simulators/common/SimHttp.h"

#include <QByteArray>
#include <QHash>
#include <QString>

namespace sgl::simulators::dmp {

namespace soapns {
inline constexpr QLatin1StringView kSoap12{"http://www.w3.org/2003/05/soap-envelope"};
inline constexpr QLatin1StringView kSoap11{"http://schemas.xmlsoap.org/soap/envelope/"};
inline constexpr QLatin1StringView kWsa{"http://www.w3.org/2005/08/addressing"};
inline constexpr QLatin1StringView kWsse{"http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd"};
inline constexpr QLatin1StringView kAnonymous{"http://www.w3.org/2005/08/addressing/anonymous"};
inline constexpr QLatin1StringView kWsaFaultAction{"http://www.w3.org/2005/08/addressing/soap/fault"};
} // namespace soapns

/** An HTTP body split into its SOAP envelope and MTOM attachments (Content-ID without <>). */
struct DmpSoapMessage {
    QByteArray rootXml;
    QHash<QByteArray, QByteArray> attachments;
};

/**
 * A parsed request envelope. SOAP 1.2 is what the DMP speaks; SOAP 1.1 is tolerated because the
 * official TD2.1 example (a soapUI capture) uses the 1.1 namespace inside an MTOM part typed
 * application/soap+xml (dmp-wire-facts §2.1 [?]). Nodes are valid while `doc` lives.
 */
struct DmpEnvelope {
    interop::xml::XmlDocument doc;
    bool soap11 = false;
    QString action;      ///< wsa:Action
    QString messageId;   ///< wsa:MessageID
    interop::xml::XmlNode security; ///< wsse:Security header, null when absent
    interop::xml::XmlNode payload;  ///< first element child of Body
};

/** A request refused before any business processing: answered as a SOAP fault. */
struct DmpFault {
    int httpStatus = 500;
    bool sender = true;        ///< soap:Sender (client's fault) or soap:Receiver
    QString subcode;           ///< qualified name, e.g. "wsse:InvalidSecurity"; empty = none
    QString reason;            ///< French text
};

/**
 * Parses the envelope: well-formed XML without DOCTYPE, Envelope/Body in the SOAP 1.2 (or 1.1)
 * namespace, one payload element, wsa:Action and wsa:MessageID present. Failures are faults
 * (soap:Sender, subcodes wsa:MessageAddressingHeaderRequired / env:VersionMismatch...).
 */
[[nodiscard]] std::expected<DmpEnvelope, DmpFault> parseEnvelope(const QByteArray &xml);

/** A SOAP 1.2 answer with WS-Addressing headers (Action, MessageID, To anonymous, RelatesTo). */
[[nodiscard]] common::SimHttpResponse soapAnswer(const QString &action, const QString &relatesTo,
                                                 const interop::xml::XmlElement &payload);
/** A SOAP 1.2 fault with the WS-A fault action; HTTP status from the fault (500 by default). */
[[nodiscard]] common::SimHttpResponse soapFault(const DmpFault &fault, const QString &relatesTo);

/** "urn:uuid:<random v4>" */
[[nodiscard]] QString newUrnUuid();

} // namespace sgl::simulators::dmp
