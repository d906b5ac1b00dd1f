#include "domain/lab/AbnormalFlagRule.h"

#include <limits>

namespace sgl::domain {

namespace {

/** The set of values a (possibly censored) numeric result stands for. */
struct Interval {
    double low = -std::numeric_limits<double>::infinity();
    double high = std::numeric_limits<double>::infinity();
    bool lowOpen = true;
    bool highOpen = true;
};

std::optional<Interval> intervalOf(const ResultValue &v)
{
    const auto d = v.toDouble();
    if (v.kind != ResultValue::Kind::Numeric || !d)
        return std::nullopt;
    Interval i;
    switch (v.comparator) {
    case Comparator::None:
        i.low = i.high = *d;
        i.lowOpen = i.highOpen = false;
        break;
    case Comparator::Less:
        i.high = *d;
        break;
    case Comparator::LessOrEqual:
        i.high = *d;
        i.highOpen = false;
        break;
    case Comparator::Greater:
        i.low = *d;
        break;
    case Comparator::GreaterOrEqual:
        i.low = *d;
        i.lowOpen = false;
        break;
    }
    return i;
}

// Limits are inclusive bounds of the normal (or valid) interval: a value equal to a limit is
// inside it.
bool certainlyBelow(const Interval &i, std::optional<double> limit)
{
    return limit && (i.high < *limit || (i.high == *limit && i.highOpen && i.high != i.low));
}

bool certainlyAbove(const Interval &i, std::optional<double> limit)
{
    return limit && (i.low > *limit || (i.low == *limit && i.lowOpen && i.high != i.low));
}

bool certainlyWithin(const Interval &i, std::optional<double> low, std::optional<double> high)
{
    return (!low || i.low >= *low) && (!high || i.high <= *high);
}

} // namespace

std::optional<AbnormalFlag> AbnormalFlagRule::flag(const std::optional<ReferenceRange> &range, const ResultValue &value)
{
    const auto i = intervalOf(value);
    if (!i || !range)
        return std::nullopt;
    if (certainlyBelow(*i, range->criticalLow))
        return AbnormalFlag::CriticalLow;
    if (certainlyAbove(*i, range->criticalHigh))
        return AbnormalFlag::CriticalHigh;
    if (certainlyBelow(*i, range->low))
        return AbnormalFlag::Low;
    if (certainlyAbove(*i, range->high))
        return AbnormalFlag::High;
    if (!range->low && !range->high)
        return std::nullopt; // text-only range: nothing to compare with
    if (certainlyWithin(*i, range->low, range->high))
        return AbnormalFlag::Normal;
    return std::nullopt;
}

std::optional<AbnormalFlag> AbnormalFlagRule::flag(const Analysis &analysis, const std::optional<ReferenceRange> &range,
                                                   const ResultValue &value)
{
    if (value.kind == ResultValue::Kind::Coded) {
        for (const ValueOption &o : analysis.valueOptions)
            if (o.code == value.coded.code)
                return o.abnormal ? AbnormalFlag::Abnormal : AbnormalFlag::Normal;
        return std::nullopt;
    }
    return flag(range, value);
}

bool AbnormalFlagRule::implausible(const std::optional<ReferenceRange> &range, const ResultValue &value)
{
    const auto i = intervalOf(value);
    if (!i || !range)
        return false;
    return certainlyBelow(*i, range->validLow) || certainlyAbove(*i, range->validHigh);
}

} // namespace sgl::domain
