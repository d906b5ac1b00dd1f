#pragma once

#include "AutovalBenchGenerator.h"

#include "domain/autoval/RuleSet.h"

#include <QList>
#include <QMap>
#include <QString>

namespace sgl::bench::autoval {

/** A faulted dossier the rules released. */
struct Miss {
    QString dossier;
    Fault fault = Fault::None;
    QString detail;
    bool history = false;
    QString profile;
    QString values;           ///< the dossier's results ("K 4,9 mmol/L, NA 141 mmol/L…")
    double shiftInRcv = 0;    ///< see SyntheticDossier
    QString shiftAnalyte;
};

struct FaultCount {
    int total = 0;
    int released = 0;
    int withoutHistory = 0;   ///< of total
    int releasedWithinRcv = 0; ///< of released: no result moved beyond its RCV (SyntheticDossier::shiftInRcv < 1)
    int releasedBeyondRcvWithHistory = 0; ///< of released beyond the RCV: the patient had previous results
};

/** What the rule set did with the generated dossiers. */
struct BenchReport {
    int clean = 0;
    int cleanReleased = 0;
    int cleanWithHistory = 0;
    int cleanWithHistoryReleased = 0;
    int cleanWithoutHistory = 0;           ///< clean dossiers of patients without antériorité
    int cleanWithoutHistoryReleased = 0;
    /** Swaps between two patients neither of whom has antériorités: nothing in either dossier
     *  compares its values with a patient's own, so the rules see a plausible stranger either way. */
    int blindSwaps = 0;
    int blindSwapsReleased = 0;
    int faulted = 0;
    int faultedReleased = 0;
    int faultedReleasedWithinRcv = 0; ///< of faultedReleased: clinically the true report
    int faultedReleasedBeyondRcvWithHistory = 0; ///< of faultedReleased beyond the RCV, with previous results
    int analyses = 0;           ///< results judged in clean dossiers
    int analysesReleased = 0;
    QMap<Fault, FaultCount> perFault;
    QList<Miss> misses;
    QMap<QString, int> cleanHoldsPerRule; ///< clean dossiers held by each rule (once per dossier)
    QMap<QString, int> cleanHoldsPerRuleAndAnalysis; ///< "RULE ANALYSIS" -> clean results held

    [[nodiscard]] double cleanRate() const { return clean ? double(cleanReleased) / clean : 0; }
};

/** Runs the engine on every dossier and counts (pure; seconds for 10,000 dossiers). */
[[nodiscard]] BenchReport evaluateAll(const QList<SyntheticDossier> &dossiers, const domain::autoval::RuleSet &rules);

/** The report in French: rates, faults by kind, the rules holding clean dossiers, every miss. */
[[nodiscard]] QString formatReport(const BenchReport &report, int topRules = 15, bool details = false);

} // namespace sgl::bench::autoval
