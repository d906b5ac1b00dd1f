#include "domain/lab/DeltaCheck.h"

#include "domain/catalogue/Analysis.h"
#include "domain/catalogue/UnitConversion.h"
#include "domain/Tr.h"

#include <QLocale>

#include <cmath>

namespace sgl::domain {

namespace {

// Thresholds are decimal numbers typed by people: 5,0 -> 6,0 against 1,0 must fire although
// 6.0 - 5.0 is not exactly 1.0 in binary.
constexpr double kTolerance = 1e-9;

bool reaches(double change, double threshold)
{
    return std::abs(change) + kTolerance * std::max(1.0, threshold) >= threshold;
}

QString number(double v, bool sign = false)
{
    const QLocale fr(QLocale::French);
    QString s = fr.toString(v, 'g', 6);
    if (sign && v > 0)
        s.prepend(QLatin1Char('+'));
    return s;
}

/** A relative change as read on screen: one decimal at most ("+68,4", "-40"). */
QString percent(double v)
{
    const double rounded = std::round(v * 10.0) / 10.0;
    return number(rounded, true);
}

QString interval(qint64 seconds)
{
    if (seconds < 86400)
        return Tr::tr("%n heure(s)", nullptr, int(seconds / 3600));
    return Tr::tr("%n jour(s)", nullptr, int(seconds / 86400));
}

DeltaComparison notCompared(DeltaComparison c, DeltaOutcome outcome, const QString &reason)
{
    c.outcome = outcome;
    c.alert = false;
    c.fired = DeltaThreshold::None;
    c.reason = reason;
    return c;
}

bool isCensored(const ResultValue &v)
{
    return v.kind == ResultValue::Kind::Numeric && v.comparator != Comparator::None;
}

} // namespace

QString deltaOutcomeCode(DeltaOutcome outcome)
{
    switch (outcome) {
    case DeltaOutcome::Compared:
        return QStringLiteral("compared");
    case DeltaOutcome::NoRule:
        return QStringLiteral("no_rule");
    case DeltaOutcome::NoPrevious:
        return QStringLiteral("no_previous");
    case DeltaOutcome::NotNumeric:
        return QStringLiteral("not_numeric");
    case DeltaOutcome::Censored:
        return QStringLiteral("censored");
    case DeltaOutcome::UnitMismatch:
        return QStringLiteral("unit_mismatch");
    }
    return QStringLiteral("no_rule");
}

DeltaComparison DeltaCheck::compare(const Analysis &analysis, const ResultValue &current,
                                    const QDateTime &observedAt, const QList<DeltaPrevious> &previous)
{
    if (!analysis.delta)
        return notCompared({}, DeltaOutcome::NoRule, Tr::tr("Pas de contrôle delta pour cette analyse."));
    return compare(*analysis.delta, current, observedAt, previous, &analysis);
}

DeltaComparison DeltaCheck::compare(const DeltaRule &rule, const ResultValue &current, const QDateTime &observedAt,
                                    const QList<DeltaPrevious> &previous, const Analysis *analysis)
{
    DeltaComparison c;
    c.unit = current.unit;
    if (current.kind == ResultValue::Kind::Empty)
        return notCompared(c, DeltaOutcome::NotNumeric, Tr::tr("Pas de contrôle delta : pas encore de valeur."));
    if (current.kind != ResultValue::Kind::Numeric || !current.toDouble())
        return notCompared(c, DeltaOutcome::NotNumeric, Tr::tr("Pas de contrôle delta : valeur non numérique."));
    if (isCensored(current))
        return notCompared(c, DeltaOutcome::Censored,
                           Tr::tr("Pas de contrôle delta : valeur censurée (%1).").arg(current.displayFr()));
    c.currentValue = current.toDouble();
    if (!observedAt.isValid())
        return notCompared(c, DeltaOutcome::NoPrevious, Tr::tr("Pas de contrôle delta : heure de mesure inconnue."));

    const QDateTime oldest = observedAt.addDays(-qint64(rule.windowDays));
    const DeltaPrevious *chosen = nullptr;
    for (const DeltaPrevious &p : previous) {
        if (!p.observedAt.isValid() || p.observedAt >= observedAt || p.observedAt < oldest)
            continue;
        if (!chosen || p.observedAt > chosen->observedAt)
            chosen = &p;
    }
    if (!chosen)
        return notCompared(c, DeltaOutcome::NoPrevious,
                           Tr::tr("Pas de contrôle delta : aucune antériorité dans les %n dernier(s) jour(s).",
                                  nullptr, rule.windowDays));
    c.previous = *chosen;
    c.intervalSeconds = chosen->observedAt.secsTo(observedAt);
    const ResultValue &pv = chosen->value;
    if (pv.kind != ResultValue::Kind::Numeric || !pv.toDouble())
        return notCompared(c, DeltaOutcome::NotNumeric,
                           Tr::tr("Pas de contrôle delta : l'antériorité du %1 n'est pas numérique.")
                               .arg(chosen->observedAt.toLocalTime().toString(QStringLiteral("dd/MM/yyyy"))));
    if (isCensored(pv))
        return notCompared(c, DeltaOutcome::Censored,
                           Tr::tr("Pas de contrôle delta : l'antériorité du %1 est censurée (%2).")
                               .arg(chosen->observedAt.toLocalTime().toString(QStringLiteral("dd/MM/yyyy")),
                                    pv.displayFr()));
    const auto prev = UnitConversion::convert(*pv.toDouble(), pv.unit, current.unit, analysis);
    if (!prev)
        return notCompared(c, DeltaOutcome::UnitMismatch,
                           Tr::tr("Pas de contrôle delta : unité changée (%1 puis %2) sans conversion connue.")
                               .arg(pv.unit.isEmpty() ? Tr::tr("sans unité") : pv.unit,
                                    current.unit.isEmpty() ? Tr::tr("sans unité") : current.unit));
    c.previousValue = prev;
    c.absoluteChange = *c.currentValue - *prev;
    if (*prev != 0)
        c.relativeChange = *c.absoluteChange / std::abs(*prev) * 100.0;
    c.outcome = DeltaOutcome::Compared;

    // The absolute threshold is in the analysis unit.
    std::optional<double> absInRuleUnit = c.absoluteChange;
    if (analysis && rule.absolute && analysis->unit != current.unit)
        absInRuleUnit = UnitConversion::convert(*c.absoluteChange, current.unit, analysis->unit, analysis);
    const bool absFired = rule.absolute && absInRuleUnit && reaches(*absInRuleUnit, *rule.absolute);
    const bool relFired = rule.relativePercent && c.relativeChange && reaches(*c.relativeChange, *rule.relativePercent);
    c.fired = absFired && relFired ? DeltaThreshold::Both
            : absFired             ? DeltaThreshold::Absolute
            : relFired             ? DeltaThreshold::Relative
                                   : DeltaThreshold::None;
    c.alert = c.fired != DeltaThreshold::None;

    // The unit as printed (µmol/L), not its UCUM code (umol/L), when it is the analysis' unit.
    const QString shownUnit = analysis && !analysis->displayUnit.isEmpty() && current.unit == analysis->unit
                                  ? analysis->displayUnit
                                  : current.unit;
    QString change = number(*c.absoluteChange, true);
    if (!shownUnit.isEmpty())
        change += QLatin1Char(' ') + shownUnit;
    if (c.relativeChange)
        change += QStringLiteral(" (%1 %)").arg(percent(*c.relativeChange));
    const QString ruleUnit = analysis ? (analysis->displayUnit.isEmpty() ? analysis->unit : analysis->displayUnit)
                                      : current.unit;
    const QString absThreshold = rule.absolute ? number(*rule.absolute) + (ruleUnit.isEmpty() ? QString() : QLatin1Char(' ') + ruleUnit)
                                               : QString();
    const QString relThreshold = rule.relativePercent ? number(*rule.relativePercent) + QStringLiteral(" %") : QString();
    switch (c.fired) {
    case DeltaThreshold::Both:
        c.reason = Tr::tr("Alerte delta : variation de %1 en %2 (seuils absolu %3 et relatif %4 atteints).")
                       .arg(change, interval(c.intervalSeconds), absThreshold, relThreshold);
        break;
    case DeltaThreshold::Absolute:
        c.reason = Tr::tr("Alerte delta : variation de %1 en %2 (seuil absolu %3 atteint).")
                       .arg(change, interval(c.intervalSeconds), absThreshold);
        break;
    case DeltaThreshold::Relative:
        c.reason = Tr::tr("Alerte delta : variation de %1 en %2 (seuil relatif %3 atteint).")
                       .arg(change, interval(c.intervalSeconds), relThreshold);
        break;
    case DeltaThreshold::None:
        c.reason = Tr::tr("Variation de %1 en %2, sous les seuils du contrôle delta.")
                       .arg(change, interval(c.intervalSeconds));
        break;
    }
    return c;
}

} // namespace sgl::domain
