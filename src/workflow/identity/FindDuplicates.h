#pragma once

#include "domain/audit/AuditActor.h"
#include "domain/Error.h"
#include "domain/identity/DuplicateDetector.h"
#include "domain/identity/Patient.h"
#include "domain/security/UserSession.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QList>

namespace sgl::workflow::identity {

/** A possible duplicate with the stored record, for the side-by-side view. */
struct DuplicateMatch {
    domain::Patient patient;
    domain::DuplicateCandidate candidate;
};

/**
 * Potential duplicates of a (new or stored) identity: candidates are the patients with the same
 * phonetic birth/used name (any birth date), those born the same day, and the one with the same
 * INS; each is scored by domain::DuplicateDetector (threshold 70 by default), best first.
 *
 * run() requires Permission::PatientRead of the session; inTransaction() checks nothing (its
 * callers — RegisterPatient — have checked their own permission).
 */
class FindDuplicates
{
public:
    FindDuplicates(storage::Database &db, domain::UserSession session);
    [[nodiscard]] domain::Result<QList<DuplicateMatch>> run(const domain::Patient &patient,
                                                            int threshold = domain::DuplicateDetector::kDefaultThreshold);
    /** Same, inside the caller's transaction (RegisterPatient). */
    [[nodiscard]] static domain::Result<QList<DuplicateMatch>> inTransaction(storage::WriteTx &tx,
                                                                             const domain::AuditActor &actor,
                                                                             const domain::Patient &patient,
                                                                             int threshold);

private:
    storage::Database &m_db;
    domain::UserSession m_session;
    domain::AuditActor m_actor; ///< derived from m_session
};

} // namespace sgl::workflow::identity
