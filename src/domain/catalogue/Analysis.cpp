#include "domain/catalogue/Analysis.h"

namespace sgl::domain {

QString resultTypeCode(ResultType type)
{
    switch (type) {
    case ResultType::Coded:
        return QStringLiteral("coded");
    case ResultType::Text:
        return QStringLiteral("text");
    case ResultType::Numeric:
        break;
    }
    return QStringLiteral("numeric");
}

std::optional<ResultType> resultTypeFromCode(const QString &code)
{
    const QString c = code.trimmed().toLower();
    if (c == QLatin1String("numeric"))
        return ResultType::Numeric;
    if (c == QLatin1String("coded"))
        return ResultType::Coded;
    if (c == QLatin1String("text"))
        return ResultType::Text;
    return std::nullopt;
}

bool Analysis::sameDefinition(const Analysis &o) const
{
    return localCode == o.localCode && label == o.label && loinc == o.loinc
           && specimen == o.specimen && method == o.method && resultType == o.resultType
           && unit == o.unit && displayUnit == o.displayUnit && secondUnit == o.secondUnit
           && secondUnitFactor == o.secondUnitFactor && secondLoinc == o.secondLoinc
           && decimals == o.decimals && valueOptions == o.valueOptions && ranges == o.ranges
           && formula == o.formula && analyzerMappings == o.analyzerMappings;
}

} // namespace sgl::domain
