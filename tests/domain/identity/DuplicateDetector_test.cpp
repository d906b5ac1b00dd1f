#include "domain/identity/DuplicateDetector.h"

#include <gtest/gtest.h>

using namespace sgl::domain;

namespace {
Patient person(qint64 id, const char *name, const char *first, QDate birth, Sex sex = Sex::Male)
{
    Patient p;
    p.id = id;
    p.traits.birthName = QString::fromUtf8(name);
    p.traits.firstBirthName = QString::fromUtf8(first);
    p.traits.birthDate = birth;
    p.traits.sex = sex;
    return p;
}
} // namespace

TEST(DuplicateDetector, FindsPhoneticVariantWithSameBirthDate)
{
    const QDate d(1970, 5, 4);
    const QList<Patient> existing{person(1, "DUPOND", "Jean", d), person(2, "DUPONT", "Jean", d.addDays(1)),
                                  person(3, "DURAND", "Jean", d)};
    const auto found = DuplicateDetector::find(person(0, "Dupont", "Jéan", d), existing);
    ASSERT_EQ(found.size(), 1);
    EXPECT_EQ(found[0].patientId, 1);
    EXPECT_FALSE(found[0].certain);
    EXPECT_EQ(found[0].score, 95);
    EXPECT_TRUE(found[0].reasons.contains(QStringLiteral("même date de naissance")));
}

TEST(DuplicateDetector, SameInsIsCertainAndSortedFirst)
{
    const QDate d(1970, 5, 4);
    Patient a = person(1, "DUPONT", "JEAN", d);
    Patient b = person(2, "MARTIN", "PAUL", QDate(1980, 1, 1));
    b.ins.matricule = QStringLiteral("1090763220834");
    b.ins.key = QStringLiteral("89");
    Patient n = person(0, "DUPONT", "JEAN", d);
    n.ins = b.ins;
    const auto found = DuplicateDetector::find(n, {a, b});
    ASSERT_EQ(found.size(), 2);
    EXPECT_EQ(found[0].patientId, 2);
    EXPECT_TRUE(found[0].certain);
    EXPECT_EQ(found[0].score, 100);
}

TEST(DuplicateDetector, IgnoresMergedRecordsAndItself)
{
    const QDate d(1970, 5, 4);
    Patient merged = person(1, "DUPONT", "JEAN", d);
    merged.mergedInto = 9;
    Patient self = person(5, "DUPONT", "JEAN", d);
    EXPECT_TRUE(DuplicateDetector::find(self, {merged, self}).isEmpty());
}

TEST(DuplicateDetector, UsedNameMatchesBirthName)
{
    const QDate d(1960, 2, 2);
    Patient married = person(1, "MARTIN", "ANNE", d, Sex::Female);
    married.traits.usedName = QStringLiteral("DUPONT");
    const auto found = DuplicateDetector::find(person(0, "Dupond", "Anne", d, Sex::Female), {married});
    ASSERT_EQ(found.size(), 1);
}
