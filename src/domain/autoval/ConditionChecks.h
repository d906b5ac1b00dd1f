#pragma once

#include "domain/autoval/RuleEvaluator.h"
#include "domain/autoval/ValueInterval.h"

#include <QDateTime>

#include <optional>

namespace sgl::domain::autoval::checks {

/**
 * One check per condition type (internal to RuleEvaluator). Single-analysis checks judge one
 * result; multi-analysis checks read the dossier. Each fills the hold's values, threshold and text.
 */

/** The hold skeleton of `rule` on `analysis` with a French sentence (without rule prefix). */
[[nodiscard]] HoldReason hold(const Rule &rule, const QString &analysis, const QString &values,
                              const QString &threshold, const QString &sentence, bool builtIn = false);

/** The most recent previous value observed in (observedAt − windowDays, observedAt), in `unit`. */
struct Previous {
    ValueInterval interval;
    ResultValue value;
    QDateTime observedAt;
};
[[nodiscard]] std::optional<Previous> previousInWindow(const ResultInput &result, int windowDays, const QString &unit);

[[nodiscard]] RuleOutcome limits(const Rule &rule, const LimitsCondition &c, const ResultInput &r);
[[nodiscard]] RuleOutcome delta(const Rule &rule, const DeltaCondition &c, const ResultInput &r);
[[nodiscard]] RuleOutcome critical(const Rule &rule, const CriticalCondition &c, const ResultInput &r);
[[nodiscard]] RuleOutcome analyzerFlags(const Rule &rule, const AnalyzerFlagsCondition &c, const ResultInput &r);
[[nodiscard]] RuleOutcome serumIndex(const Rule &rule, const SerumIndexCondition &c, const ResultInput &r,
                                     const SerumIndices &indices);

[[nodiscard]] QList<RuleOutcome> edta(const Rule &rule, const EdtaContaminationCondition &c, const DossierContext &ctx);
[[nodiscard]] QList<RuleOutcome> ratio(const Rule &rule, const RatioCondition &c, const DossierContext &ctx);
[[nodiscard]] QList<RuleOutcome> anionGap(const Rule &rule, const AnionGapCondition &c, const DossierContext &ctx);
[[nodiscard]] QList<RuleOutcome> sum(const Rule &rule, const SumCondition &c, const DossierContext &ctx);
[[nodiscard]] QList<RuleOutcome> deltaScore(const Rule &rule, const DeltaScoreCondition &c, const DossierContext &ctx);
[[nodiscard]] QList<RuleOutcome> concordantChange(const Rule &rule, const ConcordantChangeCondition &c,
                                                  const QStringList &targets, const DossierContext &ctx);

} // namespace sgl::domain::autoval::checks
