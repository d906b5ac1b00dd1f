// Deterministic values: same seed, same tube, same test -> same value, whatever the call order.
#include "simulators/analyzer/ResultGenerator.h"

#include <gtest/gtest.h>

using namespace sgl::simulators::analyzer;

TEST(ResultGenerator, SameSeedSameValuesWhateverTheOrder)
{
    const ResultGenerator a(7);
    const ResultGenerator b(7);
    const auto all = a.haematology(QStringLiteral("T1"), ResultGenerator::haematologyTests());
    const auto some = b.haematology(QStringLiteral("T1"), {QStringLiteral("PLT"), QStringLiteral("WBC")});
    ASSERT_EQ(all.size(), 15);
    ASSERT_EQ(some.size(), 2);
    EXPECT_EQ(some[0].code, QStringLiteral("WBC")); // the XN's own order
    EXPECT_EQ(some[0].value, all[0].value);
    EXPECT_EQ(some[1].value, all[8].value);
    const auto chem1 = a.chemistry(QStringLiteral("T1"), {QStringLiteral("K"), QStringLiteral("NA")});
    const auto chem2 = b.chemistry(QStringLiteral("T1"), {QStringLiteral("NA"), QStringLiteral("K")});
    EXPECT_EQ(chem1[0].value, chem2[1].value);
    EXPECT_EQ(chem1[0].code, QStringLiteral("K")); // the order asked
}

TEST(ResultGenerator, OtherSeedOrTubeGivesOtherValues)
{
    const auto x = ResultGenerator(1).haematology(QStringLiteral("T1"), {QStringLiteral("WBC")});
    const auto y = ResultGenerator(2).haematology(QStringLiteral("T1"), {QStringLiteral("WBC")});
    const auto z = ResultGenerator(1).haematology(QStringLiteral("T2"), {QStringLiteral("WBC")});
    EXPECT_NE(x[0].value, y[0].value);
    EXPECT_NE(x[0].value, z[0].value);
}

TEST(ResultGenerator, IndicesAreConsistentAndUnitsAreSysmex)
{
    const auto r = ResultGenerator(3).haematology(QStringLiteral("S9"), ResultGenerator::haematologyTests());
    auto value = [&](const char *code) {
        for (const auto &x : r)
            if (x.code == QLatin1StringView(code))
                return x.value.toDouble();
        return -1.0;
    };
    EXPECT_NEAR(value("MCHC"), value("HGB") / value("HCT") * 100.0, 0.6);
    EXPECT_NEAR(value("HCT"), value("RBC") * value("MCV") / 10.0, 0.4);
    const double diff = value("NEUT#") + value("LYMPH#") + value("MONO#") + value("EO#") + value("BASO#");
    EXPECT_NEAR(diff, value("WBC"), 0.06);
    EXPECT_EQ(r[0].units, QStringLiteral("10*3/uL"));
    EXPECT_EQ(r[1].units, QStringLiteral("10*6/uL"));
    EXPECT_EQ(r[2].units, QStringLiteral("g/dL"));
}

TEST(ResultGenerator, FlagsFollowTheReferenceInterval)
{
    int flagged = 0;
    for (int i = 0; i < 40; ++i) {
        for (const auto &x : ResultGenerator(5).chemistry(QStringLiteral("P%1").arg(i), ResultGenerator::chemistryTests())) {
            const double v = x.value.toDouble();
            const QStringList range = x.reference.split(u'-');
            if (range.size() == 2 && v > range[1].toDouble()) {
                EXPECT_EQ(x.flag, QStringLiteral("H")) << qPrintable(x.code);
            }
            if (x.flag != u"N")
                ++flagged;
        }
    }
    EXPECT_GT(flagged, 0);
}

TEST(ResultGenerator, OverRangeAndQc)
{
    const auto over = ResultGenerator(1).chemistry(QStringLiteral("T"), {QStringLiteral("GLUC3"), QStringLiteral("K")}, 0, true);
    ASSERT_EQ(over.size(), 2);
    EXPECT_EQ(over[0].value, QStringLiteral(">40.0"));
    EXPECT_EQ(over[0].flag, QStringLiteral(">"));
    EXPECT_FALSE(over[1].value.startsWith(u'>'));
    const auto qc = ResultGenerator(1).chemistry(QStringLiteral("QC-CC-L1"), {QStringLiteral("GLUC3")}, 1);
    EXPECT_NEAR(qc[0].value.toDouble(), 5.5, 0.2);
    EXPECT_EQ(qc[0].flag, QStringLiteral("N"));
    EXPECT_TRUE(ResultGenerator(1).chemistry(QStringLiteral("T"), {QStringLiteral("NOPE")}).isEmpty());
}
