#include "domain/autoval/ValueInterval.h"

#include "domain/catalogue/Analysis.h"
#include "domain/catalogue/UnitConversion.h"

#include <QLocale>

#include <cmath>
#include <limits>

namespace sgl::domain::autoval {

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();

bool unitless(const QString &u)
{
    return u.isEmpty() || u == QStringLiteral("1");
}

bool sameUnit(const QString &a, const QString &b)
{
    return a == b || (unitless(a) && unitless(b));
}

} // namespace

std::optional<double> ValueInterval::factor(const QString &from, const QString &to, const ResultInput &result)
{
    if (sameUnit(from, to))
        return 1.0;
    // UnitConversion reads an analysis's units only: the engine's input carries them.
    Analysis units;
    units.unit = result.analysisUnit;
    units.secondUnit = result.secondUnit;
    units.secondUnitFactor = result.secondUnitFactor;
    return UnitConversion::factor(from, to, &units);
}

std::optional<ValueInterval> ValueInterval::of(const ResultValue &value, const ResultInput &result, const QString &unit)
{
    if (value.kind != ResultValue::Kind::Numeric)
        return std::nullopt;
    const auto v = value.toDouble();
    if (!v || !std::isfinite(*v))
        return std::nullopt;
    const QString target = unit.isEmpty() ? result.analysisUnit : unit;
    const auto f = factor(value.unit, target, result);
    if (!f || *f <= 0)
        return std::nullopt;
    const double x = *v * *f;
    ValueInterval i;
    switch (value.comparator) {
    case Comparator::None:
        i.low = i.high = x;
        break;
    case Comparator::Less:
    case Comparator::LessOrEqual:
        i.low = x > 0 ? 0 : -kInf;
        i.high = x;
        i.highOpen = value.comparator == Comparator::Less;
        break;
    case Comparator::Greater:
    case Comparator::GreaterOrEqual:
        i.low = x;
        i.lowOpen = value.comparator == Comparator::Greater;
        i.high = kInf;
        i.highOpen = true;
        break;
    }
    return i;
}

QString frNumber(double value)
{
    if (!std::isfinite(value))
        return value > 0 ? QStringLiteral("+∞") : QStringLiteral("−∞");
    // Four significant digits at most after rounding noise; decimal comma, no grouping.
    double rounded = std::round(value * 10000.0) / 10000.0;
    if (rounded == 0)
        rounded = 0; // no "-0"
    QLocale fr(QLocale::French);
    fr.setNumberOptions(QLocale::OmitGroupSeparator);
    return fr.toString(rounded, 'f', QLocale::FloatingPointShortest);
}

QString frQuantity(double value, const QString &unit)
{
    return unitless(unit) ? frNumber(value) : QStringLiteral("%1 %2").arg(frNumber(value), unit);
}

QString frValue(const ResultValue &value)
{
    const QString shown = value.displayFr();
    if (value.kind != ResultValue::Kind::Numeric || unitless(value.unit))
        return shown;
    return QStringLiteral("%1 %2").arg(shown, value.unit);
}

QString analysisName(const ResultInput &result)
{
    if (result.analysisLabel.isEmpty() || result.analysisLabel == result.analysisCode)
        return result.analysisCode;
    return QStringLiteral("%1 (%2)").arg(result.analysisLabel, result.analysisCode);
}

} // namespace sgl::domain::autoval
