#pragma once

#include "domain/Error.h"
#include "interop/xml/XmlDocument.h"
#include "interop/xml/XmlNode.h"

#include <QByteArray>
#include <QString>

namespace sgl::interop::xds {

/** A SOAP Fault (1.2: Code/Value + Subcode/Value + Reason/Text; 1.1: faultcode + faultstring). */
struct SoapFault {
    QString code;     ///< local part: Receiver, Sender (1.2) or Server, Client (1.1)
    QString subcode;  ///< first Subcode/Value, local part (may be empty)
    QString reason;   ///< Reason/Text or faultstring
    QString detail;   ///< text of Detail/detail, simplified (may be empty)

    /** The server side failed (Receiver/Server): a later attempt may succeed. */
    [[nodiscard]] bool isReceiverFault() const;
};

/**
 * A parsed SOAP response envelope (1.2, or 1.1 as in the old examples): either a fault or the
 * first element of the Body (the payload). Security of the parse as XmlDocument::parse (no DTD,
 * no network).
 *
 * Errors: "xds.malformed_response" (not XML, not a SOAP Envelope, no Body, empty Body), with
 * the place in the message.
 */
class SoapResponse {
public:
    [[nodiscard]] static domain::Result<SoapResponse> parse(const QByteArray &xml, const QString &sourceName);

    [[nodiscard]] bool isFault() const { return m_isFault; }
    [[nodiscard]] const SoapFault &fault() const { return m_fault; }
    /** The first Body child (null for a fault). Valid while this object lives. */
    [[nodiscard]] xml::XmlNode payload() const { return m_payload; }
    [[nodiscard]] const xml::XmlDocument &document() const { return m_doc; }
    /** wsa:RelatesTo of the header, empty when absent. */
    [[nodiscard]] QString relatesTo() const { return m_relatesTo; }
    /** The fault as "xds.soap_fault" with a French message quoting the reason. */
    [[nodiscard]] domain::Error faultError() const;

private:
    xml::XmlDocument m_doc;
    xml::XmlNode m_payload;
    bool m_isFault = false;
    SoapFault m_fault;
    QString m_relatesTo;
};

} // namespace sgl::interop::xds
