#include "AutovalBenchReport.h"

#include "domain/autoval/AutoValidationEngine.h"
#include "domain/autoval/SeriesCrossCheck.h"
#include "domain/autoval/ValueInterval.h"

#include <QSet>

#include <algorithm>

namespace sgl::bench::autoval {

using namespace sgl::domain::autoval;

namespace {

QString pct(int part, int whole)
{
    return whole ? QString::number(100.0 * part / whole, 'f', 1).replace(QLatin1Char('.'), QLatin1Char(',')) + QStringLiteral(" %")
                 : QStringLiteral("—");
}

QString resultsText(const DossierInput &d)
{
    QStringList parts;
    for (const ResultInput &r : d.results) {
        QString s = QStringLiteral("%1 %2").arg(r.analysisCode, frValue(r.value));
        if (!r.previous.isEmpty())
            s += QStringLiteral(" (préc. %1)").arg(frValue(r.previous.first().value));
        parts << s;
    }
    return parts.join(QStringLiteral(", "));
}

} // namespace

BenchReport evaluateAll(const QList<SyntheticDossier> &dossiers, const RuleSet &rules)
{
    BenchReport report;
    QList<DossierInput> inputs;
    inputs.reserve(dossiers.size());
    for (const SyntheticDossier &d : dossiers)
        inputs << d.input;
    const QList<DossierVerdict> verdicts = SeriesCrossCheck::evaluateAll(inputs, rules);
    for (qsizetype i = 0; i < dossiers.size(); ++i) {
        const SyntheticDossier &d = dossiers[i];
        const DossierVerdict &v = verdicts[i];
        if (d.fault == Fault::None) {
            ++report.clean;
            report.cleanReleased += v.release ? 1 : 0;
            if (d.history) {
                ++report.cleanWithHistory;
                report.cleanWithHistoryReleased += v.release ? 1 : 0;
            } else {
                ++report.cleanWithoutHistory;
                report.cleanWithoutHistoryReleased += v.release ? 1 : 0;
            }
            for (const AnalysisVerdict &a : v.analyses) {
                ++report.analyses;
                report.analysesReleased += a.release ? 1 : 0;
            }
            QSet<QString> seen;
            for (const HoldReason &h : v.holds)
                ++report.cleanHoldsPerRuleAndAnalysis[h.ruleId + QLatin1Char(' ') + h.analysisCode];
            for (const HoldReason &h : v.holds)
                if (!seen.contains(h.ruleId)) {
                    seen.insert(h.ruleId);
                    ++report.cleanHoldsPerRule[h.ruleId];
                }
            continue;
        }
        ++report.faulted;
        if (d.fault == Fault::Swap && !d.history && !d.partnerHistory) {
            ++report.blindSwaps;
            report.blindSwapsReleased += v.release ? 1 : 0;
        }
        FaultCount &c = report.perFault[d.fault];
        ++c.total;
        c.withoutHistory += d.history ? 0 : 1;
        if (v.release) {
            ++report.faultedReleased;
            ++c.released;
            if (d.shiftInRcv < 1) {
                ++report.faultedReleasedWithinRcv;
                ++c.releasedWithinRcv;
            } else if (d.history) {
                ++report.faultedReleasedBeyondRcvWithHistory;
                ++c.releasedBeyondRcvWithHistory;
            }
            report.misses << Miss{d.input.dossierNumber, d.fault, d.faultDetail, d.history, d.profile, resultsText(d.input),
                                  d.shiftInRcv, d.shiftAnalyte};
        }
    }
    return report;
}

QString formatReport(const BenchReport &r, int topRules, bool details)
{
    QStringList out;
    out << QStringLiteral("Dossiers propres : %1, auto-validés : %2 (%3) ; avec antériorités : %4 (%5)")
               .arg(r.clean)
               .arg(r.cleanReleased)
               .arg(pct(r.cleanReleased, r.clean))
               .arg(pct(r.cleanWithHistoryReleased, r.cleanWithHistory))
               .arg(r.cleanWithHistory);
    out << QStringLiteral("Analyses des dossiers propres auto-validées : %1 / %2 (%3)")
               .arg(r.analysesReleased)
               .arg(r.analyses)
               .arg(pct(r.analysesReleased, r.analyses));
    out << QStringLiteral("Dossiers avec défaut injecté : %1, libérés à tort : %2, dont %3 sans aucun résultat déplacé au-delà "
                          "de sa VCR (rapport cliniquement le vrai) ; libérés avec un résultat faux au-delà de sa VCR : %4 "
                          "(%5 sans antériorité, %6 avec)")
               .arg(r.faulted)
               .arg(r.faultedReleased)
               .arg(r.faultedReleasedWithinRcv)
               .arg(r.faultedReleased - r.faultedReleasedWithinRcv)
               .arg(r.faultedReleased - r.faultedReleasedWithinRcv - r.faultedReleasedBeyondRcvWithHistory)
               .arg(r.faultedReleasedBeyondRcvWithHistory);
    out << QStringLiteral("Échanges entre deux patients sans antériorité : %1 / %2 libérés (%3) ; dossiers propres sans "
                          "antériorité : %4 / %5 libérés (%6)")
               .arg(r.blindSwapsReleased)
               .arg(r.blindSwaps)
               .arg(pct(r.blindSwapsReleased, r.blindSwaps))
               .arg(r.cleanWithoutHistoryReleased)
               .arg(r.cleanWithoutHistory)
               .arg(pct(r.cleanWithoutHistoryReleased, r.cleanWithoutHistory));
    for (const Fault f : allFaults()) {
        const FaultCount c = r.perFault.value(f);
        out << QStringLiteral("  %1 : %2 dossiers (%3 sans antériorité), libérés %4 (%5 sous la VCR ; au-delà : %6 sans "
                              "antériorité, %7 avec)")
                   .arg(faultLabel(f), -26)
                   .arg(c.total)
                   .arg(c.withoutHistory)
                   .arg(c.released)
                   .arg(c.releasedWithinRcv)
                   .arg(c.released - c.releasedWithinRcv - c.releasedBeyondRcvWithHistory)
                   .arg(c.releasedBeyondRcvWithHistory);
    }
    QList<std::pair<QString, int>> rules(r.cleanHoldsPerRule.keyValueBegin(), r.cleanHoldsPerRule.keyValueEnd());
    std::stable_sort(rules.begin(), rules.end(), [](const auto &a, const auto &b) { return a.second > b.second; });
    out << QStringLiteral("Règles retenant des dossiers propres (dossiers, part des propres) :");
    for (int i = 0; i < std::min<int>(topRules, int(rules.size())); ++i)
        out << QStringLiteral("  %1 %2 (%3)").arg(rules[i].first, -24).arg(rules[i].second, 5).arg(pct(rules[i].second, r.clean));
    if (details) {
        QList<std::pair<QString, int>> pairs(r.cleanHoldsPerRuleAndAnalysis.keyValueBegin(), r.cleanHoldsPerRuleAndAnalysis.keyValueEnd());
        std::stable_sort(pairs.begin(), pairs.end(), [](const auto &a, const auto &b) { return a.second > b.second; });
        out << QStringLiteral("Résultats propres retenus, par règle et analyse :");
        for (int i = 0; i < std::min<int>(40, int(pairs.size())); ++i)
            out << QStringLiteral("  %1 %2").arg(pairs[i].first, -32).arg(pairs[i].second, 5);
    }
    out << QStringLiteral("Défauts libérés (%1) :").arg(r.misses.size());
    for (const Miss &m : r.misses)
        out << QStringLiteral("  %1 [%2] %3 ; écart max %4 VCR (%5) ; %6 ; %7 : %8")
                   .arg(m.dossier, faultLabel(m.fault), m.detail,
                        QString::number(m.shiftInRcv, 'f', 1).replace(QLatin1Char('.'), QLatin1Char(',')), m.shiftAnalyte,
                        m.history ? QStringLiteral("avec antériorités") : QStringLiteral("sans antériorité"), m.profile, m.values);
    return out.join(QLatin1Char('\n'));
}

} // namespace sgl::bench::autoval
