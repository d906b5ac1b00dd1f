#pragma once

#include "domain/Error.h"
#include "domain/audit/AuditActor.h"
#include "workflow/dispatch/MailboxSource.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>

namespace sgl::storage {
class Database;
} // namespace sgl::storage

namespace sgl::workflow::dispatch {

/** What one message of the mailbox led to. */
struct MailboxEvent {
    qint64 uid = 0;
    QString messageId;
    /** "acknowledged", "parked" (a row failed remotely), "informative" (delayed DSN, receipt for
     *  a row already closed), "imported" (subcontractor report), "held" (kept for a human),
     *  "nonconforming" (a received CR-BIO for one of our dossiers failed the conformity check:
     *  kept for a human like "held", nothing of the message imported). */
    QString outcome;
    QList<qint64> outboxIds;  ///< rows changed (acknowledged/parked)
    QString detail;           ///< French: the reason when held or parked
};

struct MailboxPollSummary {
    QList<MailboxEvent> events;
    int acknowledged = 0;
    int parked = 0;
    int imported = 0;
    int held = 0;
    int nonconforming = 0;
};

/**
 * Reads the lab's MSSanté mailbox once (issue 13 item 4):
 * - return receipts (MDN) and delivery failures (DSN) are matched to their outbox rows by the
 *   Message-ID the MSSanté senders recorded as acknowledgement (interop::mss::DeliveryReport):
 *   MDN processed/displayed -> row acknowledged; MDN error (ANS 900-906), deleted/denied, or DSN
 *   failed -> row parked with the French reason, for a human; a delayed DSN changes nothing;
 * - a CR-BIO received from a subcontractor (CDA attachment, or inside an IHE_XDM.ZIP) whose
 *   order id (inFulfillmentOf) is one of our dossier numbers goes to
 *   report::ImportSubcontractorResults, which checks that the patient matches — after the
 *   product's conformity check (interop::cda::ReceivedCrBioCheck): a document failing it makes
 *   the message "nonconforming" (« CR-BIO reçu non conforme : … », audit "mailbox.nonconforming"),
 *   held for a human with nothing of it imported;
 * - anything else — malformed report, receipt for an unknown message, document without dossier
 *   or for another patient, plain mail — is held in the mailbox for a human (flagged), with the
 *   reason in the summary and in the audit: nothing is lost, nothing is deleted.
 *
 * Each message's database changes and their audit rows ("dispatch.acknowledged",
 * "dispatch.remote_failure" on the outbox row, "mailbox.held" / "mailbox.imported" on entity
 * "mailbox" = Message-ID) are committed before the message is marked done in the mailbox, so a
 * crash re-reads it; re-reading is harmless (a row already acknowledged is left as it is).
 * A held or nonconforming message is also kept in the database (table mailbox_message, bytes
 * included up to 10 MiB) in the same transaction as its audit row, for the Envois screen
 * (ReceivedMessages): one row per Message-ID, however often it is read.
 * A mailbox error stops the pass (returned); what was recorded stays recorded.
 */
class MailboxPoll {
public:
    MailboxPoll(storage::Database &db, MailboxSource &mailbox, domain::AuditActor actor,
                std::function<QDateTime()> clock = {});

    [[nodiscard]] domain::Result<MailboxPollSummary> runOnce(int limit = 200);

    /** The key a kept message is stored under: its Message-ID, or "sha256:<hex>" of its bytes. */
    [[nodiscard]] static QString messageKey(const QString &messageId, const QByteArray &raw);

private:
    [[nodiscard]] domain::Result<MailboxEvent> handle(qint64 uid, const QByteArray &raw);
    [[nodiscard]] domain::Result<MailboxEvent> handleIncoming(MailboxEvent event, const QByteArray &raw);
    /**
     * Keeps a held/nonconforming message for the Envois screen (storage::MailboxMessageRepository,
     * first 10 MiB of its bytes) with its audit row, in one transaction; a message already kept
     * (read again after a crash before markHeld) is neither a second row nor a second audit row.
     */
    [[nodiscard]] domain::Status recordHeld(const MailboxEvent &event, const QByteArray &raw);

    storage::Database &m_db;
    MailboxSource &m_mailbox;
    domain::AuditActor m_actor;
    std::function<QDateTime()> m_clock;
};

} // namespace sgl::workflow::dispatch
