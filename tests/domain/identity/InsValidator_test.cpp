#include "domain/identity/InsOid.h"
#include "domain/identity/InsValidator.h"

#include <gtest/gtest.h>

using namespace sgl::domain;

namespace {
Ins nir(const char *m, const char *k, const char *oid = insoid::kNirTest)
{
    Ins ins;
    ins.matricule = QString::fromLatin1(m);
    ins.key = QString::fromLatin1(k);
    ins.oid = QString::fromLatin1(oid);
    return ins;
}
IdentityTraits traits(Sex sex, const char *raw, const char *cog)
{
    IdentityTraits t;
    t.sex = sex;
    t.birthDateRaw = QString::fromLatin1(raw);
    t.birthDate = QDate::fromString(t.birthDateRaw, Qt::ISODate);
    t.birthPlaceCog = QString::fromLatin1(cog);
    return t;
}
} // namespace

TEST(InsOid, KindsAndTestOids)
{
    EXPECT_EQ(insKindFromOid(QStringLiteral("1.2.250.1.213.1.4.10")), InsKind::Nir);
    EXPECT_EQ(insKindFromOid(QStringLiteral("1.2.250.1.213.1.4.11")), InsKind::Nia);
    EXPECT_EQ(insKindFromOid(QStringLiteral("1.2.250.1.213.1.4.8")), InsKind::Nir);
    EXPECT_EQ(insKindFromOid(QStringLiteral("1.2.250.1.213.1.4.9")), InsKind::Nia);
    EXPECT_FALSE(insKindFromOid(QStringLiteral("1.2.250.1.213.1.4.2")).has_value());
    EXPECT_TRUE(isTestInsOid(QStringLiteral("1.2.250.1.213.1.4.10")));
    EXPECT_FALSE(isTestInsOid(QStringLiteral("1.2.250.1.213.1.4.8")));
    EXPECT_EQ(insOidFor(InsKind::Nia, true), QStringLiteral("1.2.250.1.213.1.4.11"));
    EXPECT_EQ(insOidFor(InsKind::Nir, false), QStringLiteral("1.2.250.1.213.1.4.8"));
}

TEST(InsValidator, AcceptsTestOidAndRefusesProductionOidInTestMode)
{
    EXPECT_TRUE(InsValidator::validate(nir("1090763220834", "89")).has_value());
    auto st = InsValidator::validate(nir("1090763220834", "89", insoid::kNir));
    ASSERT_FALSE(st.has_value());
    EXPECT_EQ(st.error().code, QStringLiteral("ins.production_oid"));
    EXPECT_TRUE(InsValidator::validate(nir("1090763220834", "89", insoid::kNir), true).has_value());
}

TEST(InsValidator, RefusesUnknownOidAndBadKey)
{
    auto st = InsValidator::validate(nir("1090763220834", "89", "1.2.3"));
    ASSERT_FALSE(st.has_value());
    EXPECT_EQ(st.error().code, QStringLiteral("ins.unknown_oid"));
    st = InsValidator::validate(nir("1090763220834", "12"));
    ASSERT_FALSE(st.has_value());
    EXPECT_EQ(st.error().code, QStringLiteral("ins.nir_key_mismatch"));
}

TEST(InsValidator, NoHintWhenConsistent)
{
    EXPECT_TRUE(InsValidator::hints(nir("1090763220834", "89"), traits(Sex::Male, "2009-07-14", "63220")).isEmpty());
    EXPECT_TRUE(InsValidator::hints(nir("180032B020401", "23"), traits(Sex::Male, "1980-03-02", "2B020")).isEmpty());
}

TEST(InsValidator, HintsForSexYearMonthPlace)
{
    const auto hints = InsValidator::hints(nir("1090763220834", "89"), traits(Sex::Female, "2008-06-14", "75056"));
    QStringList codes;
    for (const auto &h : hints)
        codes << h.code;
    EXPECT_EQ(codes, (QStringList{QStringLiteral("ins.hint_sex"), QStringLiteral("ins.hint_birth_year"),
                                  QStringLiteral("ins.hint_birth_month"), QStringLiteral("ins.hint_birth_place")}));
}

TEST(InsValidator, PartialDateAndNiaGiveNoHint)
{
    EXPECT_TRUE(InsValidator::hints(nir("1090763220834", "89"), traits(Sex::Male, "2009-00-00", "")).isEmpty());
    EXPECT_TRUE(InsValidator::hints(nir("1090763220888", "35", insoid::kNiaTest), traits(Sex::Female, "1950-01-01", "75056")).isEmpty());
}
