// DeltaCheck (issue 12, item 2): which previous value is used, absolute and relative thresholds,
// the window, censored and non-numeric values, unit changes, and no previous result.

#include "domain/catalogue/Analysis.h"
#include "domain/lab/DeltaCheck.h"

#include <gtest/gtest.h>

#include <cmath>

using namespace sgl::domain;

namespace {

const QDateTime kNow(QDate(2026, 12, 6), QTime(8, 0), Qt::UTC);

ResultValue num(const char *n, const char *unit = "mmol/L", Comparator c = Comparator::None)
{
    return ResultValue::numeric(QString::fromLatin1(n), QString::fromLatin1(unit), c);
}

DeltaPrevious prev(const char *n, int daysAgo, const char *unit = "mmol/L", Comparator c = Comparator::None)
{
    return DeltaPrevious{num(n, unit, c), kNow.addDays(-daysAgo), daysAgo};
}

Analysis creatinine(std::optional<DeltaRule> rule)
{
    Analysis a;
    a.localCode = QStringLiteral("CREA");
    a.label = QStringLiteral("Créatinine");
    a.unit = QStringLiteral("umol/L");
    a.secondUnit = QStringLiteral("mg/L");
    a.secondUnitFactor = 0.1131;
    a.delta = rule;
    return a;
}

} // namespace

TEST(DeltaCheck, AbsoluteThresholdFiresOnTheMostRecentPreviousInTheWindow)
{
    const DeltaRule rule{1.0, std::nullopt, 30};
    const auto c = DeltaCheck::compare(rule, num("5.5"), kNow, {prev("3.9", 20), prev("4.4", 3), prev("5.4", 40)});
    EXPECT_EQ(c.outcome, DeltaOutcome::Compared);
    ASSERT_TRUE(c.previous);
    EXPECT_EQ(c.previous->resultId, 3);
    EXPECT_DOUBLE_EQ(*c.previousValue, 4.4);
    EXPECT_NEAR(*c.absoluteChange, 1.1, 1e-12);
    EXPECT_NEAR(*c.relativeChange, 25.0, 1e-9);
    EXPECT_EQ(c.intervalSeconds, 3 * 86400);
    EXPECT_DOUBLE_EQ(c.intervalDays(), 3.0);
    EXPECT_TRUE(c.alert);
    EXPECT_EQ(c.fired, DeltaThreshold::Absolute);
    EXPECT_TRUE(c.reason.contains(QStringLiteral("seuil absolu"))) << c.reason.toStdString();
    EXPECT_TRUE(c.reason.contains(QStringLiteral("+1,1 mmol/L"))) << c.reason.toStdString();

    // Exactly the threshold fires (decimal inputs, binary arithmetic).
    EXPECT_TRUE(DeltaCheck::compare(rule, num("6.0"), kNow, {prev("5.0", 1)}).alert);
    // Below it does not, and says so.
    const auto calm = DeltaCheck::compare(rule, num("4.9"), kNow, {prev("4.4", 3)});
    EXPECT_EQ(calm.outcome, DeltaOutcome::Compared);
    EXPECT_FALSE(calm.alert);
    EXPECT_EQ(calm.fired, DeltaThreshold::None);
    EXPECT_TRUE(calm.reason.contains(QStringLiteral("sous les seuils"))) << calm.reason.toStdString();
}

TEST(DeltaCheck, RelativeThresholdWorksBothWaysAndSkipsAZeroPrevious)
{
    const DeltaRule rule{std::nullopt, 30.0, 10};
    const auto down = DeltaCheck::compare(rule, num("60"), kNow, {prev("100", 2)});
    EXPECT_TRUE(down.alert);
    EXPECT_EQ(down.fired, DeltaThreshold::Relative);
    EXPECT_NEAR(*down.relativeChange, -40.0, 1e-9);
    EXPECT_TRUE(down.reason.contains(QStringLiteral("-40 %"))) << down.reason.toStdString();
    // As read on screen: one decimal, not the float's six digits.
    const auto creatinine = DeltaCheck::compare(rule, num("165"), kNow, {prev("98", 1)});
    EXPECT_TRUE(creatinine.reason.contains(QStringLiteral("(+68,4 %)"))) << creatinine.reason.toStdString();
    EXPECT_FALSE(DeltaCheck::compare(rule, num("120"), kNow, {prev("100", 2)}).alert);
    const auto fromZero = DeltaCheck::compare(rule, num("3"), kNow, {prev("0", 2)});
    EXPECT_EQ(fromZero.outcome, DeltaOutcome::Compared);
    EXPECT_FALSE(fromZero.relativeChange);
    EXPECT_FALSE(fromZero.alert);
}

TEST(DeltaCheck, BothThresholdsReportWhichFired)
{
    const DeltaRule rule{1.0, 50.0, 30};
    EXPECT_EQ(DeltaCheck::compare(rule, num("5.5"), kNow, {prev("4.0", 1)}).fired, DeltaThreshold::Absolute);
    EXPECT_EQ(DeltaCheck::compare(rule, num("0.9"), kNow, {prev("0.5", 1)}).fired, DeltaThreshold::Relative);
    const auto both = DeltaCheck::compare(rule, num("9"), kNow, {prev("4.0", 1)});
    EXPECT_EQ(both.fired, DeltaThreshold::Both);
    EXPECT_TRUE(both.reason.contains(QStringLiteral("absolu 1 mmol/L et relatif 50 %"))) << both.reason.toStdString();
    EXPECT_FALSE(DeltaCheck::compare(rule, num("4.5"), kNow, {prev("4.0", 1)}).alert);
}

TEST(DeltaCheck, WindowExcludesOlderAndLaterResults)
{
    const DeltaRule rule{1.0, std::nullopt, 30};
    const auto old = DeltaCheck::compare(rule, num("9"), kNow, {prev("4", 31), prev("4", 400)});
    EXPECT_EQ(old.outcome, DeltaOutcome::NoPrevious);
    EXPECT_FALSE(old.alert);
    EXPECT_FALSE(old.previous);
    EXPECT_TRUE(old.reason.contains(QStringLiteral("30"))) << old.reason.toStdString();
    // The current result itself (same time) and a later one are not "previous".
    const auto same = DeltaCheck::compare(rule, num("9"), kNow, {DeltaPrevious{num("4"), kNow, 1},
                                                                  DeltaPrevious{num("4"), kNow.addDays(1), 2}});
    EXPECT_EQ(same.outcome, DeltaOutcome::NoPrevious);
    // Inside the window at 30 days exactly.
    EXPECT_TRUE(DeltaCheck::compare(rule, num("9"), kNow, {prev("4", 30)}).alert);
}

TEST(DeltaCheck, NoPreviousAndNoRule)
{
    const auto none = DeltaCheck::compare(DeltaRule{1.0, std::nullopt, 30}, num("9"), kNow, {});
    EXPECT_EQ(none.outcome, DeltaOutcome::NoPrevious);
    EXPECT_FALSE(none.alert);
    const auto noRule = DeltaCheck::compare(creatinine(std::nullopt), num("900", "umol/L"), kNow, {prev("80", 1, "umol/L")});
    EXPECT_EQ(noRule.outcome, DeltaOutcome::NoRule);
    EXPECT_FALSE(noRule.alert);
    EXPECT_EQ(deltaOutcomeCode(noRule.outcome), QStringLiteral("no_rule"));
}

TEST(DeltaCheck, CensoredValuesAreNotCompared)
{
    const DeltaRule rule{1.0, 10.0, 30};
    const auto current = DeltaCheck::compare(rule, num("500", "mmol/L", Comparator::Greater), kNow, {prev("4", 1)});
    EXPECT_EQ(current.outcome, DeltaOutcome::Censored);
    EXPECT_FALSE(current.alert);
    EXPECT_TRUE(current.reason.contains(QStringLiteral("> 500"))) << current.reason.toStdString();
    const auto previous = DeltaCheck::compare(rule, num("4"), kNow, {prev("0.5", 1, "mmol/L", Comparator::Less)});
    EXPECT_EQ(previous.outcome, DeltaOutcome::Censored);
    EXPECT_FALSE(previous.alert);
    ASSERT_TRUE(previous.previous);
    EXPECT_TRUE(previous.reason.contains(QStringLiteral("< 0,5"))) << previous.reason.toStdString();
    EXPECT_EQ(deltaOutcomeCode(previous.outcome), QStringLiteral("censored"));
}

TEST(DeltaCheck, NonNumericValuesAreNotCompared)
{
    const DeltaRule rule{1.0, std::nullopt, 30};
    EXPECT_EQ(DeltaCheck::compare(rule, ResultValue::ofText(QStringLiteral("hémolysé")), kNow, {prev("4", 1)}).outcome,
              DeltaOutcome::NotNumeric);
    EXPECT_EQ(DeltaCheck::compare(rule, ResultValue{}, kNow, {prev("4", 1)}).outcome, DeltaOutcome::NotNumeric);
    const auto coded = DeltaCheck::compare(
        rule, num("4"), kNow, {DeltaPrevious{ResultValue::ofCode({QStringLiteral("POS"), {}, {}, {}}), kNow.addDays(-1), 1}});
    EXPECT_EQ(coded.outcome, DeltaOutcome::NotNumeric);
    EXPECT_FALSE(coded.alert);
}

TEST(DeltaCheck, ConvertsAUnitChangeOrRefusesToCompare)
{
    // Creatinine once reported in mg/L (second unit), now in umol/L: 10 mg/L = 88.4 umol/L.
    const Analysis crea = creatinine(DeltaRule{30.0, std::nullopt, 90});
    const auto converted = DeltaCheck::compare(crea, num("130", "umol/L"), kNow, {prev("10", 5, "mg/L")});
    EXPECT_EQ(converted.outcome, DeltaOutcome::Compared);
    EXPECT_NEAR(*converted.previousValue, 10 / 0.1131, 1e-6);
    EXPECT_TRUE(converted.alert);
    // Prefix change only.
    const auto prefix = DeltaCheck::compare(DeltaRule{1.0, std::nullopt, 30}, num("5.0", "mmol/L"), kNow,
                                            {prev("4500", 2, "umol/L")});
    EXPECT_NEAR(*prefix.previousValue, 4.5, 1e-12);
    EXPECT_FALSE(prefix.alert);
    // The absolute threshold is in the analysis unit even when the current value is in the second unit.
    // 88.4 umol/L = 10 mg/L: +4 mg/L = +35.4 umol/L reaches 30 umol/L; +3 mg/L = +26.5 umol/L does not.
    const auto inSecond = DeltaCheck::compare(crea, num("14", "mg/L"), kNow, {prev("88.4", 5, "umol/L")});
    EXPECT_EQ(inSecond.outcome, DeltaOutcome::Compared);
    EXPECT_EQ(inSecond.unit, QStringLiteral("mg/L"));
    EXPECT_TRUE(inSecond.alert) << inSecond.reason.toStdString();
    EXPECT_FALSE(DeltaCheck::compare(crea, num("13", "mg/L"), kNow, {prev("88.4", 5, "umol/L")}).alert);
    // No known conversion.
    const auto unknown = DeltaCheck::compare(DeltaRule{1.0, std::nullopt, 30}, num("5", "mmol/L"), kNow, {prev("0.9", 2, "g/L")});
    EXPECT_EQ(unknown.outcome, DeltaOutcome::UnitMismatch);
    EXPECT_FALSE(unknown.alert);
    EXPECT_TRUE(unknown.reason.contains(QStringLiteral("g/L puis mmol/L"))) << unknown.reason.toStdString();
}
