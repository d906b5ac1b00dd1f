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

#include "domain/identity/IdentityTraitsValidator.h"

TEST(IdentityTraitsValidator, NormalisesToInsForm)
{
    IdentityTraits t;
    t.birthName = QStringLiteral("  d’Aubigné ");
    t.firstBirthName = QStringLiteral("Zoé");
    t.birthDate = QDate(1975, 12, 31);
    t.sex = Sex::Female;
    t.birthPlaceCog = QStringLiteral("2b020");
    auto r = IdentityTraitsValidator::normalise(t, QDate(2026, 1, 1));
    ASSERT_TRUE(r.has_value()) << r.error().toString().toStdString();
    EXPECT_EQ(r->birthName, QStringLiteral("D'AUBIGNE"));
    EXPECT_EQ(r->birthFirstNames, QStringList{QStringLiteral("ZOE")});
    EXPECT_EQ(r->birthDateRaw, QStringLiteral("1975-12-31"));
    EXPECT_EQ(r->birthPlaceCog, QStringLiteral("2B020"));
}

TEST(IdentityTraitsValidator, RefusesBadInputWithField)
{
    IdentityTraits base;
    base.birthName = QStringLiteral("ADRUN");
    base.firstBirthName = QStringLiteral("ZOE");
    base.birthDate = QDate(1975, 12, 31);
    struct Case { IdentityTraits t; const char *code; const char *field; };
    std::vector<Case> cases;
    IdentityTraits t = base; t.birthName = QStringLiteral("ADRUN2"); cases.push_back({t, "identity.invalid_characters", "birthName"});
    t = base; t.birthName.clear(); cases.push_back({t, "identity.birth_name_required", "birthName"});
    t = base; t.firstBirthName = QStringLiteral(" "); cases.push_back({t, "identity.first_name_required", "firstBirthName"});
    t = base; t.birthFirstNames = {QStringLiteral("ANNE"), QStringLiteral("ZOE")}; cases.push_back({t, "identity.first_names_mismatch", "birthFirstNames"});
    t = base; t.birthDate = QDate(2030, 1, 1); cases.push_back({t, "identity.birth_date", "birthDate"});
    t = base; t.birthDate = QDate(); cases.push_back({t, "identity.birth_date", "birthDate"});
    t = base; t.birthPlaceCog = QStringLiteral("2C020"); cases.push_back({t, "identity.birth_place", "birthPlaceCog"});
    for (const auto &c : cases) {
        auto r = IdentityTraitsValidator::normalise(c.t, QDate(2026, 1, 1));
        ASSERT_FALSE(r.has_value()) << c.code;
        EXPECT_EQ(r.error().code.toStdString(), c.code);
        EXPECT_EQ(r.error().location.toStdString(), c.field);
    }
}

TEST(IdentityTraitsValidator, AcceptsPartialInsiDate)
{
    IdentityTraits t;
    t.birthName = QStringLiteral("LUNAIRE");
    t.firstBirthName = QStringLiteral("ALI");
    t.birthDateRaw = QStringLiteral("1950-00-00");
    auto r = IdentityTraitsValidator::normalise(t, QDate(2026, 1, 1));
    ASSERT_TRUE(r.has_value()) << r.error().toString().toStdString();
    EXPECT_FALSE(r->birthDate.isValid());
}
