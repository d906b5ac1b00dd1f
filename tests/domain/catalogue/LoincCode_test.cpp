#include "domain/catalogue/LoincCode.h"
#include "domain/catalogue/LoincSubset.h"

#include "QtPrinters.h"

#include <gtest/gtest.h>

using namespace sgl::domain;

TEST(LoincCode, AcceptsKnownCodes)
{
    for (const char *c : {"2345-7", "718-7", "6690-2", "20-8", "58410-2", "98979-8", "11502-2"})
        EXPECT_TRUE(LoincCode::isValid(QString::fromLatin1(c))) << c;
}

TEST(LoincCode, ComputesCheckDigitMod10)
{
    EXPECT_EQ(LoincCode::checkDigit(QStringLiteral("2345")), 7);
    EXPECT_EQ(LoincCode::checkDigit(QStringLiteral("718")), 7);
    EXPECT_EQ(LoincCode::checkDigit(QStringLiteral("14682")), 9);
    EXPECT_EQ(LoincCode::checkDigit(QStringLiteral("12a")), -1);
    EXPECT_EQ(LoincCode::checkDigit(QString()), -1);
}

TEST(LoincCode, RejectsWrongCheckDigit)
{
    auto r = LoincCode::parse(QStringLiteral("2345-8"), QStringLiteral("ligne 4"));
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().code, QStringLiteral("loinc.check_digit"));
    EXPECT_EQ(r.error().location, QStringLiteral("ligne 4"));
    EXPECT_TRUE(r.error().message.contains(QStringLiteral("attendu 7")));
}

TEST(LoincCode, RejectsBadSyntax)
{
    for (const char *c : {"2345", "2345-", "-7", "2345-77", "12345678-0", "A345-7", "2345 -7",
                          "2345_7", "LP1234-5"}) {
        auto r = LoincCode::parse(QString::fromLatin1(c));
        ASSERT_FALSE(r) << c;
        EXPECT_EQ(r.error().code, QStringLiteral("loinc.syntax")) << c;
    }
    EXPECT_EQ(LoincCode::parse(QStringLiteral("  ")).error().code, QStringLiteral("loinc.empty"));
}

TEST(LoincCode, TrimsSurroundingSpaces)
{
    auto r = LoincCode::parse(QStringLiteral(" 2345-7 "));
    ASSERT_TRUE(r);
    EXPECT_EQ(r->code(), QStringLiteral("2345-7"));
}

TEST(LoincSubset, FlagsValidCodesOutsideSubsetAsUnverified)
{
    LoincSubset subset({LoincEntry{QStringLiteral("2345-7"), QStringLiteral("Glucose"), {}, {}}});
    EXPECT_EQ(subset.status(QStringLiteral("2345-7")), LoincStatus::Verified);
    EXPECT_EQ(subset.status(QStringLiteral("718-7")), LoincStatus::Unverified);
    EXPECT_EQ(subset.status(QStringLiteral("718-8")), LoincStatus::Invalid);
    EXPECT_EQ(subset.status(QString()), LoincStatus::Missing);
}
