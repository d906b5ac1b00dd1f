#include "domain/identity/TraitComparison.h"

#include <gtest/gtest.h>

using namespace sgl::domain;

namespace {
IdentityTraits adrun()
{
    IdentityTraits t;
    t.birthName = QStringLiteral("ADRUN");
    t.firstBirthName = QStringLiteral("ZOE");
    t.birthFirstNames = {QStringLiteral("ZOE")};
    t.birthDateRaw = QStringLiteral("1975-12-31");
    t.birthDate = QDate(1975, 12, 31);
    t.sex = Sex::Female;
    t.birthPlaceCog = QStringLiteral("63220");
    return t;
}
} // namespace

TEST(TraitComparison, AccentsAndCaseAreIgnored)
{
    IdentityTraits local = adrun();
    local.birthName = QStringLiteral("Adrun");
    local.firstBirthName = QStringLiteral("Zoé");
    local.birthFirstNames = {QStringLiteral("Zoé")};
    const auto cmp = TraitComparison::compare(local, adrun());
    EXPECT_TRUE(cmp.compatible());
    EXPECT_EQ(cmp.rows().size(), 6);
}

TEST(TraitComparison, ReportsDifferingFields)
{
    IdentityTraits local = adrun();
    local.sex = Sex::Male;
    local.birthDateRaw = QStringLiteral("1975-12-30");
    const auto cmp = TraitComparison::compare(local, adrun());
    EXPECT_FALSE(cmp.compatible());
    EXPECT_EQ(cmp.differingFields(), (QStringList{QStringLiteral("birthDate"), QStringLiteral("sex")}));
    EXPECT_EQ(cmp.rows()[3].local, QStringLiteral("30/12/1975"));
}

TEST(TraitComparison, MissingLocalCogIsNotAContradiction)
{
    IdentityTraits local = adrun();
    local.birthPlaceCog.clear();
    const auto cmp = TraitComparison::compare(local, adrun());
    EXPECT_TRUE(cmp.compatible());
    EXPECT_TRUE(cmp.rows().last().localMissing);
}

TEST(TraitComparison, PartialInsiDateDiffersFromFullLocalDate)
{
    IdentityTraits remote = adrun();
    remote.birthDateRaw = QStringLiteral("1975-00-00");
    remote.birthDate = QDate();
    const auto cmp = TraitComparison::compare(adrun(), remote);
    EXPECT_EQ(cmp.differingFields(), QStringList{QStringLiteral("birthDate")});
}
