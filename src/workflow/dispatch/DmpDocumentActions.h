#pragma once

#include "domain/Error.h"
#include "domain/audit/AuditActor.h"
#include "domain/report/ReportVersion.h"
#include "domain/security/UserSession.h"
#include "storage/OutboxEntry.h"

namespace sgl::storage {
class Database;
}

namespace sgl::workflow::dispatch {

/** The DMP masks of a report version, as the biologist changes them after publication. */
struct DmpMasks {
    bool maskedToProfessionals = false;              ///< MASQUE_PS
    bool hiddenFromPatientUntilAnnouncement = false; ///< INVISIBLE_PATIENT
    bool hiddenFromLegalRepresentatives = false;     ///< INVISIBLE_REPRESENTANTS_LEGAUX
    friend bool operator==(const DmpMasks &, const DmpMasks &) = default;
};

/**
 * What a biologist does to a report version already on its way to the DMP (issue 13 items 2
 * and 6, TD3.3a and TD3.3c): change its masks, or withdraw it. Both go through the version's
 * DMP outbox row, so that they are durable, retried and idempotent like the sending itself:
 * - not sent yet (pending, failed, parked): the masks are stored on the version and the
 *   sending, when it happens, carries them; nothing else to send. A withdrawal cancels the row
 *   when no attempt ever started, and otherwise asks for a deletion (an attempt may have
 *   reached the DMP before a crash; deleting an absent document is a success);
 * - sent or acknowledged: the row cycles back to pending with the operation update_sharing
 *   (ITI-57) or delete (UpdateAvailabilityStatus);
 * - being sent: refused, "try again in a moment" (storage.constraint), nothing changed;
 * - withheld, blocked, cancelled, or already withdrawn: refused (dispatch.dmp_no_document).
 *
 * Permission report.dispatch (biologist), checked first. The reason is mandatory
 * (dispatch.reason_required) and audited with the before and after states, in the same
 * transaction as the change (actions "dmp.masks_change", "dmp.withdraw").
 */
class DmpDocumentActions {
public:
    DmpDocumentActions(storage::Database &db, domain::UserSession session);

    /** Stores the masks on the version and schedules what the DMP must be told; returns the DMP row. */
    [[nodiscard]] domain::Result<storage::OutboxEntry> changeMasks(qint64 reportVersionId, const DmpMasks &masks,
                                                                   const QString &reason);
    /** Withdraws the version from the DMP; returns the DMP row (delete pending, or cancelled). */
    [[nodiscard]] domain::Result<storage::OutboxEntry> withdraw(qint64 reportVersionId, const QString &reason);

private:
    storage::Database &m_db;
    domain::UserSession m_session;
    domain::AuditActor m_actor;
};

} // namespace sgl::workflow::dispatch
