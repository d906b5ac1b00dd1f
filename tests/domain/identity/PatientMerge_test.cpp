#include "domain/identity/PatientMerge.h"

#include <gtest/gtest.h>

using namespace sgl::domain;

namespace {
Patient p(qint64 id, IdentityStatus status = IdentityStatus::Prov)
{
    Patient x;
    x.id = id;
    x.status = status;
    x.traits.birthName = QStringLiteral("ADRUN");
    x.traits.firstBirthName = QStringLiteral("ZOE");
    x.traits.birthDate = QDate(1975, 12, 31);
    x.traits.sex = Sex::Female;
    return x;
}
Ins ins(const char *m, const char *k)
{
    Ins i;
    i.matricule = QString::fromLatin1(m);
    i.key = QString::fromLatin1(k);
    i.oid = QStringLiteral("1.2.250.1.213.1.4.10");
    return i;
}
} // namespace

TEST(PatientMerge, FillsContactsAndMarksDuplicate)
{
    Patient a = p(1);
    Patient b = p(2);
    b.phone = QStringLiteral("0600000000");
    auto r = PatientMerge::plan(a, b);
    ASSERT_TRUE(r.has_value());
    EXPECT_EQ(r->survivor.phone, QStringLiteral("0600000000"));
    EXPECT_EQ(r->merged.mergedInto, 1);
}

TEST(PatientMerge, TakesInsOnlyWithSameStrictTraits)
{
    Patient a = p(1, IdentityStatus::Vali);
    Patient b = p(2, IdentityStatus::Recup);
    b.ins = ins("2751263220110", "60");
    auto r = PatientMerge::plan(a, b);
    ASSERT_TRUE(r.has_value());
    EXPECT_EQ(r->survivor.ins, b.ins);
    EXPECT_EQ(r->survivor.status, IdentityStatus::Qual);
    b.traits.birthName = QStringLiteral("ADRUNE");
    r = PatientMerge::plan(a, b);
    ASSERT_TRUE(r.has_value());
    EXPECT_TRUE(r->survivor.ins.isEmpty());
    EXPECT_EQ(r->survivor.status, IdentityStatus::Vali);
}

TEST(PatientMerge, RefusesBadMerges)
{
    Patient a = p(1);
    EXPECT_EQ(PatientMerge::plan(a, a).error().code, QStringLiteral("merge.same_patient"));
    Patient b = p(2);
    b.mergedInto = 3;
    EXPECT_EQ(PatientMerge::plan(a, b).error().code, QStringLiteral("merge.already_merged"));
    b.mergedInto = 0;
    a.ins = ins("1090763220834", "89");
    b.ins = ins("2090763220834", "39");
    EXPECT_EQ(PatientMerge::plan(a, b).error().code, QStringLiteral("merge.conflicting_ins"));
}
