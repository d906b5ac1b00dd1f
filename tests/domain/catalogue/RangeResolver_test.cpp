#include "domain/catalogue/RangeResolver.h"

#include "QtPrinters.h"

#include <gtest/gtest.h>

using namespace sgl::domain;

namespace {

ReferenceRange range(std::optional<Sex> sex, const char *min, const char *max, double low, double high)
{
    ReferenceRange r;
    r.sex = sex;
    r.ageMin = *AgeLimit::parse(QString::fromLatin1(min));
    if (max)
        r.ageMax = AgeLimit::parse(QString::fromLatin1(max));
    r.low = low;
    r.high = high;
    return r;
}

// Haemoglobin-like: children any sex, adults by sex.
QList<ReferenceRange> hemoglobin()
{
    return {range(std::nullopt, "0d", "30d", 14.5, 22.5), range(std::nullopt, "30d", "18y", 11.0, 15.5),
            range(Sex::Female, "18y", nullptr, 12.0, 16.0), range(Sex::Male, "18y", nullptr, 13.0, 17.0)};
}

} // namespace

TEST(AgeLimit, ParsesUnits)
{
    EXPECT_EQ(AgeLimit::parse(QStringLiteral("30d"))->unit, AgeLimit::Unit::Days);
    EXPECT_EQ(AgeLimit::parse(QStringLiteral("6m"))->value, 6);
    EXPECT_EQ(AgeLimit::parse(QStringLiteral("18a"))->unit, AgeLimit::Unit::Years);
    EXPECT_EQ(AgeLimit::parse(QStringLiteral("15j"))->unit, AgeLimit::Unit::Days);
    for (const char *bad : {"", "18", "y", "-1y", "1.5y", "18x", "1 8y"})
        EXPECT_FALSE(AgeLimit::parse(QString::fromLatin1(bad))) << bad;
}

TEST(AgeLimit, CountsCompletedUnits)
{
    const QDate birth(2000, 2, 29);
    EXPECT_EQ(AgeLimit::completed(AgeLimit::Unit::Years, birth, QDate(2018, 2, 28)), 18);
    EXPECT_EQ(AgeLimit::completed(AgeLimit::Unit::Years, birth, QDate(2018, 2, 27)), 17);
    EXPECT_EQ(AgeLimit::completed(AgeLimit::Unit::Months, QDate(2024, 1, 31), QDate(2024, 2, 29)), 1);
    EXPECT_EQ(AgeLimit::completed(AgeLimit::Unit::Months, QDate(2024, 1, 31), QDate(2024, 2, 28)), 0);
    EXPECT_EQ(AgeLimit::completed(AgeLimit::Unit::Days, QDate(2024, 1, 1), QDate(2024, 1, 31)), 30);
}

TEST(RangeResolver, PicksSexSpecificAdultRange)
{
    auto r = RangeResolver::resolve(hemoglobin(), Sex::Female, QDate(1980, 5, 1), QDate(2026, 1, 10));
    ASSERT_TRUE(r);
    EXPECT_EQ(r->low, 12.0);
    r = RangeResolver::resolve(hemoglobin(), Sex::Male, QDate(1980, 5, 1), QDate(2026, 1, 10));
    ASSERT_TRUE(r);
    EXPECT_EQ(r->low, 13.0);
}

TEST(RangeResolver, AgeExactlyOnBracketLimitBelongsToUpperBracket)
{
    // 18th birthday on the collection day: adult range (brackets are [min, max)).
    auto r = RangeResolver::resolve(hemoglobin(), Sex::Male, QDate(2008, 3, 15), QDate(2026, 3, 15));
    ASSERT_TRUE(r);
    EXPECT_EQ(r->low, 13.0);
    // The day before: still a child.
    r = RangeResolver::resolve(hemoglobin(), Sex::Male, QDate(2008, 3, 15), QDate(2026, 3, 14));
    ASSERT_TRUE(r);
    EXPECT_EQ(r->low, 11.0);
    // Newborn: day 30 is the first day of the second bracket, day 29 the last of the first.
    r = RangeResolver::resolve(hemoglobin(), Sex::Female, QDate(2026, 1, 1), QDate(2026, 1, 31));
    ASSERT_TRUE(r);
    EXPECT_EQ(r->low, 11.0);
    r = RangeResolver::resolve(hemoglobin(), Sex::Female, QDate(2026, 1, 1), QDate(2026, 1, 30));
    ASSERT_TRUE(r);
    EXPECT_EQ(r->low, 14.5);
}

TEST(RangeResolver, UnknownSexGetsOnlyAnySexRanges)
{
    EXPECT_FALSE(RangeResolver::resolve(hemoglobin(), Sex::Unknown, QDate(1980, 5, 1), QDate(2026, 1, 10)));
    auto child = RangeResolver::resolve(hemoglobin(), Sex::Unknown, QDate(2020, 5, 1), QDate(2026, 1, 10));
    ASSERT_TRUE(child);
    EXPECT_EQ(child->low, 11.0);
}

TEST(RangeResolver, SexSpecificRangeWinsOverAnySex)
{
    QList<ReferenceRange> ranges = {range(std::nullopt, "0d", nullptr, 1, 2),
                                    range(Sex::Female, "0d", nullptr, 3, 4)};
    EXPECT_EQ(RangeResolver::resolve(ranges, Sex::Female, QDate(1990, 1, 1), QDate(2026, 1, 1))->low, 3.0);
    EXPECT_EQ(RangeResolver::resolve(ranges, Sex::Male, QDate(1990, 1, 1), QDate(2026, 1, 1))->low, 1.0);
}

TEST(RangeResolver, UnknownBirthDateOnlyMatchesWholeLifeRange)
{
    EXPECT_FALSE(RangeResolver::resolve(hemoglobin(), Sex::Male, QDate(), QDate(2026, 1, 1)));
    QList<ReferenceRange> ranges = {range(std::nullopt, "0d", nullptr, 1, 2)};
    EXPECT_TRUE(RangeResolver::resolve(ranges, Sex::Male, QDate(), QDate(2026, 1, 1)));
    // Collection before birth (data entry error) is treated as unknown age.
    EXPECT_FALSE(RangeResolver::resolve(hemoglobin(), Sex::Male, QDate(2026, 2, 1), QDate(2026, 1, 1)));
}

#include "domain/catalogue/CatalogueLookup.h"

TEST(CatalogueLookup, GivesSectionLoincAndPatientInterval)
{
    Catalogue c;
    c.chapters << Chapter{QStringLiteral("BIO"), QStringLiteral("Biochimie"), QStringLiteral("18719-5"), {}, 1}
               << Chapter{QStringLiteral("LIP"), QStringLiteral("Lipides"), {}, QStringLiteral("BIO"), 2};
    Analysis hdl;
    hdl.localCode = QStringLiteral("HDL");
    hdl.unit = QStringLiteral("mmol/L");
    hdl.decimals = 2;
    hdl.ranges = {range(Sex::Female, "0d", nullptr, 1.3, 2.5), range(Sex::Male, "0d", nullptr, 1.0, 2.2)};
    c.analyses << hdl;
    c.exams << Exam{QStringLiteral("EAL"), QStringLiteral("EAL"), {}, QStringLiteral("LIP"), {QStringLiteral("HDL")}};
    const CatalogueLookup lookup(c);
    ASSERT_TRUE(lookup.sectionOf(QStringLiteral("HDL")));
    EXPECT_EQ(lookup.sectionOf(QStringLiteral("HDL"))->loinc, QStringLiteral("18719-5"));
    EXPECT_EQ(lookup.chapterOf(QStringLiteral("HDL"))->code, QStringLiteral("LIP"));
    auto iv = lookup.referenceInterval(QStringLiteral("HDL"), Sex::Female, QDate(1970, 1, 1), QDate(2026, 1, 1));
    ASSERT_TRUE(iv);
    EXPECT_EQ(iv->low, QStringLiteral("1.30"));
    EXPECT_EQ(iv->high, QStringLiteral("2.50"));
    EXPECT_EQ(iv->unit, QStringLiteral("mmol/L"));
    EXPECT_FALSE(lookup.referenceInterval(QStringLiteral("HDL"), Sex::Unknown, QDate(1970, 1, 1), QDate(2026, 1, 1)));
    EXPECT_FALSE(lookup.referenceInterval(QStringLiteral("NOPE"), Sex::Female, QDate(1970, 1, 1), QDate(2026, 1, 1)));
    EXPECT_FALSE(lookup.sectionOf(QStringLiteral("NOPE")));
}
