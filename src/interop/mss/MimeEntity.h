#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QPair>
#include <QString>

namespace sgl::interop::mss {

/**
 * A received e-mail or one of its parts, parsed tolerantly: what arrives in a mailbox is written
 * by other software, and the official ANS MDN example itself has typos (dmp-wire-facts §6), so
 * the parser never refuses; the readers on top (DeliveryReport) say what they could not find.
 *
 * Tolerances: LF or CRLF line ends; a part whose header block has no blank line after it (the
 * first line that is not a header ends the headers); a boundary line "--b" followed by anything
 * but "--" ("—" in the ANS example) opens a part; a missing closing boundary; header parameters
 * with spaces around '=' or ';'; "Content-Transfert-Encoding" read as Content-Transfer-Encoding.
 * message/rfc822 bodies are parsed as one nested part. Limits: 8 levels, 200 parts a level,
 * deeper or further content stays unparsed in `body`.
 */
struct MimeEntity {
    QList<QPair<QByteArray, QByteArray>> headers; ///< in order; names as received, values unfolded
    QByteArray body;                              ///< raw (still transfer-encoded); empty for multipart
    QList<MimeEntity> parts;                      ///< multipart children, or the message/rfc822 message

    [[nodiscard]] static MimeEntity parse(QByteArrayView bytes);

    /** First header of that name (case-insensitive), trimmed; empty when absent. */
    [[nodiscard]] QByteArray header(QByteArrayView name) const;
    /** "type/subtype" in lower case; "text/plain" when absent. */
    [[nodiscard]] QByteArray mediaType() const;
    /** A parameter of a structured header ("boundary" of Content-Type), unquoted; RFC 2231 name* decoded. */
    [[nodiscard]] QByteArray parameter(QByteArrayView headerName, QByteArrayView parameterName) const;
    /** The body with its transfer encoding (base64, quoted-printable) undone. */
    [[nodiscard]] QByteArray decodedBody() const;
    /** File name of an attachment (Content-Disposition filename, else Content-Type name), decoded. */
    [[nodiscard]] QString fileName() const;
    /** Decoded Subject. */
    [[nodiscard]] QString subject() const;
    /** Every leaf part, depth first (this entity itself when it has no parts). */
    [[nodiscard]] QList<const MimeEntity *> leaves() const;
    /** Header lines parsed from a body (message/disposition-notification, delivery-status blocks). */
    [[nodiscard]] static QList<QList<QPair<QByteArray, QByteArray>>> fieldBlocks(QByteArrayView text);
    /** A message id without <> nor spaces ("<a@b >" -> "a@b"). */
    [[nodiscard]] static QByteArray bareMessageId(QByteArrayView value);
};

} // namespace sgl::interop::mss
