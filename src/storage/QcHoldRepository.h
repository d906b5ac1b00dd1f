#pragma once

#include "domain/Error.h"
#include "storage/Transaction.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

namespace sgl::storage {

/** A patient result held by a rejected QC run (qc_holds joined with the result and its dossier). */
struct QcHoldRow {
    qint64 id = 0;
    qint64 runId = 0;
    qint64 resultId = 0;
    qint64 dossierId = 0;
    QString dossierNumber;
    QString analysisCode;
    QString resultState;            ///< results.state
    QString valueText;              ///< value as stored (number, text or coded display)
    QDateTime observedAt;
    QDateTime heldAt;
    QDateTime releasedAt;           ///< invalid while held
    QString releaseKind;            ///< "", "accepted", "rerun"
};

/**
 * The QC hold (issue 15, contract in briefs/issue15-shared.md): a patient result is held while a
 * rejected QC run of its analyzer (results.analyzer = qc_runs.analyzer, the profile name) and
 * analysis waits for its review and the result was measured since the last run in control
 * before it (results.observed_at >= qc_runs.window_start, or any time when the run has no window
 * start), unless the result is validated biologically or cancelled. The rows of qc_holds record
 * what each rejected run held (written at rejection and at review); heldResults() also covers
 * the results that arrived after the rejection, so nothing slips through before the review.
 */
class QcHoldRepository {
public:
    /**
     * Result id -> French reason ("CQ rejeté : GLU, lot L123, règle 1-3s le 06/12/2026 10:42")
     * for each of `resultIds` held now; ids not held are absent. Works in a read or a write
     * transaction (WriteTx is a ReadTx): call it inside the validation's own transaction.
     */
    [[nodiscard]] static domain::Result<QHash<qint64, QString>> heldResults(ReadTx &tx, const QList<qint64> &resultIds);

    /** Same for every result of one dossier (the validation screen's marks). */
    [[nodiscard]] static domain::Result<QHash<qint64, QString>> heldInDossier(ReadTx &tx, qint64 dossierId);

    /**
     * Records in qc_holds every result the pending run `runId` covers now (see above), skipping
     * those already recorded for it; returns how many rows were added.
     */
    [[nodiscard]] static domain::Result<int> recordCovered(WriteTx &tx, qint64 runId, const QDateTime &at);

    /** Ids of the results the pending run `runId` covers now (empty when it is not pending). */
    [[nodiscard]] static domain::Result<QList<qint64>> coveredNow(ReadTx &tx, qint64 runId);

    /** The results a run holds or held (qc_holds), by dossier number then analysis. */
    [[nodiscard]] static domain::Result<QList<QcHoldRow>> forRun(ReadTx &tx, qint64 runId);

    /**
     * Every result held now with the run holding it, as heldResults() sees them: recorded holds not
     * released, and results arrived since a rejection (id 0, heldAt = the run's recording time).
     * Of one dossier, or of every dossier when `dossierId` is 0; by dossier number, analysis, run.
     * A result held by two runs appears once per run.
     */
    [[nodiscard]] static domain::Result<QList<QcHoldRow>> openHolds(ReadTx &tx, qint64 dossierId = 0);

    /** Marks the open holds of a run released ("accepted" or "rerun"); returns how many. */
    [[nodiscard]] static domain::Result<int> release(WriteTx &tx, qint64 runId, const QString &kind,
                                                     const QString &by, const QDateTime &at);
};

} // namespace sgl::storage
