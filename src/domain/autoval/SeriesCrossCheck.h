#pragma once

#include "domain/autoval/DossierInput.h"
#include "domain/autoval/DossierVerdict.h"
#include "domain/autoval/RuleSet.h"

#include <QList>

namespace sgl::domain::autoval {

/**
 * Tube swaps between two patients of one collection series (issue 15). A swap exchanges the blood
 * of two patients sampled together: when one of them has previous results, his dossier departs
 * from them (the delta score rule may hold it), but his partner — a patient without history, or
 * with other analyses — looks clean and would be released with the other patient's values. Run
 * after the engine on the dossiers of a series, this check holds such a partner too, and says which
 * dossier it was swapped with.
 *
 * Contract (pure, deterministic):
 * - Two dossiers are of one series when both have a valid collectedAt, the same non-empty
 *   collectionSeries, were sampled at most kWindowMinutes apart, and are not known to be of the
 *   same patient (patientKey).
 * - For the dossier judged D and each neighbour N of its series, with the terms of every enabled
 *   delta_score rule (its window, minAnalyses and maxScore): the evidence of N's history (N's own
 *   current values and D's current values against N's previous values, Evidence) and the evidence
 *   of D's history. A swap is likely (swapLikely) when, on at least minAnalyses terms, the holder's
 *   own values depart from his history (mean z² ≥ maxScore), the other's fit it as a patient's own
 *   do (mean z² < kSamePatientScore) and kEvidenceRatio times better. Then D gets a dossier-wide
 *   built-in hold SYS.ECHANGE naming N, the minutes between them, the analyses, both scores and
 *   the thresholds, and is not released. Without a delta_score rule, nothing is held.
 * - A neighbour whose result of such a term has no value yet (pending), while this dossier has a
 *   value or a previous value of that analysis, leaves the question open: D gets a dossier-wide
 *   built-in hold SYS.SERIE naming N and the analyses awaited (the caller evaluates D again once
 *   they are in). Without it, D could be released before its swap could be seen.
 * - Holds already present are kept; the verdict's release becomes false when a hold is added.
 */
class SeriesCrossCheck {
public:
    /**
     * How much better `other`'s current values fit `holder`'s previous values than `holder`'s own
     * current values do, over the terms where all three are known (exact, previous non-zero and
     * within the window): own and cross are the mean z² of each, logLikelihoodRatio is
     * (Σ z²own − Σ z²cross) / 2 — the log of how much likelier "the tubes were swapped" is than
     * "they were not", under the normal model of the delta score.
     */
    struct Evidence {
        double own = 0;
        double cross = 0;
        double logLikelihoodRatio = 0;
        QStringList compared;
    };
    [[nodiscard]] static Evidence evidence(const DossierInput &holder, const DossierInput &other, const DeltaScoreCondition &c);
    [[nodiscard]] static bool swapLikely(const Evidence &e, const DeltaScoreCondition &c);

    static constexpr int kWindowMinutes = 30;
    /** Neighbours compared at most: the nearest in time (a swap happens between tubes labelled one
     *  after the other; a busy sampling room must not make one evaluation read a hundred dossiers). */
    static constexpr int kMaxNeighbours = 12;
    /** Mean z² under which values fit a history as the patient's own do (χ²(n)/n, mean 1). */
    static constexpr double kSamePatientScore = 1.5;
    static constexpr int kEvidenceRatio = 6;

    [[nodiscard]] static bool sameSeries(const DossierInput &a, const DossierInput &b);
    /** True when the set has an enabled delta_score rule: without one, the check does nothing. */
    [[nodiscard]] static bool applies(const RuleSet &rules);
    /** The at most kMaxNeighbours dossiers of `candidates` of `dossier`'s series nearest to it in
     *  time (ties: the earlier in `candidates` first), `dossier` itself left out. */
    [[nodiscard]] static QList<const DossierInput *> nearest(const DossierInput &dossier,
                                                             const QList<const DossierInput *> &candidates);
    /** Adds the SYS.ECHANGE and SYS.SERIE holds of `dossier` against `neighbours` (the caller
     *  chooses them, see nearest(); `dossier` itself and other series are skipped) to `verdict`. */
    static void apply(const DossierInput &dossier, DossierVerdict &verdict, const QList<const DossierInput *> &neighbours,
                      const RuleSet &rules);
    /** Evaluates every dossier with the engine, then cross-checks each against the nearest
     *  dossiers of its series: the verdicts in input order. */
    [[nodiscard]] static QList<DossierVerdict> evaluateAll(const QList<DossierInput> &dossiers, const RuleSet &rules);
};

} // namespace sgl::domain::autoval
