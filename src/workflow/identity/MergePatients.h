#pragma once

#include "domain/Error.h"
#include "domain/audit/AuditActor.h"
#include "domain/identity/Patient.h"
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
 * Rules in domain::PatientMerge; all dossiers, results, external identifiers and inbound
 * messages of the duplicate are re-attached to the survivor; the duplicate stays stored with
 * merged_into set and disappears from searches. One transaction; optimistic lock on both
 * versions.
 */
class MergePatients
{
public:
    MergePatients(storage::Database &db, domain::AuditActor actor);
    [[nodiscard]] domain::Result<MergeResult> run(qint64 survivorId, int survivorVersion, qint64 duplicateId,
                                                  int duplicateVersion, const QString &reason);

private:
    storage::Database &m_db;
    domain::AuditActor m_actor;
};

} // namespace sgl::workflow::identity
