#include "domain/ErrorCodes.h"
#include "domain/qc/QcLot.h"
#include "domain/qc/WestgardRule.h"

#include <gtest/gtest.h>

using namespace sgl::domain;
using namespace sgl::domain::qc;

namespace {

QcLot manufacturerLot()
{
    QcLot lot;
    lot.materialId = 1;
    lot.lotNumber = QStringLiteral("L123");
    lot.analyzer = QStringLiteral("cobas");
    lot.analysisCode = QStringLiteral("GLU");
    lot.unit = QStringLiteral("mmol/L");
    lot.mean = 5.0;
    lot.sd = 0.2;
    return lot;
}

} // namespace

TEST(QcLotValidator, AcceptsAManufacturerLot)
{
    EXPECT_TRUE(QcLotValidator::validate(manufacturerLot()).has_value());
}

TEST(QcLotValidator, RefusesSdZeroNamingTheField)
{
    QcLot lot = manufacturerLot();
    lot.sd = 0.0;
    const auto status = QcLotValidator::validate(lot);
    ASSERT_FALSE(status.has_value());
    EXPECT_EQ(status.error().code, errc::QcSdZero);
    EXPECT_EQ(status.error().location, QStringLiteral("sd"));
    EXPECT_TRUE(status.error().message.contains(QStringLiteral("L123")));
}

TEST(QcLotValidator, RefusesNegativeOrMissingSd)
{
    QcLot lot = manufacturerLot();
    lot.sd = -1.0;
    EXPECT_EQ(QcLotValidator::validate(lot).error().code, errc::QcSdZero);
    lot.sd.reset();
    EXPECT_EQ(QcLotValidator::validate(lot).error().code, errc::QcSdZero);
}

TEST(QcLotValidator, RefusesMissingMean)
{
    QcLot lot = manufacturerLot();
    lot.mean.reset();
    const auto status = QcLotValidator::validate(lot);
    ASSERT_FALSE(status.has_value());
    EXPECT_EQ(status.error().code, errc::QcMissingField);
    EXPECT_EQ(status.error().location, QStringLiteral("mean"));
}

TEST(QcLotValidator, RefusesMissingFieldsEachNamed)
{
    const QList<std::pair<std::function<void(QcLot &)>, QString>> cases = {
        {[](QcLot &l) { l.lotNumber = QStringLiteral("  "); }, QStringLiteral("lotNumber")},
        {[](QcLot &l) { l.analyzer.clear(); }, QStringLiteral("analyzer")},
        {[](QcLot &l) { l.analysisCode.clear(); }, QStringLiteral("analysisCode")},
        {[](QcLot &l) { l.materialId = 0; }, QStringLiteral("materialId")},
    };
    for (const auto &[change, field] : cases) {
        QcLot lot = manufacturerLot();
        change(lot);
        const auto status = QcLotValidator::validate(lot);
        ASSERT_FALSE(status.has_value()) << field.toStdString();
        EXPECT_EQ(status.error().code, errc::QcMissingField);
        EXPECT_EQ(status.error().location, field);
    }
}

TEST(QcLotValidator, ComputedLotNeedsTwoRunsAtLeast)
{
    QcLot lot = manufacturerLot();
    lot.source = QcTargetSource::Computed;
    lot.mean.reset();
    lot.sd.reset();
    lot.initialRuns = 1;
    const auto status = QcLotValidator::validate(lot);
    ASSERT_FALSE(status.has_value());
    EXPECT_EQ(status.error().code, errc::QcInitialRuns);
    EXPECT_EQ(status.error().location, QStringLiteral("initialRuns"));
    lot.initialRuns = 2;
    EXPECT_TRUE(QcLotValidator::validate(lot).has_value());
    lot.sd = 0.0;
    EXPECT_EQ(QcLotValidator::validate(lot).error().code, errc::QcSdZero);
}

TEST(QcLotValidator, MaterialNeedsCodeAndLabel)
{
    QcMaterial m{0, QStringLiteral("LQ1"), QStringLiteral("Liquichek 1"), {}, QStringLiteral("1"), true, 0};
    EXPECT_TRUE(QcLotValidator::validate(m).has_value());
    m.code.clear();
    EXPECT_EQ(QcLotValidator::validate(m).error().location, QStringLiteral("code"));
    m.code = QStringLiteral("LQ1");
    m.label.clear();
    EXPECT_EQ(QcLotValidator::validate(m).error().location, QStringLiteral("label"));
}

TEST(QcTarget, ComputesMeanAndSampleSd)
{
    const auto target = computeTarget({4.0, 5.0, 6.0});
    ASSERT_TRUE(target.has_value());
    EXPECT_DOUBLE_EQ(target->mean, 5.0);
    EXPECT_DOUBLE_EQ(target->sd, 1.0); // n - 1
    EXPECT_EQ(target->count, 3);
}

TEST(QcTarget, RefusesOneRunAndIdenticalRuns)
{
    EXPECT_EQ(computeTarget({5.0}).error().code, errc::QcInitialRuns);
    EXPECT_EQ(computeTarget({}).error().code, errc::QcInitialRuns);
    const auto same = computeTarget({5.0, 5.0, 5.0});
    ASSERT_FALSE(same.has_value());
    EXPECT_EQ(same.error().code, errc::QcSdZero);
    EXPECT_EQ(same.error().location, QStringLiteral("sd"));
}

TEST(QcTargetSource, CodesRoundTrip)
{
    for (const auto s : {QcTargetSource::Manufacturer, QcTargetSource::Computed})
        EXPECT_EQ(qcTargetSourceFromCode(qcTargetSourceCode(s)), s);
    EXPECT_FALSE(qcTargetSourceFromCode(QStringLiteral("guess")).has_value());
}

TEST(WestgardRule, CodesRoundTripAndParseLists)
{
    for (const auto r : allWestgardRules())
        EXPECT_EQ(westgardRuleFromCode(westgardRuleCode(r)), r);
    EXPECT_EQ(westgardRuleFromCode(QStringLiteral("r-4s")), WestgardRule::R4s);
    const auto list = westgardRulesFromCodes(QStringLiteral("1-3s, 2-2s,1-3s"));
    ASSERT_TRUE(list.has_value());
    EXPECT_EQ(*list, (QList<WestgardRule>{WestgardRule::R13s, WestgardRule::R22s}));
    EXPECT_EQ(westgardRuleCodes(*list), QStringLiteral("1-3s,2-2s"));
    EXPECT_FALSE(westgardRulesFromCodes(QStringLiteral("1-3s,8-x")).has_value());
    EXPECT_FALSE(westgardRuleRejects(WestgardRule::W12s));
    EXPECT_TRUE(westgardRuleRejects(WestgardRule::R10x));
}
