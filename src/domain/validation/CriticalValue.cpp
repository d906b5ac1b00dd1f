#include "domain/validation/CriticalValue.h"

#include "domain/Tr.h"

#include <QLocale>

namespace sgl::domain {

namespace {

enum class Side { None, Low, High };

/** The critical side the value is certainly on, None when it is not (or not certainly). */
Side criticalSide(const LabResult &r, const std::optional<ReferenceRange> &range)
{
    if (!range || r.value.kind != ResultValue::Kind::Numeric)
        return Side::None;
    const auto v = r.value.toDouble();
    if (!v)
        return Side::None;
    const Comparator c = r.value.comparator;
    if (range->criticalLow) {
        const double lim = *range->criticalLow;
        // "< x" stands for values below x: all below the limit when x <= limit.
        const bool below = (c == Comparator::None && *v < lim) || (c == Comparator::Less && *v <= lim)
                           || (c == Comparator::LessOrEqual && *v < lim);
        if (below)
            return Side::Low;
    }
    if (range->criticalHigh) {
        const double lim = *range->criticalHigh;
        const bool above = (c == Comparator::None && *v > lim) || (c == Comparator::Greater && *v >= lim)
                           || (c == Comparator::GreaterOrEqual && *v > lim);
        if (above)
            return Side::High;
    }
    return Side::None;
}

} // namespace

bool CriticalValue::isCritical(const LabResult &r, const std::optional<ReferenceRange> &range)
{
    if (r.state == ValidationState::Cancelled || r.value.kind == ResultValue::Kind::Empty)
        return false;
    if (r.flag && domain::isCritical(*r.flag))
        return true;
    return criticalSide(r, range) != Side::None;
}

QString CriticalValue::crossedLimit(const LabResult &r, const std::optional<ReferenceRange> &range)
{
    const QLocale fr(QLocale::French);
    switch (criticalSide(r, range)) {
    case Side::Low:
        return Tr::tr("seuil critique bas %1").arg(fr.toString(*range->criticalLow));
    case Side::High:
        return Tr::tr("seuil critique haut %1").arg(fr.toString(*range->criticalHigh));
    case Side::None:
        break;
    }
    return {};
}

} // namespace sgl::domain
