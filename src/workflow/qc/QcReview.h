#pragma once

#include "domain/Error.h"
#include "domain/security/UserSession.h"
#include "storage/Database.h"
#include "storage/QcHoldRepository.h"
#include "storage/QcRunRepository.h"
#include "workflow/catalogue/CatalogueCache.h"

#include <QList>
#include <QString>

#include <optional>

namespace sgl::workflow::qc {

/** The review of a rejected run. */
struct QcReviewRequest {
    enum class Decision { Accept, Rerun };
    qint64 runId = 0;               ///< any run of the rejected group
    std::optional<int> version;     ///< the version the screen showed; nullopt: the stored one
    Decision decision = Decision::Accept;
    QString reason;                 ///< required
    QString comment;
};

struct QcReviewOutcome {
    QList<storage::QcRunRow> runs;  ///< the group's runs after the review
    storage::QcReviewRow review;
    int released = 0;               ///< holds released
    int rerun = 0;                  ///< results sent back to the bench (decision Rerun)
    QStringList notRerun;           ///< held results not sent back (no value yet, already rerun): French lines
};

/**
 * Review of a rejected QC run (technician or biologist: permission ResultTechnicalValidate), in
 * one write transaction. First every patient result the run covers now is recorded in qc_holds
 * (results that arrived after the rejection included); then:
 * - Accept (reason required: qc.reason_required): the group's runs become "accepted" on review
 *   (they count as in control again), their holds are released;
 * - Rerun: every held result that has a value (entered or technically validated) goes back to
 *   the bench through the bench's rerun path (bench::RerunRequest::requestIn, reason "CQ rejeté
 *   …: <reason>"), then the holds are released with kind "rerun"; the runs become "rerun" and
 *   stay out of the history of later evaluations.
 * A run that is not rejected and pending: qc.not_pending. Stale version: storage.conflict.
 * Audit: qc.review (decision, reason, counts) on the run; the reruns' own audit rows.
 */
class QcReview {
public:
    QcReview(storage::Database &db, domain::UserSession session);

    [[nodiscard]] domain::Result<QcReviewOutcome> review(const QcReviewRequest &request);

private:
    storage::Database &m_db;
    domain::UserSession m_session;
    CatalogueCache m_catalogue;
};

} // namespace sgl::workflow::qc
