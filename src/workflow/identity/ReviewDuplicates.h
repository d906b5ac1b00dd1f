#pragma once

#include "domain/audit/AuditActor.h"
#include "domain/Error.h"
#include "domain/identity/DuplicateDetector.h"
#include "domain/identity/Patient.h"
#include "domain/identity/PatientMerge.h"
#include "domain/security/UserSession.h"
#include "storage/Database.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace sgl::workflow::identity {

/** Two stored records that may be the same person, scored by domain::DuplicateDetector. */
struct DuplicatePair {
    domain::Patient first;  ///< the record the search started from
    domain::Patient second; ///< its probable duplicate
    domain::DuplicateCandidate candidate; ///< score (0..100), certain (same INS), French reasons
};

/** One side of a merge review: the record as stored now and how many dossiers it holds. */
struct MergeSide {
    domain::Patient patient;
    int dossierCount = 0;
};

/**
 * Everything the identity-vigilance screen shows before a merge, read in one transaction:
 * both records with their versions (to pass to MergePatients::run, so a change made meanwhile
 * is refused), their dossier counts, the duplicate score, the domain's refusal if any, the
 * outcome of each choice of survivor, and a recommended survivor with its French reason.
 */
struct MergePreview {
    MergeSide left;
    MergeSide right;
    int score = 0;
    bool certain = false;
    QStringList reasons;
    /** Set when domain::PatientMerge refuses this pair (either way): nothing can be merged. */
    std::optional<domain::Error> refusal;
    /** domain::PatientMerge::plan(left, right) / plan(right, left) when allowed. */
    std::optional<domain::MergeOutcome> ifLeftSurvives;
    std::optional<domain::MergeOutcome> ifRightSurvives;
    /** 0 when refused. Prefers the choice whose survivor ends with the stronger RNIV status
     *  (QUAL > VALI = RECUP > PROV), then the record with more dossiers, then the older one. */
    qint64 recommendedSurvivorId = 0;
    QString recommendation; ///< French, why that record
};

/**
 * Read side of the identity-vigilance merge screen: probable duplicate pairs around given
 * records (FindDuplicates for each, pairs listed once, best score first; merged records
 * skipped), and the preview of one pair. Every patient and dossier read is audited under the
 * user's name (patient.read / patient.search / dossier reads in storage).
 *
 * Both calls require Permission::PatientMerge of the session (auth.forbidden otherwise, checked
 * before anything is read or audited): reviewing duplicates is the first step of a merge.
 */
class ReviewDuplicates
{
public:
    /** At most this many starting records per call (a search page). */
    static constexpr int kMaxStartingRecords = 50;

    ReviewDuplicates(storage::Database &db, domain::UserSession session);

    /**
     * Probable duplicates of each record of `patientIds` (at or above `threshold`), each pair
     * once. identity.too_many_records when more than kMaxStartingRecords ids are given;
     * storage.not_found when an id does not exist.
     */
    [[nodiscard]] domain::Result<QList<DuplicatePair>>
    pairsAround(const QList<qint64> &patientIds, int threshold = domain::DuplicateDetector::kDefaultThreshold);

    /** The two records as stored now, ready for the side-by-side view. */
    [[nodiscard]] domain::Result<MergePreview> preview(qint64 leftId, qint64 rightId);

private:
    storage::Database &m_db;
    domain::UserSession m_session;
    domain::AuditActor m_actor; ///< derived from m_session
};

} // namespace sgl::workflow::identity
