#pragma once

#include "domain/catalogue/DeltaRule.h"
#include "domain/lab/ResultValue.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace sgl::domain {

struct Analysis;

/** One previous result of the patient for the analysis (antériorité), as stored. */
struct DeltaPrevious {
    ResultValue value;          ///< numeric with its unit as measured then
    QDateTime observedAt;       ///< UTC
    qint64 resultId = 0;        ///< for the caller; not used by the check
};

/** Why a delta check compared or not (stable codes for filters: the French text is in `reason`). */
enum class DeltaOutcome {
    Compared,        ///< a previous value was compared; `alert` tells the verdict
    NoRule,          ///< the analysis has no delta rule
    NoPrevious,      ///< no previous result within the window
    NotNumeric,      ///< current or previous value not numeric (coded, text, empty, unreadable)
    Censored,        ///< current or previous value censored ("<0,5", ">500")
    UnitMismatch,    ///< units differ and no certain conversion exists
};

/** "compared", "no_rule", "no_previous", "not_numeric", "censored", "unit_mismatch". */
[[nodiscard]] QString deltaOutcomeCode(DeltaOutcome outcome);

/** The thresholds a compared change reached. */
enum class DeltaThreshold { None, Absolute, Relative, Both };

/** The comparison of a current value with the patient's previous one. */
struct DeltaComparison {
    DeltaOutcome outcome = DeltaOutcome::NoRule;
    bool alert = false;                      ///< true only when Compared and a threshold fired
    DeltaThreshold fired = DeltaThreshold::None;
    std::optional<DeltaPrevious> previous;   ///< the previous result used (most recent in the window)
    std::optional<double> previousValue;     ///< previous value in the current value's unit
    std::optional<double> currentValue;
    std::optional<double> absoluteChange;    ///< current − previous (signed), current unit
    std::optional<double> relativeChange;    ///< % of the previous value (signed); none when previous is 0
    qint64 intervalSeconds = 0;              ///< current observedAt − previous observedAt
    QString unit;                            ///< the current value's unit
    /**
     * French text for the screen: which threshold fired ("Variation de +45 % en 3 jours (seuil
     * relatif 30 %)."), that none did, or why nothing was compared.
     */
    QString reason;

    [[nodiscard]] double intervalDays() const { return double(intervalSeconds) / 86400.0; }
};

/**
 * Delta check of one result against the patient's previous results (pure, no I/O).
 *
 * Contract:
 * - The previous value used is the most recent one observed strictly before `observedAt` and
 *   no more than `rule.windowDays` days before it; `previous` may be in any order and may
 *   contain values outside the window (ignored) or the current result itself (ignored: same or
 *   later time).
 * - Censored values ("<0,5", ">500") and non-numeric values, current or previous, are never
 *   compared: no alert, with the reason. A unit change is converted by UnitConversion (with
 *   the analysis' second unit factor when `analysis` is given); otherwise no comparison.
 * - An alert fires when any threshold set in the rule is reached: |absoluteChange| >=
 *   rule.absolute, or |relativeChange| >= rule.relativePercent (not evaluated when the
 *   previous value is 0). Thresholds are in the analysis unit (`analysis->unit` when given):
 *   the absolute change is converted to it when the current unit differs.
 */
class DeltaCheck {
public:
    [[nodiscard]] static DeltaComparison compare(const DeltaRule &rule, const ResultValue &current,
                                                 const QDateTime &observedAt,
                                                 const QList<DeltaPrevious> &previous,
                                                 const Analysis *analysis = nullptr);
    /** Same, with the rule of `analysis` (outcome NoRule when it has none). */
    [[nodiscard]] static DeltaComparison compare(const Analysis &analysis, const ResultValue &current,
                                                 const QDateTime &observedAt,
                                                 const QList<DeltaPrevious> &previous);
};

} // namespace sgl::domain
