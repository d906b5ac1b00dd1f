#pragma once

#include "domain/audit/AuditActor.h"
#include "domain/Error.h"
#include "domain/identity/Patient.h"
#include "domain/security/UserSession.h"
#include "storage/Database.h"

namespace sgl::workflow::identity {

/** The RNIV attributes as the user sets them. */
struct IdentityAttributes {
    bool doubtful = false;
    bool fictitious = false;
    bool homonym = false;
};

/**
 * Sets the RNIV attributes with their consequences (domain::RnivStatusMachine): doubtful drops a
 * validation (QUAL -> RECUP, VALI -> PROV); fictitious makes the identity PROV and removes its
 * INS; lifting either restores nothing (documents must be checked again); homonym is a warning
 * only. Optimistic lock; audited with the events applied.
 *
 * Requires Permission::PatientWrite; a refused call changes nothing.
 */
class SetIdentityAttributes
{
public:
    SetIdentityAttributes(storage::Database &db, domain::UserSession session);
    [[nodiscard]] domain::Result<domain::Patient> run(qint64 patientId, int expectedVersion,
                                                      IdentityAttributes attributes);

private:
    storage::Database &m_db;
    domain::UserSession m_session;
    domain::AuditActor m_actor; ///< derived from m_session
};

} // namespace sgl::workflow::identity
