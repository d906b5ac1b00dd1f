#pragma once

#include "domain/audit/AuditActor.h"
#include "domain/Error.h"
#include "domain/identity/Patient.h"
#include "domain/security/UserSession.h"
#include "storage/Database.h"
#include "storage/IdentityMergeRepository.h"

namespace sgl::workflow::identity {

struct MergeResult {
    domain::Patient survivor;
    domain::Patient merged;
    storage::MergeRecord record; ///< what moved, both records before (reconstruction)
};

/**
 * Merges a duplicate record into the surviving one (identity vigilance; no unmerge, but the
 * merge log and audit row keep both records as they were and the ids of every moved row).
 * Rules in domain::PatientMerge; all dossiers (with their specimens), results, external
 * identifiers and inbound messages of the duplicate are re-attached to the survivor; the
 * duplicate stays stored with merged_into set and disappears from searches. One transaction;
 * optimistic lock on both versions.
 *
 * run() requires Permission::PatientMerge of the session; applyInTransaction() checks nothing: it
 * is the core shared with system feeds (PAM A40, system actor), not a user entry point.
 */
class MergePatients
{
public:
    MergePatients(storage::Database &db, domain::UserSession session);
    /** Loads both records, checks their versions, then applyInTransaction() in its own write transaction. */
    [[nodiscard]] domain::Result<MergeResult> run(qint64 survivorId, int survivorVersion, qint64 duplicateId,
                                                  int duplicateVersion, const QString &reason);

    /**
     * The transactional core of run(), for callers that already hold a write transaction (the
     * PAM feed's A40: one transaction per message). `survivor` and `duplicate` must be the
     * records as currently stored, loaded in `tx` (the merge log keeps them as "before").
     * Plans the merge (domain::PatientMerge: merge.same_patient, merge.already_merged,
     * merge.conflicting_ins), re-attaches and logs the duplicate's rows
     * (storage::IdentityMergeRepository, audit "patient.merge"), saves both records
     * (optimistic lock on their versions) and refreshes the survivor's phonetic search keys.
     * Refuses an empty reason (merge.reason_required). On any error the caller must roll back:
     * rows may already have moved.
     */
    [[nodiscard]] static domain::Result<MergeResult> applyInTransaction(storage::WriteTx &tx,
                                                                        const domain::Patient &survivor,
                                                                        const domain::Patient &duplicate,
                                                                        const domain::AuditActor &actor,
                                                                        const QString &reason);

private:
    storage::Database &m_db;
    domain::UserSession m_session;
    domain::AuditActor m_actor; ///< derived from m_session
};

} // namespace sgl::workflow::identity
