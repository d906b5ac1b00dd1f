#include "domain/lab/AbnormalFlag.h"

#include <array>
#include <utility>

namespace sgl::domain {

namespace {
constexpr std::array<std::pair<AbnormalFlag, const char *>, 9> kFlags{{
    {AbnormalFlag::Normal, "N"},
    {AbnormalFlag::Low, "L"},
    {AbnormalFlag::High, "H"},
    {AbnormalFlag::CriticalLow, "LL"},
    {AbnormalFlag::CriticalHigh, "HH"},
    {AbnormalFlag::Abnormal, "A"},
    {AbnormalFlag::CriticalAbnormal, "AA"},
    {AbnormalFlag::BelowAbsoluteLow, "<"},
    {AbnormalFlag::AboveAbsoluteHigh, ">"},
}};
} // namespace

QString abnormalFlagCode(AbnormalFlag flag)
{
    for (const auto &[f, code] : kFlags)
        if (f == flag)
            return QString::fromLatin1(code);
    return QStringLiteral("N");
}

std::optional<AbnormalFlag> abnormalFlagFromCode(const QString &code)
{
    const QString c = code.trimmed().toUpper();
    for (const auto &[f, k] : kFlags)
        if (c == QLatin1String(k))
            return f;
    return std::nullopt;
}

bool isCritical(AbnormalFlag flag)
{
    return flag == AbnormalFlag::CriticalLow || flag == AbnormalFlag::CriticalHigh
        || flag == AbnormalFlag::CriticalAbnormal;
}

} // namespace sgl::domain
