#pragma once

#include "domain/autoval/Applicability.h"
#include "domain/autoval/RuleCondition.h"

#include <QString>
#include <QStringList>

namespace sgl::domain::autoval {

/**
 * One auto-validation rule of the laboratory.
 *
 * Contract:
 * - `id` is the stable identity (A-Z 0-9 . _ -, at most 40 characters, unique in the rule set): it
 *   names the rule in every hold, in statistics and in the shadow concordance. `label` is French.
 * - Scope: single-analysis conditions (limits, delta, critical, analyzer_flags, serum_index)
 *   apply to each analysis of `analyses` plus every analysis of exam `exam`; concordant_change
 *   reads the same set; the other multi-analysis conditions (edta_contamination, ratio, anion_gap,
 *   sum) name their analyses in the condition; their `analyses`/`exam` are ignored (leave empty).
 * - A rule applies only to patients/requests matching `when`, and only when `enabled`.
 * - A rule that fails holds the analyses it concerns, unless it is waived: a rule with a
 *   non-empty `waives` is a WAIVER: it never holds by itself; when it passes for an analysis, the
 *   holds of the rules it names are lifted for that analysis (e.g. a stable abnormal creatinine
 *   of a known patient: a delta rule with requirePrevious waiving the creatinine limits rule).
 *   Built-in safety holds (critical value, call-back, QC, non-conformity, technical validation,
 *   critical conditions) are never lifted.
 */
struct Rule {
    QString id;
    QString label;
    bool enabled = true;
    QStringList analyses;        ///< analysis local codes
    QString exam;                ///< exam code: all its analyses; empty: none
    Applicability when;
    RuleCondition condition;
    QStringList waives;          ///< ids of the rules this waiver lifts

    [[nodiscard]] bool isWaiver() const { return !waives.isEmpty(); }
    friend bool operator==(const Rule &, const Rule &) = default;
};

} // namespace sgl::domain::autoval
