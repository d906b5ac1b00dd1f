#pragma once

#include "domain/Error.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace sgl::interop::mss {

/** One attachment of an outgoing message (sent base64). */
struct MimeAttachment {
    QString fileName;        ///< as the recipient sees it (UTF-8 allowed: RFC 2231 parameter)
    QByteArray contentType;  ///< "application/zip", "application/pdf"
    QByteArray body;
};

/**
 * An outgoing e-mail: multipart/mixed with a text/plain part (UTF-8, base64) and base64
 * attachments. Serialised by toBytes() with CRLF line ends, every line under 78 characters,
 * French header texts as RFC 2047 encoded-words and a boundary derived from the content (the
 * same message gives the same bytes).
 *
 * Contract of toBytes(): refuses (mss.message) a sender or recipient that is not one plain
 * address, no recipient, an empty or bracketed messageId (give it without <>), or a header name
 * or value of extraHeaders holding CR/LF or non-ASCII — a header can never be injected.
 */
struct MimeMessage {
    QString from;
    QStringList to;
    QString subject;
    QByteArray messageId;                 ///< without <>, e.g. "3f2a...@labo.mssante.fr"
    QByteArray inReplyTo;                 ///< without <>; empty: none
    QList<QByteArray> references;         ///< without <>, oldest first
    QString dispositionNotificationTo;    ///< RFC 8098 return receipt request; empty: none
    QDateTime date;                       ///< sent as RFC 5322 date (UTC)
    QList<QPair<QByteArray, QByteArray>> extraHeaders; ///< X-MSS-* (ASCII values)
    QString bodyText;                     ///< text/plain, UTF-8
    QList<MimeAttachment> attachments;

    [[nodiscard]] domain::Result<QByteArray> toBytes() const;
};

} // namespace sgl::interop::mss
