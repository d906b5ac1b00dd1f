#pragma once

#include "domain/catalogue/Analysis.h"
#include "domain/catalogue/ReferenceRange.h"
#include "domain/lab/AbnormalFlag.h"
#include "domain/lab/ResultValue.h"

#include <optional>

namespace sgl::domain {

/**
 * The interpretation flag (HL7 table 0078) of a result against the range that applies to the
 * patient. A censored value is an interval (">500" is everything above 500): a flag is given
 * only when the whole interval is on one side of a limit, so "<5" against a normal range of
 * 3,9–5,5 gets no flag rather than a guess. Critical limits win over normal limits. A coded
 * result is A when its value is marked abnormal in the catalogue, N otherwise; text gets none.
 */
class AbnormalFlagRule {
public:
    [[nodiscard]] static std::optional<AbnormalFlag> flag(const std::optional<ReferenceRange> &range,
                                                          const ResultValue &value);
    [[nodiscard]] static std::optional<AbnormalFlag> flag(const Analysis &analysis,
                                                          const std::optional<ReferenceRange> &range,
                                                          const ResultValue &value);
    /**
     * True when the value is certainly outside the range's valid (physiologically possible)
     * limits: such an entry is a typing or instrument error, never a result.
     */
    [[nodiscard]] static bool implausible(const std::optional<ReferenceRange> &range, const ResultValue &value);
};

} // namespace sgl::domain
