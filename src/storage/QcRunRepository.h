#pragma once

#include "domain/Error.h"
#include "storage/Transaction.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace sgl::storage {

/** One qc_runs row: a control value of one lot, with the verdict given when it was recorded. */
struct QcRunRow {
    qint64 id = 0;
    qint64 lotId = 0;
    qint64 qcResultId = 0;          ///< analyzer_qc_results.id when from analyzer traffic, else 0
    QString analyzer;               ///< analyzer profile name (as the lot)
    QString analysisCode;
    QString runGroup;               ///< ties the levels measured together ("msg:12", "manual:…")
    QString source;                 ///< "analyzer" or "manual"
    QString valueText;              ///< as sent or typed
    double value = 0.0;
    QDateTime observedAt;           ///< UTC
    QString outcome;                ///< "accepted", "warning", "rejected", "establishing"
    QStringList rulesFired;         ///< "1-3s", "2-2s"
    QStringList violations;         ///< French sentences
    std::optional<double> mean;     ///< target used (none while establishing)
    std::optional<double> sd;
    std::optional<QDateTime> windowStart; ///< rejected run: last accepted run before it (none: since ever)
    QString holdReason;             ///< rejected run: "CQ rejeté : GLU, lot L123, règle 1-3s le 06/12/2026 10:42"
    QString reviewState = QStringLiteral("none"); ///< "none", "pending", "accepted", "rerun"
    QString comment;
    QString recordedBy;
    QDateTime recordedAt;
    int version = 0;
};

/** One qc_reviews row. */
struct QcReviewRow {
    qint64 id = 0;
    qint64 runId = 0;
    QString decision;               ///< "accepted" or "rerun"
    QString reason;
    QString comment;
    int heldCount = 0;
    QString reviewedBy;
    QDateTime reviewedAt;
};

/** Latest QC state of one analyzer and analysis (bench and validation screens). */
struct QcStatusRow {
    QString analyzer;
    QString analysisCode;
    QString lastOutcome;            ///< outcome of the latest run
    QDateTime lastRunAt;
    int pendingReviews = 0;         ///< rejected runs not reviewed yet
    QString holdReason;             ///< of the oldest pending rejected run, empty when none
};

/** qc_runs and qc_reviews (migration 0320). Runs are never deleted; only review_state/comment change. */
class QcRunRepository {
public:
    [[nodiscard]] static domain::Status insert(WriteTx &tx, QcRunRow &run);
    [[nodiscard]] static domain::Result<std::optional<QcRunRow>> run(ReadTx &tx, qint64 id);
    /** Runs of a lot, oldest first (observed_at, id), the last `limit` ones. */
    [[nodiscard]] static domain::Result<QList<QcRunRow>> forLot(ReadTx &tx, qint64 lotId, int limit = 500);
    /** Runs of a run group (the levels measured together), by id. */
    [[nodiscard]] static domain::Result<QList<QcRunRow>> forGroup(ReadTx &tx, const QString &runGroup);
    /** Rejected runs waiting for a review, oldest first. */
    [[nodiscard]] static domain::Result<QList<QcRunRow>> pendingReviews(ReadTx &tx);
    /**
     * Time of the latest run of the analyzer and analysis judged in control (accepted, warning,
     * establishing, or rejected then accepted on review) observed before `before`.
     */
    [[nodiscard]] static domain::Result<std::optional<QDateTime>> lastInControl(ReadTx &tx, const QString &analyzer,
                                                                               const QString &analysisCode,
                                                                               const QDateTime &before);
    /** Sets review_state (and appends to the comment when given); versioned. */
    [[nodiscard]] static domain::Status setReviewState(WriteTx &tx, QcRunRow &run, const QString &state);
    [[nodiscard]] static domain::Status insertReview(WriteTx &tx, QcReviewRow &review);
    [[nodiscard]] static domain::Result<QList<QcReviewRow>> reviews(ReadTx &tx, qint64 runId);
    /** One row per analyzer and analysis having runs, by analyzer then analysis. */
    [[nodiscard]] static domain::Result<QList<QcStatusRow>> status(ReadTx &tx);
};

} // namespace sgl::storage
