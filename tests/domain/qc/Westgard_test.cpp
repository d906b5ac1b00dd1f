#include "domain/ErrorCodes.h"
#include "domain/qc/Westgard.h"

#include <QTimeZone>

#include <gtest/gtest.h>

using namespace sgl::domain;
using namespace sgl::domain::qc;

namespace {

// Lot 1: mean 100, SD 10 (z = (v - 100) / 10); lot 2: mean 50, SD 5.
QcPoint p1(double z, int run = 0)
{
    return QcPoint{run, 1, QStringLiteral("L1"), 100.0 + 10.0 * z, 100.0, 10.0,
                   QDateTime(QDate(2026, 12, 1), QTime(8, 0), QTimeZone::utc()).addSecs(run * 3600)};
}

QcPoint p2(double z, int run = 0)
{
    return QcPoint{run, 2, QStringLiteral("L2"), 50.0 + 5.0 * z, 50.0, 5.0,
                   QDateTime(QDate(2026, 12, 1), QTime(8, 0), QTimeZone::utc()).addSecs(run * 3600)};
}

/** History points numbered 1..n in time order (current run is later: run 0 at `now`). */
QList<QcPoint> history1(const QList<double> &zs)
{
    QList<QcPoint> h;
    for (int i = 0; i < zs.size(); ++i)
        h << p1(zs[i], i + 1);
    return h;
}

QcPoint current1(double z)
{
    QcPoint p = p1(z, 0);
    p.at = QDateTime(QDate(2026, 12, 6), QTime(10, 42), QTimeZone::utc());
    return p;
}

QcPoint current2(double z)
{
    QcPoint p = p2(z, 0);
    p.at = QDateTime(QDate(2026, 12, 6), QTime(10, 42), QTimeZone::utc());
    return p;
}

QcEvaluation eval(QcRunInput in)
{
    auto r = Westgard::evaluate(in);
    EXPECT_TRUE(r.has_value()) << (r ? "" : r.error().message.toStdString());
    return r ? *r : QcEvaluation{};
}

bool fired(const QcEvaluation &e, WestgardRule r)
{
    return e.firedRules().contains(r);
}

} // namespace

TEST(Westgard, InControlValueIsAccepted)
{
    const auto e = eval({{current1(0.5)}, history1({0.3, -0.2}), {}});
    EXPECT_EQ(e.outcome, QcOutcome::Accepted);
    EXPECT_TRUE(e.violations.isEmpty());
    EXPECT_EQ(e.mainViolation(), nullptr);
}

TEST(Westgard, FirstRunWithoutHistoryIsEvaluatedAlone)
{
    EXPECT_EQ(eval({{current1(1.5)}, {}, {}}).outcome, QcOutcome::Accepted);
    const auto e = eval({{current1(3.5)}, {}, {}});
    EXPECT_EQ(e.outcome, QcOutcome::Rejected);
    EXPECT_TRUE(fired(e, WestgardRule::R13s));
    EXPECT_FALSE(fired(e, WestgardRule::R22s)); // nothing before it
}

TEST(Westgard, OneTwoSIsAWarningOnly)
{
    const auto e = eval({{current1(2.3)}, history1({0.1}), {}});
    EXPECT_EQ(e.outcome, QcOutcome::Warning);
    ASSERT_EQ(e.violations.size(), 1);
    EXPECT_EQ(e.violations[0].rule, WestgardRule::W12s);
    ASSERT_EQ(e.violations[0].points.size(), 1);
    EXPECT_DOUBLE_EQ(e.violations[0].points[0].value, 123.0);
    EXPECT_TRUE(e.violations[0].text.startsWith(QStringLiteral("1-2s")));
    EXPECT_TRUE(e.violations[0].text.contains(QStringLiteral("123"))) << e.violations[0].text.toStdString();
    EXPECT_TRUE(e.violations[0].text.contains(QStringLiteral("+2,3"))) << e.violations[0].text.toStdString();
}

TEST(Westgard, ExactlyTwoSdFiresNothing)
{
    EXPECT_EQ(eval({{current1(2.0)}, {}, {}}).outcome, QcOutcome::Accepted);
    EXPECT_EQ(eval({{current1(-2.0)}, {}, {}}).outcome, QcOutcome::Accepted);
    // 5.2 with mean 5.0 and SD 0.1 is 2.0000000000000018 SD in floating point: still not beyond.
    QcPoint p{0, 7, QStringLiteral("L7"), 5.2, 5.0, 0.1, QDateTime::currentDateTimeUtc()};
    EXPECT_EQ(eval({{p}, {}, {}}).outcome, QcOutcome::Accepted);
    p.value = 5.2001;
    EXPECT_EQ(eval({{p}, {}, {}}).outcome, QcOutcome::Warning);
}

TEST(Westgard, ExactlyThreeSdIsOnlyAWarning)
{
    const auto e = eval({{current1(3.0)}, {}, {}});
    EXPECT_EQ(e.outcome, QcOutcome::Warning);
    EXPECT_FALSE(fired(e, WestgardRule::R13s));
    EXPECT_TRUE(fired(eval({{current1(-3.01)}, {}, {}}), WestgardRule::R13s));
}

TEST(Westgard, OneThreeSRejectsAndNamesTheValue)
{
    const auto e = eval({{current1(-3.4)}, history1({0.0}), {}});
    EXPECT_EQ(e.outcome, QcOutcome::Rejected);
    ASSERT_NE(e.mainViolation(), nullptr);
    EXPECT_EQ(e.mainViolation()->rule, WestgardRule::R13s);
    EXPECT_DOUBLE_EQ(e.mainViolation()->points.first().value, 66.0);
    EXPECT_TRUE(fired(e, WestgardRule::W12s)); // both reported
}

TEST(Westgard, TwoTwoSAcrossRunsOnTheSameSide)
{
    const auto e = eval({{current1(2.5)}, history1({0.0, 2.1}), {}});
    EXPECT_EQ(e.outcome, QcOutcome::Rejected);
    ASSERT_TRUE(fired(e, WestgardRule::R22s));
    const auto &v = *std::find_if(e.violations.begin(), e.violations.end(),
                                  [](const QcViolation &x) { return x.rule == WestgardRule::R22s; });
    ASSERT_EQ(v.points.size(), 2);
    EXPECT_EQ(v.points[0].runId, 2); // previous run first
    EXPECT_EQ(v.points[1].runId, 0);
}

TEST(Westgard, TwoTwoSNotOnOppositeSidesNorWhenThePreviousIsNotBeyond)
{
    EXPECT_FALSE(fired(eval({{current1(2.5)}, history1({-2.4}), {}}), WestgardRule::R22s));
    EXPECT_FALSE(fired(eval({{current1(2.5)}, history1({2.0}), {}}), WestgardRule::R22s));
    // Not consecutive: an in-control run in between.
    EXPECT_FALSE(fired(eval({{current1(2.5)}, history1({2.4, 0.1}), {}}), WestgardRule::R22s));
}

TEST(Westgard, TwoTwoSWithinTheRunAcrossLevels)
{
    const auto e = eval({{current1(2.2), current2(2.6)}, {}, {}});
    EXPECT_EQ(e.outcome, QcOutcome::Rejected);
    EXPECT_TRUE(fired(e, WestgardRule::R22s));
    EXPECT_FALSE(fired(eval({{current1(2.2), current2(1.6)}, {}, {}}), WestgardRule::R22s));
}

TEST(Westgard, RFourSWithinTheRunAcrossLevels)
{
    const auto e = eval({{current1(2.1), current2(-2.2)}, {}, {}});
    EXPECT_EQ(e.outcome, QcOutcome::Rejected);
    ASSERT_TRUE(fired(e, WestgardRule::R4s));
    const auto &v = *std::find_if(e.violations.begin(), e.violations.end(),
                                  [](const QcViolation &x) { return x.rule == WestgardRule::R4s; });
    ASSERT_EQ(v.points.size(), 2);
    EXPECT_EQ(v.points[0].lotId, 2); // low first
    EXPECT_EQ(v.points[1].lotId, 1);
}

TEST(Westgard, RFourSNeedsBothSidesBeyondTwoSd)
{
    // Range 4.5 SD but the low value is within 2 SD.
    EXPECT_FALSE(fired(eval({{current1(2.8), current2(-1.7)}, {}, {}}), WestgardRule::R4s));
    // Exactly ±2 SD: nothing.
    EXPECT_FALSE(fired(eval({{current1(2.0), current2(-2.0)}, {}, {}}), WestgardRule::R4s));
    // Single level: no R-4s across runs.
    EXPECT_FALSE(fired(eval({{current1(2.5)}, history1({-2.5}), {}}), WestgardRule::R4s));
}

TEST(Westgard, FourOneSOnOneLot)
{
    const auto e = eval({{current1(1.2)}, history1({1.5, 1.1, 1.9}), {}});
    EXPECT_EQ(e.outcome, QcOutcome::Rejected);
    ASSERT_TRUE(fired(e, WestgardRule::R41s));
    EXPECT_EQ(e.mainViolation()->points.size(), 4);
}

TEST(Westgard, FourOneSBrokenByOneValueOrByTheOtherSide)
{
    EXPECT_FALSE(fired(eval({{current1(1.2)}, history1({1.5, 0.9, 1.9}), {}}), WestgardRule::R41s));
    EXPECT_FALSE(fired(eval({{current1(1.2)}, history1({-1.5, 1.1, 1.9}), {}}), WestgardRule::R41s));
    EXPECT_FALSE(fired(eval({{current1(1.0)}, history1({1.5, 1.1, 1.9}), {}}), WestgardRule::R41s)); // exactly 1 SD
    EXPECT_FALSE(fired(eval({{current1(1.2)}, history1({1.1, 1.9}), {}}), WestgardRule::R41s)); // only 3 runs
}

TEST(Westgard, FourOneSAcrossTwoLevelsAndTwoRuns)
{
    QList<QcPoint> history{p1(1.3, 1), p2(1.4, 1)};
    const auto e = eval({{current1(1.2), current2(1.1)}, history, {}});
    ASSERT_TRUE(fired(e, WestgardRule::R41s));
    EXPECT_EQ(e.outcome, QcOutcome::Rejected);
    EXPECT_EQ(e.mainViolation()->points.size(), 4);
}

TEST(Westgard, TenXOnOneLot)
{
    const auto e = eval({{current1(0.4)}, history1({0.1, 0.5, 0.2, 0.9, 0.3, 0.7, 0.2, 0.1, 0.6}), {}});
    EXPECT_EQ(e.outcome, QcOutcome::Rejected);
    ASSERT_TRUE(fired(e, WestgardRule::R10x));
    EXPECT_EQ(e.mainViolation()->points.size(), 10);
}

TEST(Westgard, TenXBrokenByAValueAtTheMean)
{
    EXPECT_FALSE(fired(eval({{current1(0.4)}, history1({0.1, 0.5, 0.2, 0.0, 0.3, 0.7, 0.2, 0.1, 0.6}), {}}),
                       WestgardRule::R10x));
    EXPECT_FALSE(fired(eval({{current1(-0.4)}, history1({0.1, 0.5, 0.2, 0.9, 0.3, 0.7, 0.2, 0.1, 0.6}), {}}),
                       WestgardRule::R10x));
    EXPECT_FALSE(fired(eval({{current1(0.4)}, history1({0.5, 0.2, 0.9, 0.3, 0.7, 0.2, 0.1, 0.6}), {}}),
                       WestgardRule::R10x)); // 9 values only
}

TEST(Westgard, TenXAcrossTwoLevelsAndFiveRuns)
{
    QList<QcPoint> history;
    for (int run = 1; run <= 4; ++run)
        history << p1(-0.3, run) << p2(-0.5, run);
    const auto e = eval({{current1(-0.2), current2(-0.6)}, history, {}});
    EXPECT_TRUE(fired(e, WestgardRule::R10x));
    // A lot not in this run does not count.
    QList<QcPoint> other = history;
    for (QcPoint &p : other)
        if (p.lotId == 2)
            p.lotId = 3;
    EXPECT_FALSE(fired(eval({{current1(-0.2), current2(-0.6)}, other, {}}), WestgardRule::R10x));
}

TEST(Westgard, HistoryIsOrderedByTimeWhateverTheInputOrder)
{
    QList<QcPoint> h = history1({0.0, 2.1});
    std::reverse(h.begin(), h.end()); // the 2.1 (latest) first in the list
    EXPECT_TRUE(fired(eval({{current1(2.5)}, h, {}}), WestgardRule::R22s));
}

TEST(Westgard, OnlyConfiguredRulesApply)
{
    const QcRunInput in{{current1(3.5)}, history1({2.5}), {WestgardRule::R22s}};
    const auto e = eval(in);
    EXPECT_EQ(e.firedRules(), (QList<WestgardRule>{WestgardRule::R22s}));
    EXPECT_EQ(eval({{current1(3.5)}, {}, {WestgardRule::W12s}}).outcome, QcOutcome::Warning);
    EXPECT_EQ(eval({{current1(3.5)}, {}, {WestgardRule::R10x}}).outcome, QcOutcome::Accepted);
}

TEST(Westgard, RejectionRulesAreReportedInRuleOrder)
{
    const auto e = eval({{current1(3.5)}, history1({1.5, 1.2, 2.4}), {}});
    const QList<WestgardRule> expected{WestgardRule::W12s, WestgardRule::R13s, WestgardRule::R22s, WestgardRule::R41s};
    EXPECT_EQ(e.firedRules(), expected);
    EXPECT_EQ(e.mainViolation()->rule, WestgardRule::R13s);
}

TEST(Westgard, RefusesSdZeroAndEmptyRun)
{
    QcPoint bad = current1(1.0);
    bad.sd = 0.0;
    auto r = Westgard::evaluate({{bad}, {}, {}});
    ASSERT_FALSE(r.has_value());
    EXPECT_EQ(r.error().code, errc::QcSdZero);
    r = Westgard::evaluate({{current1(0.0)}, {bad}, {}});
    ASSERT_FALSE(r.has_value());
    EXPECT_EQ(r.error().code, errc::QcSdZero);
    r = Westgard::evaluate({{}, history1({0.0}), {}});
    ASSERT_FALSE(r.has_value());
    EXPECT_EQ(r.error().code, errc::QcEmptyRun);
}

TEST(QcValue, ParsesPlainNumbersWithCommaOrDot)
{
    EXPECT_DOUBLE_EQ(*parseQcValue(QStringLiteral("5,2")), 5.2);
    EXPECT_DOUBLE_EQ(*parseQcValue(QStringLiteral(" 5.2 ")), 5.2);
    EXPECT_DOUBLE_EQ(*parseQcValue(QStringLiteral("-1")), -1.0);
}

TEST(QcValue, RefusesCensoredNonNumericAndEmptyWithAReason)
{
    auto r = parseQcValue(QStringLiteral("<0,5"));
    ASSERT_FALSE(r.has_value());
    EXPECT_EQ(r.error().code, errc::QcCensoredValue);
    EXPECT_TRUE(r.error().message.contains(QStringLiteral("<0,5")));
    EXPECT_EQ(parseQcValue(QStringLiteral(">500")).error().code, errc::QcCensoredValue);
    r = parseQcValue(QStringLiteral("POSITIF"));
    ASSERT_FALSE(r.has_value());
    EXPECT_EQ(r.error().code, errc::QcNotANumber);
    EXPECT_TRUE(r.error().message.contains(QStringLiteral("POSITIF")));
    EXPECT_EQ(parseQcValue(QStringLiteral("  ")).error().code, errc::QcEmptyValue);
    EXPECT_EQ(parseQcValue(QStringLiteral("5,2,1")).error().code, errc::QcNotANumber);
}

TEST(QcOutcome, CodesRoundTrip)
{
    for (const auto o : {QcOutcome::Accepted, QcOutcome::Warning, QcOutcome::Rejected})
        EXPECT_EQ(qcOutcomeFromCode(qcOutcomeCode(o)), o);
    EXPECT_FALSE(qcOutcomeFromCode(QStringLiteral("ok")).has_value());
    EXPECT_EQ(formatQcNumber(5.25), QStringLiteral("5,25"));
}

TEST(WestgardRuleCodes, FromCodesIgnoresSpacesCaseAndDuplicates)
{
    auto rules = westgardRulesFromCodes(QStringLiteral(" 1-3s, r-4s,1-3s ,, 10-X"));
    ASSERT_TRUE(rules);
    EXPECT_EQ(*rules, (QList<WestgardRule>{WestgardRule::R13s, WestgardRule::R4s, WestgardRule::R10x}));
    auto none = westgardRulesFromCodes(QString());
    ASSERT_TRUE(none);
    EXPECT_TRUE(none->isEmpty());
}

TEST(WestgardRuleCodes, FromCodesNamesTheUnknownCode)
{
    QString unknown;
    EXPECT_FALSE(westgardRulesFromCodes(QStringLiteral("1-3s, 2-3s ,R-4s"), &unknown));
    EXPECT_EQ(unknown, QStringLiteral("2-3s"));
    EXPECT_FALSE(westgardRulesFromCodes(QStringLiteral("1-3s,13s"))) << "without the out parameter too";
}
