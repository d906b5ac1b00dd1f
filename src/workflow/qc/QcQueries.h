#pragma once

#include "domain/Error.h"
#include "domain/qc/QcLot.h"
#include "domain/qc/WestgardRule.h"
#include "domain/security/UserSession.h"
#include "storage/Database.h"
#include "storage/QcHoldRepository.h"
#include "storage/QcRunRepository.h"

#include <QHash>
#include <QList>
#include <QString>

namespace sgl::workflow::qc {

/** A lot with its material, for lists and the Levey-Jennings chart. */
struct QcLotView {
    domain::qc::QcLot lot;
    domain::qc::QcMaterial material;
    QList<storage::QcRunRow> runs;   ///< oldest first (chart order); empty in lots()
};

/** A rejected run waiting for review, with what it holds. */
struct QcPendingReview {
    storage::QcRunRow run;
    QList<storage::QcRunRow> group;  ///< every level of the run
    QList<storage::QcHoldRow> holds; ///< recorded holds (open)
    int heldNow = 0;                 ///< results held now, arrivals since the rejection included
};

/** A patient result held now, with the rejected run holding it and that run's lot. */
struct QcHeldResult {
    storage::QcHoldRow hold;         ///< id 0 when the result arrived after the rejection (not recorded yet)
    storage::QcRunRow run;           ///< the rejected run waiting for review
    QString lotNumber;               ///< of run.lotId
};

/**
 * The QC screens' reads (permission ResultEnter: technicians and biologists). No patient data
 * except the dossier numbers of held results (holds of a run), read under an audit row
 * "qc.read_holds" naming the run.
 */
class QcQueries {
public:
    QcQueries(storage::Database &db, domain::UserSession session);

    [[nodiscard]] domain::Result<QList<domain::qc::QcMaterial>> materials();
    /** Every lot with its material, active first. */
    [[nodiscard]] domain::Result<QList<QcLotView>> lots();
    /** One lot with its last `limit` runs (Levey-Jennings). */
    [[nodiscard]] domain::Result<QcLotView> lot(qint64 lotId, int limit = 100);
    [[nodiscard]] domain::Result<QList<QcPendingReview>> pendingReviews();
    /** The holds of the rejected run `runId` (its group's lead run), recorded or arrived since. */
    [[nodiscard]] domain::Result<QcPendingReview> review(qint64 runId);
    [[nodiscard]] domain::Result<QList<storage::QcReviewRow>> reviews(qint64 runId);
    /** QC state per analyzer and analysis (bench and validation screens). */
    [[nodiscard]] domain::Result<QList<storage::QcStatusRow>> status();
    /** Result id -> hold reason, for results of one dossier (validation screen marks). */
    [[nodiscard]] domain::Result<QHash<qint64, QString>> heldInDossier(qint64 dossierId);
    /** Same for any result ids (bench worklist marks). */
    [[nodiscard]] domain::Result<QHash<qint64, QString>> held(const QList<qint64> &resultIds);
    /**
     * Rules of an analysis (every rule when not configured). An analysis the current catalogue
     * lacks: qc.missing_field, location "analysisCode" (a retired
     * one is still read: its lots may remain).
     */
    [[nodiscard]] domain::Result<QList<domain::qc::WestgardRule>> rules(const QString &analysisCode);
    /**
     * Every result held now with its run and lot (storage::QcHoldRepository::openHolds), of one
     * dossier or, `dossierId` 0, of all; by dossier number, analysis, run. Patient data: audited
     * "qc.read_holds" (entity "dossier" with its id, or "qc_holds" for all) in the same transaction.
     */
    [[nodiscard]] domain::Result<QList<QcHeldResult>> openHolds(qint64 dossierId = 0);


private:
    storage::Database &m_db;
    domain::UserSession m_session;
};

} // namespace sgl::workflow::qc
