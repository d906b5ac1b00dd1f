#include "domain/qc/WestgardRule.h"

#include "domain/Tr.h"

#include <QStringList>

namespace sgl::domain::qc {

QString westgardRuleCode(WestgardRule rule)
{
    switch (rule) {
    case WestgardRule::W12s:
        return QStringLiteral("1-2s");
    case WestgardRule::R13s:
        return QStringLiteral("1-3s");
    case WestgardRule::R22s:
        return QStringLiteral("2-2s");
    case WestgardRule::R4s:
        return QStringLiteral("R-4s");
    case WestgardRule::R41s:
        return QStringLiteral("4-1s");
    case WestgardRule::R10x:
        return QStringLiteral("10-x");
    }
    return {};
}

std::optional<WestgardRule> westgardRuleFromCode(const QString &code)
{
    for (const WestgardRule rule : allWestgardRules())
        if (westgardRuleCode(rule).compare(code.trimmed(), Qt::CaseInsensitive) == 0)
            return rule;
    return std::nullopt;
}

QString westgardRuleLabel(WestgardRule rule)
{
    switch (rule) {
    case WestgardRule::W12s:
        return Tr::tr("une valeur au-delà de 2 écarts-types (alerte)");
    case WestgardRule::R13s:
        return Tr::tr("une valeur au-delà de 3 écarts-types");
    case WestgardRule::R22s:
        return Tr::tr("deux valeurs consécutives au-delà de 2 écarts-types du même côté");
    case WestgardRule::R4s:
        return Tr::tr("deux niveaux d'une même série écartés de plus de 4 écarts-types");
    case WestgardRule::R41s:
        return Tr::tr("quatre valeurs consécutives au-delà d'1 écart-type du même côté");
    case WestgardRule::R10x:
        return Tr::tr("dix valeurs consécutives du même côté de la moyenne");
    }
    return {};
}

bool westgardRuleRejects(WestgardRule rule)
{
    return rule != WestgardRule::W12s;
}

QList<WestgardRule> allWestgardRules()
{
    return {WestgardRule::W12s, WestgardRule::R13s, WestgardRule::R22s,
            WestgardRule::R4s,  WestgardRule::R41s, WestgardRule::R10x};
}

QString westgardRuleCodes(const QList<WestgardRule> &rules)
{
    QStringList codes;
    for (const WestgardRule rule : allWestgardRules())
        if (rules.contains(rule))
            codes << westgardRuleCode(rule);
    return codes.join(QLatin1Char(','));
}

std::optional<QList<WestgardRule>> westgardRulesFromCodes(const QString &codes, QString *unknown)
{
    QList<WestgardRule> rules;
    for (const QString &part : codes.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (part.trimmed().isEmpty())
            continue;
        const auto rule = westgardRuleFromCode(part);
        if (!rule) {
            if (unknown)
                *unknown = part.trimmed();
            return std::nullopt;
        }
        if (!rules.contains(*rule))
            rules << *rule;
    }
    return rules;
}

} // namespace sgl::domain::qc
