#pragma once

#include "domain/catalogue/ReferenceRange.h"
#include "domain/lab/LabResult.h"

#include <optional>

namespace sgl::domain {

/**
 * Whether a result is a critical value (valeur critique) that must be telephoned to the
 * prescriber before it is validated (shared/specs/lab-workflow.md §4).
 *
 * A result is critical when its flag is LL, HH or AA, or when its numeric value is certainly
 * beyond the critical limits (criticalLow/criticalHigh) of the range that applies to the patient
 * (RangeResolver): a censored value counts only when every value it stands for is beyond the
 * limit ("< 2" is below a critical low of 2,5; "< 5" is not). A stored flag is trusted even when
 * the catalogue's limits changed since: what the technician saw is what is reported. Cancelled
 * results and results without a value are never critical. Pure function.
 */
class CriticalValue {
public:
    [[nodiscard]] static bool isCritical(const LabResult &result, const std::optional<ReferenceRange> &range);
    /** The limit crossed, for messages: "seuil critique bas 2,5" (empty when only the flag says so). */
    [[nodiscard]] static QString crossedLimit(const LabResult &result, const std::optional<ReferenceRange> &range);
};

} // namespace sgl::domain
