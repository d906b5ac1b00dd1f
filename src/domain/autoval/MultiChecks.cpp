#include "domain/Tr.h"
#include "domain/autoval/ConditionChecks.h"

#include <algorithm>
#include <cmath>

namespace sgl::domain::autoval::checks {

namespace {

/** The result of `code` when the dossier has a numeric one. */
const ResultInput *numeric(const DossierContext &ctx, const QString &code)
{
    if (code.isEmpty())
        return nullptr;
    const ResultInput *r = ctx.byCode.value(code);
    return (r && r->value.kind == ResultValue::Kind::Numeric) ? r : nullptr;
}

/** One failing outcome per analysis of `codes` still to validate, all with the same hold. */
QList<RuleOutcome> failAll(const Rule &rule, const QStringList &codes, const DossierContext &ctx, const QString &values,
                           const QString &threshold, const QString &sentence)
{
    QList<RuleOutcome> out;
    for (const QString &code : codes) {
        if (!ctx.judged.contains(code))
            continue;
        RuleOutcome o;
        o.analysisCode = code;
        o.passed = false;
        o.hold = hold(rule, code, values, threshold, sentence);
        out << o;
    }
    return out;
}

QList<RuleOutcome> passAll(const QStringList &codes, const DossierContext &ctx)
{
    QList<RuleOutcome> out;
    for (const QString &code : codes)
        if (ctx.judged.contains(code))
            out << RuleOutcome{code, true, {}};
    return out;
}

QString shortValue(const ResultInput &r)
{
    return QStringLiteral("%1 %2").arg(r.analysisCode, frValue(r.value));
}

} // namespace

QList<RuleOutcome> edta(const Rule &rule, const EdtaContaminationCondition &c, const DossierContext &ctx)
{
    const ResultInput *k = numeric(ctx, c.potassium.analysis);
    if (!k || !c.potassium.threshold)
        return {};
    const auto kv = ValueInterval::of(k->value, *k, c.potassium.unit);
    const bool kHigh = !kv || kv->someAtLeast(*c.potassium.threshold);
    if (!kHigh) { // the usual case, decided without building texts
        QStringList involved{k->analysisCode};
        for (const Operand *op : {&c.calcium, &c.alkalinePhosphatase, &c.magnesium})
            if (const ResultInput *p = numeric(ctx, op->analysis); p && op->threshold)
                involved << p->analysisCode;
        return passAll(involved, ctx);
    }
    QStringList involved{k->analysisCode};
    QStringList values{shortValue(*k)};
    QStringList thresholds{QStringLiteral("%1 ≥ %2").arg(k->analysisCode, frQuantity(*c.potassium.threshold, c.potassium.unit))};
    bool partnerLow = false;
    bool anyPartner = false;
    for (const Operand *op : {&c.calcium, &c.alkalinePhosphatase, &c.magnesium}) {
        const ResultInput *p = numeric(ctx, op->analysis);
        if (!p || !op->threshold)
            continue;
        anyPartner = true;
        involved << p->analysisCode;
        values << shortValue(*p);
        thresholds << QStringLiteral("%1 ≤ %2").arg(p->analysisCode, frQuantity(*op->threshold, op->unit));
        const auto pv = ValueInterval::of(p->value, *p, op->unit);
        // An unreadable partner cannot exclude the pattern.
        if (!pv || pv->someAtMost(*op->threshold))
            partnerLow = true;
    }
    if (!anyPartner) {
        if (!c.holdWithoutPartner || !kHigh)
            return passAll(involved, ctx);
        const QString thr = Tr::tr("%1 ou calcium dosé").arg(thresholds.first());
        return failAll(rule, involved, ctx, values.first(), thr,
                       Tr::tr("%1 sans calcium, phosphatases alcalines ni magnésium pour exclure une contamination par "
                              "l'EDTA (seuil %2)")
                           .arg(shortValue(*k), thresholds.first()));
    }
    const QString thr = Tr::tr("%1 avec %2").arg(thresholds.first(), thresholds.mid(1).join(Tr::tr(" ou ")));
    if (!(kHigh && partnerLow))
        return passAll(involved, ctx);
    return failAll(rule, involved, ctx, values.join(QStringLiteral(" ; ")), thr,
                   Tr::tr("profil de contamination par l'EDTA (%1 ; seuils %2)").arg(values.join(QStringLiteral(", ")), thr));
}

QList<RuleOutcome> ratio(const Rule &rule, const RatioCondition &c, const DossierContext &ctx)
{
    const ResultInput *n = numeric(ctx, c.numerator);
    const ResultInput *d = numeric(ctx, c.denominator);
    if (!n || !d)
        return {};
    const QStringList involved{n->analysisCode, d->analysisCode};
    const auto nv = ValueInterval::of(n->value, *n, n->analysisUnit);
    const auto dv = ValueInterval::of(d->value, *d, d->analysisUnit);
    if (!nv || !dv || nv->censored() || dv->censored())
        return passAll(involved, ctx); // documented: nothing to compare
    if (dv->low != 0 && nv->low / dv->low >= c.minimum && nv->low / dv->low <= c.maximum)
        return passAll(involved, ctx);
    const QString values = QStringLiteral("%1 ; %2").arg(shortValue(*n), shortValue(*d));
    const QString thr = Tr::tr("%1/%2 entre %3 et %4").arg(n->analysisCode, d->analysisCode, frNumber(c.minimum), frNumber(c.maximum));
    if (dv->low == 0)
        return failAll(rule, involved, ctx, values, thr,
                       Tr::tr("%1 nul : rapport %2/%3 incalculable").arg(d->analysisCode, n->analysisCode, d->analysisCode));
    const double q = nv->low / dv->low;
    return failAll(rule, involved, ctx, values, thr,
                   Tr::tr("rapport %1/%2 = %3 (%4), attendu entre %5 et %6")
                       .arg(n->analysisCode, d->analysisCode, frNumber(std::round(q * 100) / 100), values,
                            frNumber(c.minimum), frNumber(c.maximum)));
}

QList<RuleOutcome> anionGap(const Rule &rule, const AnionGapCondition &c, const DossierContext &ctx)
{
    QList<const ResultInput *> ops{numeric(ctx, c.sodium), numeric(ctx, c.chloride), numeric(ctx, c.bicarbonate)};
    if (c.withPotassium)
        ops << numeric(ctx, c.potassium);
    QStringList involved;
    for (const ResultInput *r : ops) {
        if (!r)
            return {};
        involved << r->analysisCode;
    }
    const auto thr = [&] { return Tr::tr("trou anionique entre %1 et %2").arg(frNumber(c.low), frQuantity(c.high, c.unit)); };
    QStringList values;
    const auto allValues = [&] {
        for (const ResultInput *r : ops)
            values << shortValue(*r);
    };
    QList<double> v;
    for (const ResultInput *r : ops) {
        const auto i = ValueInterval::of(r->value, *r, c.unit);
        if (!i || i->censored()) {
            allValues();
            return failAll(rule, involved, ctx, values.join(QStringLiteral(" ; ")), thr(),
                           Tr::tr("trou anionique incalculable (%1 censuré ou non convertible)").arg(r->analysisCode));
        }
        v << i->low;
    }
    double gap = v[0] - (v[1] + v[2]);
    if (c.withPotassium)
        gap += v[3];
    if (gap >= c.low && gap <= c.high)
        return passAll(involved, ctx);
    allValues();
    return failAll(rule, involved, ctx, values.join(QStringLiteral(" ; ")), thr(),
                   Tr::tr("trou anionique %1 (%2), attendu entre %3 et %4")
                       .arg(frQuantity(gap, c.unit), values.join(QStringLiteral(", ")), frNumber(c.low), frQuantity(c.high, c.unit)));
}

QList<RuleOutcome> sum(const Rule &rule, const SumCondition &c, const DossierContext &ctx)
{
    const ResultInput *total = numeric(ctx, c.total);
    if (!total)
        return {};
    QStringList involved{total->analysisCode};
    QList<const ResultInput *> operands{total};
    const auto tv = ValueInterval::of(total->value, *total, total->analysisUnit);
    double s = 0;
    bool censored = !tv || tv->censored();
    for (const QString &code : c.parts) {
        const ResultInput *p = numeric(ctx, code);
        if (!p)
            return {};
        involved << p->analysisCode;
        operands << p;
        const auto pv = ValueInterval::of(p->value, *p, total->analysisUnit);
        if (!pv || pv->censored())
            censored = true;
        else
            s += pv->low;
    }
    if (!censored && std::abs(s - tv->low) <= std::abs(tv->low) * c.tolerancePercent / 100.0)
        return passAll(involved, ctx);
    QStringList values;
    for (const ResultInput *r : operands)
        values << shortValue(*r);
    const QString thr = Tr::tr("somme à ± %1 % de %2").arg(frNumber(c.tolerancePercent), total->analysisCode);
    if (censored)
        return failAll(rule, involved, ctx, values.join(QStringLiteral(" ; ")), thr,
                       Tr::tr("somme %1 incalculable (valeur censurée ou unité non convertible)").arg(c.parts.join(QStringLiteral("+"))));
    return failAll(rule, involved, ctx, values.join(QStringLiteral(" ; ")), thr,
                   Tr::tr("somme %1 = %2 pour %3 %4, écart au-delà de %5 %")
                       .arg(c.parts.join(QStringLiteral("+")), frNumber(s), total->analysisCode, frValue(total->value),
                            frNumber(c.tolerancePercent)));
}

QList<RuleOutcome> deltaScore(const Rule &rule, const DeltaScoreCondition &c, const DossierContext &ctx)
{
    struct Term {
        QString code;
        double z;
        double change;
    };
    QList<Term> compared;
    QStringList present;
    for (const DeltaScoreTerm &t : c.terms) {
        const ResultInput *r = numeric(ctx, t.analysis);
        if (!r)
            continue;
        present << t.analysis;
        const auto cur = ValueInterval::of(r->value, *r, r->analysisUnit);
        if (!cur || cur->censored())
            continue;
        const auto prev = previousInWindow(*r, c.windowDays, r->analysisUnit);
        if (!prev || prev->interval.censored() || prev->interval.low == 0)
            continue;
        const double change = (cur->low - prev->interval.low) / std::abs(prev->interval.low) * 100.0;
        compared << Term{t.analysis, change / t.usualPercent, change};
    }
    if (compared.size() < c.minAnalyses)
        return passAll(present, ctx);
    double sum = 0;
    for (const Term &t : compared)
        sum += t.z * t.z;
    const double score = sum / double(compared.size());
    if (score < c.maxScore)
        return passAll(present, ctx);
    QList<Term> largest = compared;
    std::stable_sort(largest.begin(), largest.end(), [](const Term &a, const Term &b) { return std::abs(a.z) > std::abs(b.z); });
    QStringList shown;
    for (qsizetype i = 0; i < std::min<qsizetype>(4, largest.size()); ++i)
        shown << QStringLiteral("%1 %2%3 %").arg(largest[i].code, largest[i].change >= 0 ? QStringLiteral("+") : QString(),
                                                frNumber(std::round(largest[i].change * 10) / 10));
    const QString thr = Tr::tr("score < %1 sur au moins %2 analyses").arg(frNumber(c.maxScore)).arg(c.minAnalyses);
    return failAll(rule, present, ctx, shown.join(QStringLiteral(" ; ")), thr,
                   Tr::tr("score de variation %1 sur %2 analyses (seuil %3), surtout %4 : prélèvement d'un autre patient ?")
                       .arg(frNumber(std::round(score * 10) / 10))
                       .arg(compared.size())
                       .arg(frNumber(c.maxScore), shown.join(QStringLiteral(", "))));
}

QList<RuleOutcome> concordantChange(const Rule &rule, const ConcordantChangeCondition &c, const QStringList &targets,
                                    const DossierContext &ctx)
{
    QStringList up;
    QStringList down;
    QStringList compared;
    QStringList upText;
    QStringList downText;
    for (const QString &code : targets) {
        const ResultInput *r = numeric(ctx, code);
        if (!r)
            continue;
        const auto cur = ValueInterval::of(r->value, *r, r->analysisUnit);
        if (!cur || cur->censored())
            continue;
        const auto prev = previousInWindow(*r, c.windowDays, r->analysisUnit);
        if (!prev || prev->interval.censored() || prev->interval.low == 0)
            continue;
        compared << code;
        const double rel = (cur->low - prev->interval.low) / std::abs(prev->interval.low) * 100.0;
        const auto t = [&] {
            return QStringLiteral("%1 %2%3 %").arg(code, rel >= 0 ? QStringLiteral("+") : QString(),
                                                   frNumber(std::round(rel * 10) / 10));
        };
        if (rel >= c.relativePercent) {
            up << code;
            upText << t();
        } else if (rel <= -c.relativePercent) {
            down << code;
            downText << t();
        }
    }
    const auto threshold = [&] {
        return c.sameDirection
                            ? Tr::tr("moins de %1 analyses variant de ≥ %2 % dans le même sens en %3 jours")
                                  .arg(c.minAnalyses)
                                  .arg(frNumber(c.relativePercent))
                                  .arg(c.windowDays)
                            : Tr::tr("moins de %1 analyses variant de ≥ %2 % en %3 jours")
                                  .arg(c.minAnalyses)
                                  .arg(frNumber(c.relativePercent))
                                  .arg(c.windowDays);
    };
    QStringList moved;
    QStringList movedText;
    if (c.sameDirection) {
        if (up.size() >= c.minAnalyses) {
            moved = up;
            movedText = upText;
        }
        if (down.size() >= c.minAnalyses) {
            moved += down;
            movedText += downText;
        }
    } else if (up.size() + down.size() >= c.minAnalyses) {
        moved = up + down;
        movedText = upText + downText;
    }
    if (moved.isEmpty())
        return passAll(compared, ctx);
    // Hold every analysis of the rule in the dossier: when the sample is suspect, so are the ones
    // that moved less or have no antériorité.
    QStringList present;
    for (const QString &code : targets)
        if (ctx.byCode.contains(code))
            present << code;
    return failAll(rule, present, ctx, movedText.join(QStringLiteral(" ; ")), threshold(),
                   Tr::tr("%1 analyses ont varié ensemble (%2) : prélèvement dilué ou d'un autre patient ?")
                       .arg(moved.size())
                       .arg(movedText.join(QStringLiteral(", "))));
}

} // namespace sgl::domain::autoval::checks
