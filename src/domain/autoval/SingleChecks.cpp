#include "domain/Tr.h"
#include "domain/autoval/ConditionChecks.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace sgl::domain::autoval::checks {

namespace {

RuleOutcome pass(const ResultInput &r)
{
    return RuleOutcome{r.analysisCode, true, {}};
}

RuleOutcome failed(HoldReason h)
{
    RuleOutcome o;
    o.analysisCode = h.analysisCode;
    o.passed = false;
    o.hold = std::move(h);
    return o;
}

QString bounds(const std::optional<double> &low, const std::optional<double> &high, const QString &unit)
{
    const QString u = (unit.isEmpty() || unit == QStringLiteral("1")) ? QString() : QStringLiteral(" ") + unit;
    if (low && high)
        return QStringLiteral("[%1 ; %2]%3").arg(frNumber(*low), frNumber(*high), u);
    if (low)
        return QStringLiteral("≥ %1%2").arg(frNumber(*low), u);
    if (high)
        return QStringLiteral("≤ %1%2").arg(frNumber(*high), u);
    return {};
}

QString notConvertible(const ResultInput &r, const QString &unit)
{
    return Tr::tr("%1 %2 : valeur non numérique ou unité non convertible en %3")
        .arg(analysisName(r), frValue(r.value), unit.isEmpty() ? Tr::tr("(sans unité)") : unit);
}

} // namespace

HoldReason hold(const Rule &rule, const QString &analysis, const QString &values, const QString &threshold,
                const QString &sentence, bool builtIn)
{
    HoldReason h;
    h.ruleId = rule.id;
    h.ruleLabel = rule.label;
    h.analysisCode = analysis;
    h.values = values;
    h.threshold = threshold;
    h.text = Tr::tr("%1 (%2) : %3.").arg(rule.id, rule.label, sentence);
    h.builtIn = builtIn;
    return h;
}

std::optional<Previous> previousInWindow(const ResultInput &result, int windowDays, const QString &unit)
{
    if (!result.observedAt.isValid())
        return std::nullopt;
    const QDateTime earliest = result.observedAt.addSecs(-qint64(windowDays) * 86400);
    const PreviousValue *best = nullptr;
    for (const PreviousValue &p : result.previous) {
        if (!p.observedAt.isValid() || p.observedAt >= result.observedAt || p.observedAt < earliest)
            continue;
        if (!best || p.observedAt > best->observedAt)
            best = &p;
    }
    if (!best)
        return std::nullopt;
    const auto interval = ValueInterval::of(best->value, result, unit);
    if (!interval)
        return std::nullopt;
    return Previous{*interval, best->value, best->observedAt};
}

RuleOutcome limits(const Rule &rule, const LimitsCondition &c, const ResultInput &r)
{
    if (r.value.kind == ResultValue::Kind::Coded) {
        const bool accepted = c.acceptedCodes.isEmpty()
                                  ? !(r.flag && *r.flag != AbnormalFlag::Normal)
                                  : c.acceptedCodes.contains(r.value.coded.code);
        if (accepted)
            return pass(r);
        const QString thr = c.acceptedCodes.isEmpty() ? Tr::tr("réponse non anormale")
                                                      : Tr::tr("réponses admises : %1").arg(c.acceptedCodes.join(QStringLiteral(", ")));
        return failed(hold(rule, r.analysisCode, frValue(r.value), thr,
                           Tr::tr("%1 « %2 » hors des réponses admises (%3)").arg(analysisName(r), frValue(r.value), thr)));
    }
    const bool custom = c.low || c.high;
    const QString unit = custom ? c.unit : r.analysisUnit;
    const std::optional<double> low = custom ? c.low : r.referenceLow;
    const std::optional<double> high = custom ? c.high : r.referenceHigh;
    const auto v = ValueInterval::of(r.value, r, unit);
    if (!v)
        return failed(hold(rule, r.analysisCode, frValue(r.value), bounds(low, high, unit), notConvertible(r, unit)));
    if (!low && !high)
        return failed(hold(rule, r.analysisCode, frValue(r.value), {},
                           Tr::tr("%1 %2 : pas de valeurs de référence pour ce patient").arg(analysisName(r), frValue(r.value))));
    if ((!low || v->allAtLeast(*low)) && (!high || v->allAtMost(*high)))
        return pass(r);
    const QString thr = bounds(low, high, unit);
    const QString what = custom ? Tr::tr("limites d'auto-validation") : Tr::tr("valeurs de référence");
    const bool certainlyOut = (low && !v->someAtLeast(*low)) || (high && !v->someAtMost(*high));
    const QString sentence = (v->censored() && !certainlyOut)
                                 ? Tr::tr("%1 %2 : valeur censurée, pas certainement dans les %3 %4")
                                       .arg(analysisName(r), frValue(r.value), what, thr)
                                 : Tr::tr("%1 %2 hors des %3 %4").arg(analysisName(r), frValue(r.value), what, thr);
    return failed(hold(rule, r.analysisCode, frValue(r.value), thr, sentence));
}

RuleOutcome delta(const Rule &rule, const DeltaCondition &c, const ResultInput &r)
{
    if (r.value.kind != ResultValue::Kind::Numeric)
        return pass(r); // coded and text results have no delta
    const QString unit = c.unit.isEmpty() ? r.analysisUnit : c.unit;
    // Texts are built only for a hold: the engine runs on every dossier of the queue.
    const auto threshold = [&] {
        QStringList parts;
        if (c.absolute)
            parts << Tr::tr("|Δ| ≥ %1").arg(frQuantity(*c.absolute, unit));
        if (c.relativePercent)
            parts << Tr::tr("|Δ| ≥ %1 %").arg(frNumber(*c.relativePercent));
        return Tr::tr("%1 en %2 jours").arg(parts.join(Tr::tr(" ou ")), QString::number(c.windowDays));
    };
    const auto current = ValueInterval::of(r.value, r, unit);
    if (!current)
        return failed(hold(rule, r.analysisCode, frValue(r.value), threshold(), notConvertible(r, unit)));
    const auto prev = previousInWindow(r, c.windowDays, unit);
    if (!prev) {
        if (!c.requirePrevious)
            return pass(r);
        return failed(hold(rule, r.analysisCode, frValue(r.value), threshold(),
                           Tr::tr("%1 %2 : pas d'antériorité validée dans les %3 jours")
                               .arg(analysisName(r), frValue(r.value), QString::number(c.windowDays))));
    }
    const auto values = [&] {
        return Tr::tr("%1 ; précédent %2 le %3")
            .arg(frValue(r.value), frValue(prev->value), prev->observedAt.toUTC().date().toString(QStringLiteral("dd/MM/yyyy")));
    };
    const ValueInterval &a = *current;
    const ValueInterval &b = prev->interval;
    // Worst case: the largest possible |current − previous| over both intervals.
    const double worst = std::max(std::abs(a.high - b.low), std::abs(b.high - a.low));
    // Two values both under a detection limit: unchanged as far as anyone can tell.
    const bool bothBelowLimits = a.censored() && b.censored() && a.low >= 0 && b.low >= 0 && std::isfinite(a.high)
                                 && std::isfinite(b.high);
    if (a.exact() && b.exact()) {
        const double change = a.low - b.low;
        const bool absFired = c.absolute && std::abs(change) >= *c.absolute;
        const bool relFired = c.relativePercent && b.low != 0 && std::abs(change) / std::abs(b.low) * 100.0 >= *c.relativePercent;
        if (!absFired && !relFired)
            return pass(r);
        QString change_ = (change >= 0 ? QStringLiteral("+") : QString()) + frQuantity(change, unit);
        if (b.low != 0)
            change_ += QStringLiteral(" (%1%2 %)").arg(change >= 0 ? QStringLiteral("+") : QString(),
                                                      frNumber(std::round(change / std::abs(b.low) * 1000.0) / 10.0));
        const QString thr = threshold();
        return failed(hold(rule, r.analysisCode, values(), thr,
                           Tr::tr("%1 %2 : variation de %3 depuis le %4 (%5), seuil %6")
                               .arg(analysisName(r), frValue(r.value), change_,
                                    prev->observedAt.toUTC().date().toString(QStringLiteral("dd/MM/yyyy")),
                                    frValue(prev->value), thr)));
    }
    bool within = false;
    if (bothBelowLimits)
        within = !c.absolute || worst < *c.absolute;
    else if (c.absolute && !c.relativePercent)
        within = std::isfinite(worst) && worst < *c.absolute;
    else if (c.relativePercent && b.low > 0 && std::isfinite(worst))
        within = worst / b.low * 100.0 < *c.relativePercent && (!c.absolute || worst < *c.absolute);
    if (within)
        return pass(r);
    const QString thr = threshold();
    return failed(hold(rule, r.analysisCode, values(), thr,
                       Tr::tr("%1 %2 : valeur censurée, variation depuis le %3 (%4) non mesurable sous le seuil %5")
                           .arg(analysisName(r), frValue(r.value),
                                prev->observedAt.toUTC().date().toString(QStringLiteral("dd/MM/yyyy")), frValue(prev->value),
                                thr)));
}

RuleOutcome critical(const Rule &rule, const CriticalCondition &c, const ResultInput &r)
{
    if (r.value.kind != ResultValue::Kind::Numeric)
        return pass(r);
    const QString unit = c.unit.isEmpty() ? r.analysisUnit : c.unit;
    const auto v = ValueInterval::of(r.value, r, unit);
    if (v && !((c.low && v->someBelow(*c.low)) || (c.high && v->someAbove(*c.high))))
        return pass(r);
    QStringList thrParts;
    if (c.low)
        thrParts << QStringLiteral("< %1").arg(frQuantity(*c.low, unit));
    if (c.high)
        thrParts << QStringLiteral("> %1").arg(frQuantity(*c.high, unit));
    const QString thr = thrParts.join(Tr::tr(" ou "));
    if (!v)
        return failed(hold(rule, r.analysisCode, frValue(r.value), thr, notConvertible(r, unit), true));
    return failed(hold(rule, r.analysisCode, frValue(r.value), thr,
                       Tr::tr("%1 %2 : valeur critique du laboratoire (%3), jamais validée automatiquement")
                           .arg(analysisName(r), frValue(r.value), thr),
                       true));
}

RuleOutcome analyzerFlags(const Rule &rule, const AnalyzerFlagsCondition &c, const ResultInput &r)
{
    QStringList kept;
    for (const QString &f : r.analyzerFlags)
        if (!f.trimmed().isEmpty() && !c.ignoredFlags.contains(f.trimmed(), Qt::CaseInsensitive))
            kept << f.trimmed();
    if (kept.isEmpty())
        return pass(r);
    const QString thr = c.ignoredFlags.isEmpty() ? Tr::tr("aucune alarme")
                                                 : Tr::tr("aucune alarme hors %1").arg(c.ignoredFlags.join(QStringLiteral(", ")));
    return failed(hold(rule, r.analysisCode, kept.join(QStringLiteral(", ")), thr,
                       Tr::tr("%1 %2 : alarme de l'automate %3").arg(analysisName(r), frValue(r.value), kept.join(QStringLiteral(", ")))));
}

RuleOutcome serumIndex(const Rule &rule, const SerumIndexCondition &c, const ResultInput &r, const SerumIndices &indices)
{
    std::optional<double> index;
    switch (c.index) {
    case SerumIndex::Haemolysis:
        index = indices.haemolysis;
        break;
    case SerumIndex::Icterus:
        index = indices.icterus;
        break;
    case SerumIndex::Lipaemia:
        index = indices.lipaemia;
        break;
    }
    if (index ? *index <= c.maximum : !c.holdWhenMissing)
        return pass(r);
    const QString thr = QStringLiteral("≤ %1").arg(frNumber(c.maximum));
    const QString name = serumIndexLabel(c.index);
    if (!index) {
        return failed(hold(rule, r.analysisCode, frValue(r.value), thr,
                           Tr::tr("%1 %2 : %3 non mesuré").arg(analysisName(r), frValue(r.value), name)));
    }
    return failed(hold(rule, r.analysisCode, Tr::tr("%1 ; %2 %3").arg(frValue(r.value), name, frNumber(*index)), thr,
                       Tr::tr("%1 %2 avec %3 %4 > seuil %5")
                           .arg(analysisName(r), frValue(r.value), name, frNumber(*index), frNumber(c.maximum))));
}

} // namespace sgl::domain::autoval::checks
