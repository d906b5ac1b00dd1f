#include "domain/catalogue/ReflexRule.h"

#include "domain/Tr.h"


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

bool isNumericCondition(ReflexCondition c)
{
    return c == ReflexCondition::Above || c == ReflexCondition::AtOrAbove || c == ReflexCondition::Below
           || c == ReflexCondition::AtOrBelow;
}

QString reflexConditionLabel(ReflexCondition condition)
{
    switch (condition) {
    case ReflexCondition::Above:
        return Tr::tr("supérieur à");
    case ReflexCondition::AtOrAbove:
        return Tr::tr("supérieur ou égal à");
    case ReflexCondition::Below:
        return Tr::tr("inférieur à");
    case ReflexCondition::AtOrBelow:
        return Tr::tr("inférieur ou égal à");
    case ReflexCondition::Abnormal:
        return Tr::tr("anormal");
    case ReflexCondition::Critical:
        return Tr::tr("critique");
    case ReflexCondition::CodedValue:
        break;
    }
    return Tr::tr("égal à l'une des valeurs");
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
