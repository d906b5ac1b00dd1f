#include "domain/catalogue/ReflexRule.h"

#include <QCoreApplication>

namespace sgl::domain {

QString reflexConditionCode(ReflexCondition condition)
{
    switch (condition) {
    case ReflexCondition::Above:
        return QStringLiteral(">");
    case ReflexCondition::AtOrAbove:
        return QStringLiteral(">=");
    case ReflexCondition::Below:
        return QStringLiteral("<");
    case ReflexCondition::AtOrBelow:
        return QStringLiteral("<=");
    case ReflexCondition::Abnormal:
        return QStringLiteral("abnormal");
    case ReflexCondition::Critical:
        return QStringLiteral("critical");
    case ReflexCondition::CodedValue:
        break;
    }
    return QStringLiteral("coded");
}

std::optional<ReflexCondition> reflexConditionFromCode(const QString &code)
{
    for (ReflexCondition c : {ReflexCondition::Above, ReflexCondition::AtOrAbove, ReflexCondition::Below,
                              ReflexCondition::AtOrBelow, ReflexCondition::Abnormal, ReflexCondition::Critical,
                              ReflexCondition::CodedValue})
        if (reflexConditionCode(c) == code.trimmed().toLower())
            return c;
    return std::nullopt;
}

QString reflexConditionLabel(ReflexCondition condition)
{
    auto tr = [](const char *s) { return QCoreApplication::translate("ReflexRule", s); };
    switch (condition) {
    case ReflexCondition::Above:
        return tr("supérieur à");
    case ReflexCondition::AtOrAbove:
        return tr("supérieur ou égal à");
    case ReflexCondition::Below:
        return tr("inférieur à");
    case ReflexCondition::AtOrBelow:
        return tr("inférieur ou égal à");
    case ReflexCondition::Abnormal:
        return tr("anormal");
    case ReflexCondition::Critical:
        return tr("critique");
    case ReflexCondition::CodedValue:
        break;
    }
    return tr("égal à l'une des valeurs");
}

QStringList ReflexRule::changedFields(const ReflexRule &o) const
{
    QStringList out;
    auto cmp = [&](bool same, const char *name) {
        if (!same)
            out << QString::fromLatin1(name);
    };
    cmp(label == o.label, "label");
    cmp(triggerCode == o.triggerCode, "trigger");
    cmp(condition == o.condition, "condition");
    cmp(threshold == o.threshold, "threshold");
    cmp(codedValues == o.codedValues, "coded_values");
    cmp(addCode == o.addCode, "add");
    cmp(automatic == o.automatic, "automatic");
    cmp(active == o.active, "active");
    return out;
}

} // namespace sgl::domain
