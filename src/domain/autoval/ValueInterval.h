#pragma once

#include "domain/autoval/DossierInput.h"

#include <QString>

#include <optional>

namespace sgl::domain::autoval {

/**
 * The set of values a numeric result may stand for, in one unit (internal to the engine): an exact
 * value is [v, v]; "<x" is [0, x) for x > 0 (quantities are not negative), (-inf, x) otherwise;
 * ">x" is (x, +inf). Bounds may be infinite.
 */
struct ValueInterval {
    double low = 0;
    double high = 0;
    bool lowOpen = false;
    bool highOpen = false;

    [[nodiscard]] bool exact() const { return low == high && !lowOpen && !highOpen; }
    [[nodiscard]] bool censored() const { return !exact(); }
    /** Every value is >= limit (inclusive limit). */
    [[nodiscard]] bool allAtLeast(double limit) const { return low >= limit; }
    /** Every value is <= limit. */
    [[nodiscard]] bool allAtMost(double limit) const { return high <= limit; }
    /** Some value is < limit (strictly). */
    [[nodiscard]] bool someBelow(double limit) const { return low < limit; }
    /** Some value is > limit (strictly). */
    [[nodiscard]] bool someAbove(double limit) const { return high > limit; }
    /** Some value is >= limit. */
    [[nodiscard]] bool someAtLeast(double limit) const { return high > limit || (high == limit && !highOpen); }
    /** Some value is <= limit. */
    [[nodiscard]] bool someAtMost(double limit) const { return low < limit || (low == limit && !lowOpen); }

    /**
     * The interval of a numeric value expressed in `unit` (analysis unit, second unit, or a unit
     * UnitConversion converts to with certainty); nullopt when the value is not numeric, unreadable
     * or not convertible.
     */
    [[nodiscard]] static std::optional<ValueInterval> of(const ResultValue &value, const ResultInput &result,
                                                         const QString &unit);
    /** The factor f with value_in_to = value_in_from × f, for this analysis; nullopt when uncertain. */
    [[nodiscard]] static std::optional<double> factor(const QString &from, const QString &to, const ResultInput &result);
};

/** French decimal ("5,1", "0,25", "1 000"): shortest form, decimal comma. */
[[nodiscard]] QString frNumber(double value);
/** "5,1 mmol/L" (no unit when empty or "1"). */
[[nodiscard]] QString frQuantity(double value, const QString &unit);
/** The result as displayed with its unit ("< 0,5 mg/L", "Positif"). */
[[nodiscard]] QString frValue(const ResultValue &value);
/** "Potassium (K)" or the code. */
[[nodiscard]] QString analysisName(const ResultInput &result);

} // namespace sgl::domain::autoval
