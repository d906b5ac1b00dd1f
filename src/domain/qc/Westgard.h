#pragma once

#include "domain/Error.h"
#include "domain/qc/WestgardRule.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace sgl::domain::qc {

/** One control value with the target of its lot, as the rules see it. */
struct QcPoint {
    qint64 runId = 0;        ///< 0 for the run being evaluated (not stored yet)
    qint64 lotId = 0;
    QString lotLabel;        ///< lot number (and level) for the French texts
    double value = 0.0;
    double mean = 0.0;
    double sd = 0.0;
    QDateTime at;            ///< UTC run time; orders the history

    /** (value − mean) / sd. */
    [[nodiscard]] double z() const { return (value - mean) / sd; }
    friend bool operator==(const QcPoint &, const QcPoint &) = default;
};

/** A rule that fired, with every value involved (oldest first) and a French sentence. */
struct QcViolation {
    WestgardRule rule = WestgardRule::R13s;
    QList<QcPoint> points;
    QString text;           ///< "1-3s : lot L123, 7,9 à +3,4 ET (moyenne 5 ; ET 0,85)"
    friend bool operator==(const QcViolation &, const QcViolation &) = default;
};

enum class QcOutcome { Accepted, Warning, Rejected };

/** "accepted", "warning", "rejected" (stored in qc_runs.outcome). */
[[nodiscard]] QString qcOutcomeCode(QcOutcome outcome);
[[nodiscard]] std::optional<QcOutcome> qcOutcomeFromCode(const QString &code);
/** "Accepté", "Alerte", "Rejeté". */
[[nodiscard]] QString qcOutcomeLabel(QcOutcome outcome);

/** The verdict on one run. */
struct QcEvaluation {
    QcOutcome outcome = QcOutcome::Accepted;
    QList<QcViolation> violations;   ///< in rule order, then level order

    [[nodiscard]] QList<WestgardRule> firedRules() const;
    /** The first rejecting violation, else the first warning; nullptr when none fired. */
    [[nodiscard]] const QcViolation *mainViolation() const;
};

/** What one evaluation looks at. */
struct QcRunInput {
    /** The run: one point per level (lot) measured together for one analyzer and analysis. */
    QList<QcPoint> current;
    /**
     * Previous in-control runs of the same lots (any order; sorted here by time then run id).
     * The caller leaves out runs that were rejected and sent to rerun: their cause was corrected.
     */
    QList<QcPoint> history;
    /** The rules that apply to the analysis (qc_rule_config); every rule when empty. */
    QList<WestgardRule> rules;
};

/**
 * Westgard multirules, pure. A value "exceeds k SD" when |z| > k strictly (a value at exactly
 * 2 SD fires nothing); a tolerance of 1e-9 absorbs the floating-point error of z. Every rule
 * must involve a point of the current run: history alone was judged when it was the current run.
 *
 * - 1-2s (warning): a current value beyond 2 SD.
 * - 1-3s: a current value beyond 3 SD.
 * - 2-2s: across runs, the current value and the previous value of the same lot beyond 2 SD on
 *   the same side; within the run, two levels beyond 2 SD on the same side.
 * - R-4s: within the run, one level beyond +2 SD and another beyond −2 SD (a single level has
 *   no R-4s: random error is judged between levels of one run, as Westgard defines it).
 * - 4-1s: the last 4 values beyond 1 SD on the same side, per lot; and, when the run has two
 *   levels or more, on the sequence of those lots merged in time order (2 levels × 2 runs).
 * - 10-x: the last 10 values on the same side of the mean, per lot and merged likewise
 *   (2 levels × 5 runs); a value exactly at the mean breaks the series.
 *
 * Outcome: Rejected when a rejecting rule fired, Warning when only 1-2s fired, else Accepted.
 * Errors: qc.sd_zero (a point whose SD is not > 0), qc.empty_run (no current point).
 */
class Westgard {
public:
    [[nodiscard]] static Result<QcEvaluation> evaluate(const QcRunInput &input);
};

/**
 * A control value as typed or sent: a plain number ("5,2", "5.2", "-1"). Refuses an empty value
 * (qc.empty_value), a censored value ("<0,5", ">500": qc.censored_value, a control must be
 * measured within the range) and any other text (qc.not_a_number), naming the value.
 */
[[nodiscard]] Result<double> parseQcValue(const QString &text);

/** "5,2" with up to 6 significant digits, decimal comma. */
[[nodiscard]] QString formatQcNumber(double value);

} // namespace sgl::domain::qc
