#pragma once

#include "domain/Error.h"
#include "domain/audit/AuditActor.h"
#include "domain/security/UserSession.h"
#include "storage/MailboxMessage.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace sgl::storage {
class Database;
} // namespace sgl::storage

namespace sgl::workflow::dispatch {

/** One kept message as the Envois screen and `sgl dispatch inbox` show it. */
struct ReceivedMessageView {
    storage::MailboxMessage message; ///< without its bytes
    QString statusLabel;             ///< French: « À examiner », « CR-BIO non conforme », « Traité »
    bool truncated = false;          ///< more than 10 MiB were read: only the first 10 MiB are kept
};

/**
 * What a human does with the MSSanté messages the mailbox poll kept for them (held or
 * nonconforming, table mailbox_message; issue 13 "nothing lost"): list them, read one's bytes
 * (to save it as .eml and open it in a mail client), mark one handled with a note.
 *
 * Every call requires Permission::DispatchManage (the Envois screen's permission) before
 * anything; a refusal writes nothing. Every call that reads or changes messages is audited in
 * its own transaction, since a message may hold patient data: "mailbox.list" (entity
 * "mailbox_message", rows count), "mailbox.read_raw" (the message id), "mailbox.handled"
 * (before and after). markHandled requires a note (dispatch.inbox_note_required, nothing
 * written), refuses a message already handled (dispatch.inbox_handled) and takes the version
 * shown (storage.conflict when it changed).
 */
class ReceivedMessages {
public:
    ReceivedMessages(storage::Database &db, domain::UserSession session);

    /** Newest first; the open ones only unless `includeHandled`. */
    [[nodiscard]] domain::Result<QList<ReceivedMessageView>> list(bool includeHandled = false);
    /** The bytes kept of message `id` (a whole RFC 5322 message unless truncated). */
    [[nodiscard]] domain::Result<QByteArray> rawMessage(qint64 id);
    [[nodiscard]] domain::Result<ReceivedMessageView> markHandled(qint64 id, int expectedVersion, const QString &note);

    [[nodiscard]] static QString statusLabel(const storage::MailboxMessage &message);
    /** A file name for the saved message: "message-recu-<id>.eml". */
    [[nodiscard]] static QString suggestedFileName(const storage::MailboxMessage &message);

private:
    [[nodiscard]] static ReceivedMessageView toView(const storage::MailboxMessage &message);

    storage::Database &m_db;
    domain::UserSession m_session;
    domain::AuditActor m_actor;
};

} // namespace sgl::workflow::dispatch
