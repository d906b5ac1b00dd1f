#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <variant>

namespace sgl::domain::autoval {

/**
 * The conditions an auto-validation rule can test (docs/autovalidation.md lists each with its
 * JSON form). A condition is a value type; thresholds carry their unit, which must be a unit the
 * analysis uses (its unit or its second unit: RuleSetValidator). Inclusive bounds: a value equal to
 * a limit is within it.
 *
 * Censored values ("<0,5", ">1000") stand for an interval of possible values: a condition passes
 * only when it passes for EVERY value of that interval ("<0,5" is within a high limit of 5; ">1000"
 * is not within a high limit of 5000; "<0,5" is not within a low limit of 0,3). Quantities are
 * never negative, so "<x" means [0, x).
 */

/**
 * The value within limits. Without low/high, the patient's reference range (ResultInput::referenceLow/
 * High, resolved by the caller for age and sex) is used; with them, these custom limits instead
 * (e.g. auto-validation limits wider than the reference range). For a coded analysis, low/high are
 * not allowed: the result passes when its code is in `acceptedCodes`, or, when that list is empty,
 * when the result is not flagged abnormal. Text results never pass.
 */
struct LimitsCondition {
    std::optional<double> low;
    std::optional<double> high;
    QString unit;                ///< unit of low/high; required when one is set
    QStringList acceptedCodes;   ///< coded analyses only
    friend bool operator==(const LimitsCondition &, const LimitsCondition &) = default;
};

/**
 * Delta check against the patient's most recent previous validated value observed within
 * `windowDays` days before the current one. Fails when |change| >= absolute (in `unit`) or
 * |relative change| >= relativePercent (% of the previous value); at least one threshold set.
 * Without previous value in the window the condition passes, unless `requirePrevious` (then it
 * fails: "no antériorité"). Censored values: the worst case over both intervals is compared; two
 * values both censored "<" at limits below the absolute threshold count as unchanged.
 */
struct DeltaCondition {
    std::optional<double> absolute;
    std::optional<double> relativePercent;
    QString unit;                ///< unit of `absolute`; required when it is set
    int windowDays = 0;          ///< > 0
    bool requirePrevious = false;
    friend bool operator==(const DeltaCondition &, const DeltaCondition &) = default;
};

/**
 * Extra critical limits of the laboratory, on top of the catalogue's (ResultInput::criticalLow/High
 * and the critical flags, always applied by the engine). A value possibly beyond them fails; such a
 * hold is a critical hold and can never be waived.
 */
struct CriticalCondition {
    std::optional<double> low;
    std::optional<double> high;
    QString unit;
    friend bool operator==(const CriticalCondition &, const CriticalCondition &) = default;
};

/** Fails when the analyzer sent any flag not listed in `ignoredFlags` (case-insensitive). */
struct AnalyzerFlagsCondition {
    QStringList ignoredFlags;
    friend bool operator==(const AnalyzerFlagsCondition &, const AnalyzerFlagsCondition &) = default;
};

/** Serum index measured by the chemistry analyzer on the dossier's sample (H, I, L). */
enum class SerumIndex { Haemolysis, Icterus, Lipaemia };

/**
 * Fails when the serum index is above `maximum` (e.g. potassium, ASAT, LDH with the haemolysis
 * index), or when the index is missing and `holdWhenMissing`.
 */
struct SerumIndexCondition {
    SerumIndex index = SerumIndex::Haemolysis;
    double maximum = 0;
    bool holdWhenMissing = false;
    friend bool operator==(const SerumIndexCondition &, const SerumIndexCondition &) = default;
};

/** One analysis a multi-analysis condition reads, with its threshold and the threshold's unit. */
struct Operand {
    QString analysis;            ///< analysis local code
    std::optional<double> threshold;
    QString unit;
    friend bool operator==(const Operand &, const Operand &) = default;
};

/**
 * EDTA contamination pattern (K-EDTA carried over into a serum tube): potassium >= its threshold
 * together with calcium <= its threshold, or, when present in the dossier, alkaline phosphatase or
 * magnesium <= theirs. Operands other than `potassium` are optional (empty analysis: not used); an
 * operand missing from the dossier is ignored. Fails (on every operand present) when the pattern is
 * found. When potassium is high and none of the others is in the dossier, the pattern cannot be
 * excluded: fails when `holdWithoutPartner` (potassium held: "calcémie à doser"), passes otherwise.
 */
struct EdtaContaminationCondition {
    Operand potassium;           ///< threshold = minimum
    Operand calcium;             ///< threshold = maximum
    Operand alkalinePhosphatase; ///< threshold = maximum
    Operand magnesium;           ///< threshold = maximum
    bool holdWithoutPartner = false;
    friend bool operator==(const EdtaContaminationCondition &, const EdtaContaminationCondition &) = default;
};

/**
 * Ratio of two analyses within [minimum, maximum] (haematocrit % ≈ 3 × haemoglobin g/dL:
 * numerator HT, denominator HB, 2,6 to 3,4). Passes when either value is absent or censored
 * (nothing to compare); fails when the denominator is 0.
 */
struct RatioCondition {
    QString numerator;
    QString denominator;
    double minimum = 0;
    double maximum = 0;
    friend bool operator==(const RatioCondition &, const RatioCondition &) = default;
};

/**
 * Anion gap Na − (Cl + HCO3) (+ K when `withPotassium`) within [low, high] mmol/L. Passes when one
 * of the values is absent; a censored operand fails (the gap cannot be computed).
 */
struct AnionGapCondition {
    QString sodium;
    QString chloride;
    QString bicarbonate;
    QString potassium;           ///< used only when withPotassium
    bool withPotassium = false;
    double low = 0;
    double high = 0;
    QString unit;                ///< "mmol/L"
    friend bool operator==(const AnionGapCondition &, const AnionGapCondition &) = default;
};

/**
 * Sum of parts against a total (leukocyte differential vs WBC): fails when
 * |Σ parts − total| > tolerancePercent % of the total. Passes when the total or any part is absent.
 * Justification: a differential that does not add up betrays a counting error or interference.
 */
struct SumCondition {
    QString total;
    QStringList parts;
    double tolerancePercent = 0;
    friend bool operator==(const SumCondition &, const SumCondition &) = default;
};

/**
 * Concordant change across analyses (sample diluted by a drip, or a sample of another patient):
 * fails when at least `minAnalyses` of the rule's analyses that have a previous value within
 * `windowDays` changed by >= `relativePercent` % in the same direction (`sameDirection`) or in
 * any direction. Each change is read like DeltaCondition (censored values are skipped).
 */
struct ConcordantChangeCondition {
    double relativePercent = 0;
    int minAnalyses = 2;
    int windowDays = 0;
    bool sameDirection = true;
    friend bool operator==(const ConcordantChangeCondition &, const ConcordantChangeCondition &) = default;
};

/** One analysis of a delta score, with the usual variation between two results of one patient. */
struct DeltaScoreTerm {
    QString analysis;
    double usualPercent = 0;     ///< SD of the % change between two results of a stable patient (> 0)
    friend bool operator==(const DeltaScoreTerm &, const DeltaScoreTerm &) = default;
};

/**
 * Multivariate delta check (a sample of another patient): each term with an exact current value and
 * an exact, non-zero previous value within `windowDays` gives z = change % / usualPercent; the
 * score is the mean of z² over those terms. Fails, holding every term present, when at least
 * `minAnalyses` terms were compared and the score is >= `maxScore`. For a stable patient the score
 * follows χ²(n)/n (mean 1); a tube of another patient moves most analyses beyond their usual
 * variation at once, even when none crosses its own delta threshold. usualPercent is
 * √2 × √(CVi² + CVa²) (within-subject biological and analytical variation).
 */
struct DeltaScoreCondition {
    QList<DeltaScoreTerm> terms;
    double maxScore = 0;
    int minAnalyses = 3;
    int windowDays = 0;
    friend bool operator==(const DeltaScoreCondition &, const DeltaScoreCondition &) = default;
};

using RuleCondition = std::variant<LimitsCondition, DeltaCondition, CriticalCondition, AnalyzerFlagsCondition,
                                   SerumIndexCondition, EdtaContaminationCondition, RatioCondition,
                                   AnionGapCondition, SumCondition, ConcordantChangeCondition, DeltaScoreCondition>;

/** JSON "type" of a condition: "limits", "delta", "critical", "analyzer_flags", "serum_index",
 *  "edta_contamination", "ratio", "anion_gap", "sum", "concordant_change", "delta_score". */
[[nodiscard]] QString conditionTypeCode(const RuleCondition &condition);
/** "h", "i", "l". */
[[nodiscard]] QString serumIndexCode(SerumIndex index);
[[nodiscard]] std::optional<SerumIndex> serumIndexFromCode(const QString &code);
/** "indice d'hémolyse", "indice d'ictère", "indice de lipémie". */
[[nodiscard]] QString serumIndexLabel(SerumIndex index);
/** The analysis codes a multi-analysis condition reads itself (operands, ratio terms...); empty for
 *  single-analysis conditions, which apply to Rule::analyses. */
[[nodiscard]] QStringList operandCodes(const RuleCondition &condition);

} // namespace sgl::domain::autoval
