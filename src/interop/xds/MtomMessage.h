#pragma once

#include "domain/Error.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

namespace sgl::interop::xds {

/** One attachment of an MTOM/XOP package (a document or the XAdES signature of an ITI-41). */
struct MtomPart {
    QByteArray contentId;   ///< without the angle brackets, e.g. "doc1@sgl"
    QByteArray contentType; ///< e.g. "text/xml", "application/octet-stream"
    QByteArray body;        ///< decoded bytes (a base64 transfer encoding is undone by parse())
};

/**
 * A SOAP 1.2 message as carried over HTTP, MTOM/XOP packaged (W3C SOAP MTOM, XOP) or plain.
 *
 * The envelope (rootXml) refers to attachments by `<xop:Include href="cid:..."/>`; this class
 * only frames bytes and never looks inside the XML, which stays the business of the XML layer.
 *
 * serialize() writes multipart/related with type="application/xop+xml", the root part first
 * (Content-ID <root.message@sgl>), CRLF line ends, binary transfer encoding, and a random UUID
 * boundary that is checked not to occur in any part.
 *
 * parse() accepts what real peers send (official DMP examples, Apache CXF answers): CRLF or bare
 * LF line ends, indented or lower-case header names, a quoted or bare boundary, the root found by
 * the "start" parameter or else first, "binary", "8bit", "7bit" or "base64" parts (base64 is
 * decoded), preamble and epilogue ignored. It refuses, with the place in the message:
 * - xds.mtom_content_type: neither multipart/related nor application/soap+xml / text/xml, or a
 *   multipart without boundary;
 * - xds.mtom_structure: no opening delimiter, no closing delimiter (truncated body), a part
 *   without header/body separation, a duplicate Content-ID, a "start" naming no part, more than
 *   maxParts parts;
 * - xds.mtom_encoding: quoted-printable or an unknown transfer encoding, invalid base64.
 */
class MtomMessage
{
public:
    QByteArray rootXml;                                    ///< the SOAP envelope
    QByteArray rootContentType = "application/soap+xml";   ///< type= parameter of the root part
    QList<MtomPart> attachments;

    /** Upper bound on the number of parts parse() accepts (a DMP submission has 2 or 3). */
    static constexpr int maxParts = 256;

    /**
     * The HTTP body of the package; *contentType receives the HTTP Content-Type header value
     * (multipart/related; type="application/xop+xml"; boundary; start; start-info; action).
     * Without attachments the result is still an MTOM package (the DMP repository expects MTOM
     * for ITI-41 whatever the number of parts).
     */
    [[nodiscard]] QByteArray serialize(QByteArray *contentType, const QByteArray &soapAction) const;

    /**
     * Parses an HTTP body given its Content-Type header value. A plain SOAP body
     * (application/soap+xml or text/xml) gives rootXml = body and no attachment.
     */
    [[nodiscard]] static domain::Result<MtomMessage> parse(const QByteArray &contentType,
                                                           const QByteArray &body);

    /**
     * The attachment whose Content-ID is cid: "cid:" prefix and angle brackets accepted,
     * %-escapes of a cid: URL decoded (RFC 2392). nullptr when there is none.
     */
    [[nodiscard]] const MtomPart *attachment(QByteArrayView cid) const;
};

} // namespace sgl::interop::xds
