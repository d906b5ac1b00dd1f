#pragma once

#include "domain/audit/AuditActor.h"
#include "domain/Error.h"
#include "domain/identity/IdentityEvidence.h"
#include "domain/identity/IdentityTraits.h"
#include "domain/identity/Patient.h"
#include "domain/security/UserSession.h"
#include "storage/Database.h"
#include "workflow/identity/FindDuplicates.h"

#include <QList>

namespace sgl::workflow::identity {

/** The registration form. */
struct RegistrationRequest {
    domain::IdentityTraits traits;
    QString phone;
    QString email;
    QString address;
    QList<domain::IdentityEvidence> evidence; ///< documents seen now (checkedBy/At filled if empty)
    bool doubtful = false;
    bool fictitious = false;
    bool homonym = false;
    /// The user saw the proposed duplicates and confirms this is another person.
    bool duplicatesReviewed = false;
};

struct RegistrationOutcome {
    bool created = false;              ///< false: duplicates to review, nothing stored
    domain::Patient patient;           ///< the stored patient when created
    QList<DuplicateMatch> duplicates;  ///< candidates found (also when created after review)
};

/**
 * Creates a patient (RNIV): traits checked and normalised (domain::IdentityTraitsValidator),
 * potential duplicates searched first — when some exist and the user has not reviewed them,
 * nothing is stored and they are returned; status derived by domain::RnivStatusMachine from the
 * evidence and attributes (PROV, or VALI with a high-trust document); IPP assigned; phonetic
 * keys stored; audited (patient.create). One transaction.
 *
 * Errors: those of IdentityTraitsValidator, "identity.evidence" (a high-trust document for a
 * doubtful or fictitious identity), storage errors.
 *
 * Requires Permission::PatientWrite, and Permission::IdentityQualify too when documents are
 * recorded (as RecordEvidence); a refused call stores and audits nothing.
 */
class RegisterPatient
{
public:
    RegisterPatient(storage::Database &db, domain::UserSession session);
    [[nodiscard]] domain::Result<RegistrationOutcome> run(const RegistrationRequest &request);

    /** "P" + yyMMdd + 6 random digits: unique in practice, retried on the rare collision. */
    [[nodiscard]] static QString newLocalId();

private:
    storage::Database &m_db;
    domain::UserSession m_session;
    domain::AuditActor m_actor; ///< derived from m_session
};

} // namespace sgl::workflow::identity
