#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace sgl::storage {

/**
 * One MSSanté message the mailbox poll kept for a human (table mailbox_message): held (plain
 * mail, malformed receipt, receipt for an unknown message, unreadable attachment, document that
 * cannot be attached to a dossier) or nonconforming (received CR-BIO failing the conformity
 * check). Listed without its bytes; MailboxMessageRepository::raw() reads them.
 */
struct MailboxMessage {
    /** Bytes kept of one message at most: the first 10 MiB (rawSize says what was read). */
    static constexpr qsizetype kMaxRawBytes = 10 * 1024 * 1024;

    qint64 id = 0;
    QString messageId;     ///< bare Message-ID, or "sha256:<hex>" of the bytes when it had none
    qint64 mailboxUid = 0; ///< IMAP UID when it was recorded (informative: UIDs change with the mailbox)
    QDateTime receivedAt;  ///< UTC: the Date header, else the poll time
    QDateTime recordedAt;  ///< UTC
    QString sender;        ///< From header as received
    QString subject;
    QString outcome;       ///< "held" or "nonconforming"
    QString reason;        ///< French, as the poll stated it
    QByteArray raw;        ///< only filled by insertOrKeepIn's caller and raw(); at most kMaxRawBytes
    qint64 rawSize = 0;    ///< size of the message as read (greater than raw.size() when capped)
    bool handled = false;
    QString handledBy;     ///< login
    QDateTime handledAt;   ///< UTC, invalid while open
    QString handlingNote;
    int version = 1;
};

} // namespace sgl::storage
