#include "simulators/insi/InsiIdentityBase.h"

#include <gtest/gtest.h>

using namespace sgl::simulators::insi;

TEST(InsiIdentityBase, ShippedBaseLoadsAndMatches)
{
    auto base = InsiIdentityBase::load(QStringLiteral(SGL_SOURCE_DIR "/resources/simulators/insi/identities.json"));
    ASSERT_TRUE(base.has_value()) << base.error().toString().toStdString();
    EXPECT_GE(base->identities().size(), 10);
    EXPECT_EQ(base->matchTraits(QStringLiteral("de la Fontaine"), QStringLiteral("Anne"), QStringLiteral("F"),
                                QStringLiteral("1962-07-21"), {}).size(), 1);
    EXPECT_EQ(base->matchTraits(QStringLiteral("DE LA FONTAINE"), QStringLiteral("MARIE-CLAIRE ANNE"), QStringLiteral("F"),
                                QStringLiteral("1962-07-21"), {}).size(), 1);
    EXPECT_TRUE(base->matchTraits(QStringLiteral("ADRUN"), QStringLiteral("ZOE"), QStringLiteral("M"),
                                  QStringLiteral("1975-12-31"), {}).isEmpty());
    EXPECT_TRUE(base->idamAllowed(QStringLiteral("SGL-IDAM-TEST-0001")));
    EXPECT_FALSE(base->idamAllowed(QStringLiteral("X")));
}

TEST(InsiIdentityBase, BadFilesAreReportedWithLocation)
{
    auto bad = InsiIdentityBase::fromJson("{ not json", QStringLiteral("b.json"));
    ASSERT_FALSE(bad.has_value());
    EXPECT_EQ(bad.error().code, QStringLiteral("sim.base_format"));
    auto incomplete = InsiIdentityBase::fromJson(
        R"({"identities":[{"birthName":"A","firstNames":["B"],"sex":"X","birthDate":"2000-01-01","ins":{"matricule":"2751263220110","key":"34","oid":"1"}}]})",
        QStringLiteral("c.json"));
    ASSERT_FALSE(incomplete.has_value());
    EXPECT_EQ(incomplete.error().location, QStringLiteral("c.json:identities[0]"));
    EXPECT_EQ(InsiIdentityBase::load(QStringLiteral("/nonexistent.json")).error().code, QStringLiteral("sim.base_read"));
}
