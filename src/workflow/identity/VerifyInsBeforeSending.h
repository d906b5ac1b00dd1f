#pragma once

#include "domain/audit/AuditActor.h"
#include "domain/Error.h"
#include "domain/identity/Patient.h"
#include "domain/security/UserSession.h"
#include "interop/insi/InsiService.h"
#include "storage/Database.h"

#include <QString>

namespace sgl::workflow::identity {

/** Result of a verification. */
struct InsVerification {
    bool performed = false;     ///< false: a recent confirmation made the call unnecessary
    bool confirmed = false;     ///< the INS can be sent
    domain::Patient patient;    ///< as now stored (downgraded when not confirmed)
    QString message;            ///< French
};

/**
 * Runs the INS verification before a document carrying the INS leaves the lab
 * (national-services.md §2.1: verification = search again with the stored traits and compare).
 *
 * Only a QUAL identity may carry its INS ("identity.not_qualified" otherwise). The call is made
 * unless the INS was confirmed by INSi less than `maxAgeHours` ago (0 = always verify, the
 * default). Confirmed when INSi answers 00 with the same active INS and compatible strict
 * traits; the confirmation is recorded in patient_ins_history. Otherwise (01, 02, another INS,
 * differing traits) RnivEvent::InsiVerificationFailed downgrades the identity (QUAL -> VALI),
 * the INS is removed from the record and the result says why; the caller must not send the INS.
 * Transport/INSi errors are returned as errors and change nothing (retry later).
 *
 * Requires Permission::ReportDispatch (the user sending the document); a refused call makes no
 * INSi call and changes nothing.
 */
class VerifyInsBeforeSending
{
public:
    VerifyInsBeforeSending(storage::Database &db, domain::UserSession session, interop::insi::InsiService &insi,
                           int maxAgeHours = 0);
    [[nodiscard]] domain::Result<InsVerification> run(qint64 patientId);

private:
    storage::Database &m_db;
    domain::UserSession m_session;
    domain::AuditActor m_actor; ///< derived from m_session
    interop::insi::InsiService &m_insi;
    int m_maxAgeHours;
};

} // namespace sgl::workflow::identity
