#pragma once

#include "domain/audit/AuditActor.h"
#include "domain/Error.h"
#include "domain/identity/IdentityEvidence.h"
#include "domain/identity/Patient.h"
#include "domain/security/UserSession.h"
#include "storage/Database.h"

namespace sgl::workflow::identity {

/**
 * Records an identity document seen at the desk (checkedBy = the user, checkedAt = now when
 * empty). A high-trust document (CNI, passport, residence permit) is
 * RnivEvent::HighTrustEvidenceChecked: PROV -> VALI, RECUP -> QUAL; refused for a doubtful or
 * fictitious identity (rniv.doubtful / rniv.fictitious). Other documents are only recorded.
 * Optimistic lock on expectedVersion; audited.
 *
 * Requires Permission::IdentityQualify (a document seen validates the identity); a refused call
 * changes nothing.
 */
class RecordEvidence
{
public:
    RecordEvidence(storage::Database &db, domain::UserSession session);
    [[nodiscard]] domain::Result<domain::Patient> run(qint64 patientId, int expectedVersion,
                                                      domain::IdentityEvidence evidence);

private:
    storage::Database &m_db;
    domain::UserSession m_session;
    domain::AuditActor m_actor; ///< derived from m_session
};

} // namespace sgl::workflow::identity
