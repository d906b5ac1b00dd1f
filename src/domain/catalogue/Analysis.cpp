#include "domain/catalogue/Analysis.h"

#include <algorithm>

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

namespace {

// Analyzer mappings are a set: their order carries no meaning (storage returns them sorted).
bool sameMappings(QList<AnalyzerMapping> a, QList<AnalyzerMapping> b)
{
    auto less = [](const AnalyzerMapping &x, const AnalyzerMapping &y) {
        return std::pair(x.analyzer, x.code) < std::pair(y.analyzer, y.code);
    };
    std::sort(a.begin(), a.end(), less);
    std::sort(b.begin(), b.end(), less);
    return a == b;
}

} // namespace

QStringList Analysis::changedFields(const Analysis &o) const
{
    QStringList out;
    auto cmp = [&](bool same, const char *name) {
        if (!same)
            out << QString::fromLatin1(name);
    };
    cmp(label == o.label, "label");
    cmp(loinc == o.loinc, "loinc");
    cmp(specimen == o.specimen, "specimen");
    cmp(method == o.method, "method");
    cmp(resultType == o.resultType, "result_type");
    cmp(unit == o.unit, "unit");
    cmp(displayUnit == o.displayUnit, "display_unit");
    cmp(secondUnit == o.secondUnit, "second_unit");
    cmp(secondUnitFactor == o.secondUnitFactor, "second_unit_factor");
    cmp(secondLoinc == o.secondLoinc, "second_loinc");
    cmp(decimals == o.decimals, "decimals");
    cmp(valueOptions == o.valueOptions, "value_list");
    cmp(formula == o.formula, "formula");
    cmp(sameMappings(analyzerMappings, o.analyzerMappings), "analyzer_codes");
    cmp(ranges == o.ranges, "ranges");
    cmp(bench == o.bench, "bench");
    cmp(container == o.container, "container");
    cmp(questions == o.questions, "clinical_questions");
    // The delta rule travels as three columns: name each one that differs.
    const DeltaRule none;
    const DeltaRule &d = delta.value_or(none);
    const DeltaRule &od = o.delta.value_or(none);
    cmp(d.absolute == od.absolute, "delta_absolute");
    cmp(d.relativePercent == od.relativePercent, "delta_relative");
    cmp(d.windowDays == od.windowDays, "delta_window_days");
    cmp(retired == o.retired, "retired");
    return out;
}

bool Analysis::sameDefinition(const Analysis &o) const
{
    return localCode == o.localCode && label == o.label && loinc == o.loinc
           && specimen == o.specimen && method == o.method && resultType == o.resultType
           && unit == o.unit && displayUnit == o.displayUnit && secondUnit == o.secondUnit
           && secondUnitFactor == o.secondUnitFactor && secondLoinc == o.secondLoinc
           && decimals == o.decimals && valueOptions == o.valueOptions && ranges == o.ranges
           && formula == o.formula && sameMappings(analyzerMappings, o.analyzerMappings) && bench == o.bench
           && container == o.container && questions == o.questions && delta == o.delta
           && retired == o.retired;
}

} // namespace sgl::domain
