// Critical value detection (issue 12, item 4): flags LL/HH/AA, or the critical limits of the
// range that applies, censored values only when certain.

#include "domain/validation/CriticalValue.h"

#include <gtest/gtest.h>

using namespace sgl::domain;
using namespace Qt::StringLiterals;

namespace {

ReferenceRange potassium()
{
    ReferenceRange r;
    r.low = 3.5;
    r.high = 5.1;
    r.criticalLow = 2.5;
    r.criticalHigh = 6.5;
    return r;
}

LabResult numeric(const QString &text, std::optional<AbnormalFlag> flag = std::nullopt)
{
    LabResult r;
    r.analysisCode = u"K"_s;
    r.state = ValidationState::TechnicallyValidated;
    r.value = *ResultValue::parseNumeric(text, u"mmol/L"_s);
    r.flag = flag;
    return r;
}

} // namespace

TEST(CriticalValue, CriticalFlagsAreCriticalWhateverTheRange)
{
    EXPECT_TRUE(CriticalValue::isCritical(numeric(u"4"_s, AbnormalFlag::CriticalHigh), std::nullopt));
    EXPECT_TRUE(CriticalValue::isCritical(numeric(u"4"_s, AbnormalFlag::CriticalLow), potassium()));
    LabResult coded;
    coded.value = ResultValue::ofText(u"Positif"_s);
    coded.flag = AbnormalFlag::CriticalAbnormal;
    EXPECT_TRUE(CriticalValue::isCritical(coded, std::nullopt));
    EXPECT_FALSE(CriticalValue::isCritical(numeric(u"5,5"_s, AbnormalFlag::High), potassium()));
    EXPECT_FALSE(CriticalValue::isCritical(numeric(u"4"_s, AbnormalFlag::Normal), std::nullopt));
}

TEST(CriticalValue, CatalogueLimitsCountEvenWithoutAFlag)
{
    EXPECT_TRUE(CriticalValue::isCritical(numeric(u"7"_s), potassium()));
    EXPECT_TRUE(CriticalValue::isCritical(numeric(u"2,4"_s), potassium()));
    EXPECT_FALSE(CriticalValue::isCritical(numeric(u"6,5"_s), potassium())) << "the limit itself is not beyond";
    EXPECT_FALSE(CriticalValue::isCritical(numeric(u"2,5"_s), potassium()));
    EXPECT_FALSE(CriticalValue::isCritical(numeric(u"7"_s), std::nullopt)) << "no range, no limit";
    ReferenceRange open = potassium();
    open.criticalHigh.reset();
    EXPECT_FALSE(CriticalValue::isCritical(numeric(u"9"_s), open));
    EXPECT_EQ(CriticalValue::crossedLimit(numeric(u"7"_s), potassium()), u"seuil critique haut 6,5"_s);
    EXPECT_EQ(CriticalValue::crossedLimit(numeric(u"2"_s), potassium()), u"seuil critique bas 2,5"_s);
    EXPECT_TRUE(CriticalValue::crossedLimit(numeric(u"4"_s), potassium()).isEmpty());
}

TEST(CriticalValue, CensoredValuesOnlyWhenCertain)
{
    EXPECT_TRUE(CriticalValue::isCritical(numeric(u">10"_s), potassium()));
    EXPECT_TRUE(CriticalValue::isCritical(numeric(u">6,5"_s), potassium())) << "everything above 6,5";
    EXPECT_FALSE(CriticalValue::isCritical(numeric(u">5"_s), potassium())) << "may be 5,2";
    EXPECT_TRUE(CriticalValue::isCritical(numeric(u"<2"_s), potassium()));
    EXPECT_TRUE(CriticalValue::isCritical(numeric(u"<2,5"_s), potassium()));
    EXPECT_FALSE(CriticalValue::isCritical(numeric(u"<=2,5"_s), potassium())) << "2,5 itself is not critical";
    EXPECT_FALSE(CriticalValue::isCritical(numeric(u"<3"_s), potassium()));
    EXPECT_FALSE(CriticalValue::isCritical(numeric(u">1"_s), potassium()));
}

TEST(CriticalValue, CancelledOrEmptyResultsAreNeverCritical)
{
    LabResult cancelled = numeric(u"9"_s, AbnormalFlag::CriticalHigh);
    cancelled.state = ValidationState::Cancelled;
    EXPECT_FALSE(CriticalValue::isCritical(cancelled, potassium()));
    LabResult empty;
    empty.flag = AbnormalFlag::CriticalHigh;
    EXPECT_FALSE(CriticalValue::isCritical(empty, potassium()));
}
