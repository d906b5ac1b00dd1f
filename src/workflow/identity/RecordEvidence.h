#pragma once

#include "domain/Error.h"
#include "domain/audit/AuditActor.h"
#include "domain/identity/IdentityEvidence.h"
#include "domain/identity/Patient.h"
#include "storage/Database.h"

namespace sgl::workflow::identity {

/**
 * Records an identity document seen at the desk (checkedBy = the user, checkedAt = now when
 * empty). A high-trust document (CNI, passport, residence permit) is
 * RnivEvent::HighTrustEvidenceChecked: PROV -> VALI, RECUP -> QUAL; refused for a doubtful or
 * fictitious identity (rniv.doubtful / rniv.fictitious). Other documents are only recorded.
 * Optimistic lock on expectedVersion; audited.
 */
class RecordEvidence
{
public:
    RecordEvidence(storage::Database &db, domain::AuditActor actor);
    [[nodiscard]] domain::Result<domain::Patient> run(qint64 patientId, int expectedVersion,
                                                      domain::IdentityEvidence evidence);

private:
    storage::Database &m_db;
    domain::AuditActor m_actor;
};

} // namespace sgl::workflow::identity
