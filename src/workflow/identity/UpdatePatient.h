#pragma once

#include "domain/audit/AuditActor.h"
#include "domain/Error.h"
#include "domain/identity/IdentityTraits.h"
#include "domain/identity/Patient.h"
#include "domain/security/UserSession.h"
#include "storage/Database.h"

namespace sgl::workflow::identity {

/** What the identity form can change by hand. */
struct IdentityEdit {
    domain::IdentityTraits traits; ///< strict + used traits as now on screen
    QString phone;
    QString email;
    QString address;
};

/**
 * Saves a hand edit of an identity with the RNIV consequences:
 * a change of any strict trait is RnivEvent::StrictTraitEdited — RECUP/VALI/QUAL go back to
 * PROV and the INS is removed from the record (it identified the old traits; it stays in
 * patient_ins_history); used traits and contact details change nothing else. Optimistic lock
 * on `expectedVersion` (storage.conflict when someone else saved in between). Audited with the
 * RNIV event as reason. A merged record cannot be edited ("identity.merged").
 *
 * Requires Permission::PatientWrite; a refused call changes nothing.
 */
class UpdatePatient
{
public:
    UpdatePatient(storage::Database &db, domain::UserSession session);
    [[nodiscard]] domain::Result<domain::Patient> run(qint64 patientId, int expectedVersion, const IdentityEdit &edit);

private:
    storage::Database &m_db;
    domain::UserSession m_session;
    domain::AuditActor m_actor; ///< derived from m_session
};

} // namespace sgl::workflow::identity
