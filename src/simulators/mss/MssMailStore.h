#pragma once

#include "domain/Error.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMutex>
#include <QString>
#include <QStringList>

#include <optional>

namespace sgl::simulators::mss {

/** One message of a mailbox. */
struct StoredMail {
    qint64 uid = 0;
    QStringList flags; ///< sorted: "\\Seen", "\\Flagged", "$SglDone"...
    QByteArray bytes;  ///< RFC 5322, CRLF line ends
};

/**
 * The simulator's mailboxes (INBOX only), keyed by lower-case address. Thread-safe: the SMTP and
 * IMAP sessions run in the simulator's thread, tests read from theirs.
 *
 * With a directory, every mailbox is a sub-directory <address>/ holding <uid>.eml and state.json
 * (next UID, UID validity, flags), written at each change so that a restart keeps the messages
 * and their flags. UIDs only grow; nothing is ever expunged.
 */
class MssMailStore
{
public:
    /** Empty directory: memory only. */
    explicit MssMailStore(QString directory = {});

    /** Reads the directory (created when missing). Error msssim.store when it cannot be read or written. */
    [[nodiscard]] domain::Status load();

    /** Appends a message; returns its UID. A write failure is logged, the message stays in memory. */
    qint64 deliver(const QString &mailbox, const QByteArray &bytes);
    [[nodiscard]] QList<StoredMail> messages(const QString &mailbox) const;
    [[nodiscard]] std::optional<StoredMail> message(const QString &mailbox, qint64 uid) const;
    /** Replaces the flags of a message; false when it does not exist. */
    bool setFlags(const QString &mailbox, qint64 uid, QStringList flags);
    [[nodiscard]] qint64 uidValidity(const QString &mailbox) const;
    [[nodiscard]] qint64 uidNext(const QString &mailbox) const;
    /** Every mailbox that received something. */
    [[nodiscard]] QStringList mailboxes() const;

    /** The directory name of a mailbox: the address in lower case, other characters as '_'. */
    [[nodiscard]] static QString directoryName(const QString &mailbox);

private:
    struct Box {
        qint64 uidValidity = 0;
        qint64 uidNext = 1;
        QList<StoredMail> mails;
    };
    Box &box(const QString &key);
    void saveState(const QString &key, const Box &b) const;
    [[nodiscard]] domain::Status loadBox(const QString &path);

    QString m_directory;
    /// UID validity of a mailbox created by this run (one that was selected empty keeps it)
    qint64 m_validity = QDateTime::currentSecsSinceEpoch();
    mutable QMutex m_mutex;
    QHash<QString, Box> m_boxes;
};

} // namespace sgl::simulators::mss
