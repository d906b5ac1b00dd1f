#pragma once

#include <QString>

#include <optional>

namespace sgl::domain {

/**
 * Interpretation flag, HL7 table 0078 subset used by CR-BIO (interpretationCode) and LAW/ASTM.
 * Critical flags (LL, HH) require an explicit acknowledgement at validation.
 */
enum class AbnormalFlag {
    Normal,        ///< N
    Low,           ///< L
    High,          ///< H
    CriticalLow,   ///< LL
    CriticalHigh,  ///< HH
    Abnormal,      ///< A (coded/text results)
    CriticalAbnormal, ///< AA
    BelowAbsoluteLow, ///< < (below the measurable range)
    AboveAbsoluteHigh ///< > (above the measurable range)
};

[[nodiscard]] QString abnormalFlagCode(AbnormalFlag flag);
[[nodiscard]] std::optional<AbnormalFlag> abnormalFlagFromCode(const QString &code);
[[nodiscard]] bool isCritical(AbnormalFlag flag);

} // namespace sgl::domain
