#include "domain/catalogue/ReflexEvaluator.h"

#include "domain/Tr.h"

#include <QHash>
#include <QLocale>

#include <cmath>

namespace sgl::domain {

namespace {

/** The set of true values a (possibly censored) measurement stands for. */
struct Interval {
    double low = -INFINITY;
    bool lowOpen = true;
    double high = INFINITY;
    bool highOpen = true;
};

Interval intervalOf(double x, Comparator c)
{
    switch (c) {
    case Comparator::Greater:
        return {x, true, INFINITY, true};
    case Comparator::GreaterOrEqual:
        return {x, false, INFINITY, true};
    case Comparator::Less:
        return {-INFINITY, true, x, true};
    case Comparator::LessOrEqual:
        return {-INFINITY, true, x, false};
    case Comparator::None:
        break;
    }
    return {x, false, x, false};
}

/** True when every value of `v` meets the numeric condition against `t`. */
bool certainlyMeets(const Interval &v, ReflexCondition condition, double t)
{
    switch (condition) {
    case ReflexCondition::Above:
        return v.low > t || (v.low == t && v.lowOpen);
    case ReflexCondition::AtOrAbove:
        return v.low >= t;
    case ReflexCondition::Below:
        return v.high < t || (v.high == t && v.highOpen);
    case ReflexCondition::AtOrBelow:
        return v.high <= t;
    default:
        return false;
    }
}

/** The numeric value in the trigger analysis' catalogue unit, nullopt when not comparable. */
std::optional<double> inCatalogueUnit(const Analysis &trigger, const ResultValue &value)
{
    const std::optional<double> x = value.toDouble();
    if (!x || !std::isfinite(*x))
        return std::nullopt;
    if (value.unit.isEmpty() || value.unit == trigger.unit || (trigger.unit.isEmpty() && value.unit == u"1"))
        return x;
    if (!trigger.secondUnit.isEmpty() && value.unit == trigger.secondUnit && trigger.secondUnitFactor
        && *trigger.secondUnitFactor > 0)
        return *x / *trigger.secondUnitFactor;
    return std::nullopt;
}

QString frenchNumber(double v)
{
    static const QLocale french(QLocale::French);
    return french.toString(v, 'g', 10);
}

/** Why the rule fired, in French, e.g. "TSH = 6,20 mUI/L, supérieur à 4". */
QString reasonFor(const ReflexRule &rule, const Analysis &trigger, const ReflexInput &in)
{
    QString value = in.value.displayFr();
    if (in.value.kind == ResultValue::Kind::Numeric) {
        const QString unit = !in.value.unit.isEmpty() && in.value.unit != trigger.unit
                                 ? in.value.unit
                                 : (trigger.displayUnit.isEmpty() ? trigger.unit : trigger.displayUnit);
        if (!unit.isEmpty() && unit != u"1")
            value += QLatin1Char(' ') + unit;
    } else if (in.value.kind == ResultValue::Kind::Coded && !in.value.coded.displayName.isEmpty()) {
        value += QStringLiteral(" (%1)").arg(in.value.coded.code);
    }
    QString condition = reflexConditionLabel(rule.condition);
    if (rule.threshold)
        condition += QLatin1Char(' ') + frenchNumber(*rule.threshold);
    if ((rule.condition == ReflexCondition::Abnormal || rule.condition == ReflexCondition::Critical) && in.flag)
        condition += QStringLiteral(" (%1)").arg(abnormalFlagCode(*in.flag));
    if (rule.condition == ReflexCondition::CodedValue)
        condition = Tr::tr("valeur déclenchante");
    return Tr::tr("%1 = %2, %3").arg(trigger.label, value, condition);
}

bool fires(const ReflexRule &rule, const Analysis &trigger, const ReflexInput &in)
{
    switch (rule.condition) {
    case ReflexCondition::Abnormal:
        return in.flag && *in.flag != AbnormalFlag::Normal;
    case ReflexCondition::Critical:
        return in.flag && isCritical(*in.flag);
    case ReflexCondition::CodedValue:
        return in.value.kind == ResultValue::Kind::Coded && rule.codedValues.contains(in.value.coded.code);
    case ReflexCondition::Above:
    case ReflexCondition::AtOrAbove:
    case ReflexCondition::Below:
    case ReflexCondition::AtOrBelow:
        break;
    }
    if (in.value.kind != ResultValue::Kind::Numeric || !rule.threshold)
        return false;
    const std::optional<double> x = inCatalogueUnit(trigger, in.value);
    return x && certainlyMeets(intervalOf(*x, in.value.comparator), rule.condition, *rule.threshold);
}

} // namespace

QList<ReflexProposal> ReflexEvaluator::evaluate(const Catalogue &catalogue, const QList<ReflexInput> &results,
                                                const QSet<QString> &orderedCodes)
{
    QHash<QString, const ReflexInput *> latest;
    for (const ReflexInput &in : results)
        latest.insert(in.analysisCode, &in);

    QList<ReflexProposal> out;
    for (const ReflexRule &rule : catalogue.reflexRules) {
        if (!rule.active)
            continue;
        // Most rules have no result to look at in a given dossier: skip them before any
        // catalogue lookup.
        const ReflexInput *in = latest.value(rule.triggerCode);
        if (!in)
            continue;
        const Analysis *trigger = catalogue.analysis(rule.triggerCode);
        if (!trigger || !fires(rule, *trigger, *in))
            continue;
        QStringList toAdd;
        if (const Analysis *a = catalogue.analysis(rule.addCode)) {
            if (!a->retired && !orderedCodes.contains(a->localCode))
                toAdd << a->localCode;
        } else if (const Exam *e = catalogue.exam(rule.addCode); e && !e->retired) {
            for (const QString &code : e->analysisCodes) {
                const Analysis *a = catalogue.analysis(code);
                if (a && !a->retired && !orderedCodes.contains(code) && !toAdd.contains(code))
                    toAdd << code;
            }
        }
        if (toAdd.isEmpty())
            continue;
        ReflexProposal p;
        p.ruleCode = rule.code;
        p.ruleLabel = rule.label;
        p.triggerCode = rule.triggerCode;
        p.addCode = rule.addCode;
        p.analysisCodes = toAdd;
        p.automatic = rule.automatic;
        p.reason = reasonFor(rule, *trigger, *in);
        out << p;
    }
    return out;
}

} // namespace sgl::domain
