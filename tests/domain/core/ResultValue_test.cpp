#include "domain/lab/ResultValue.h"

#include <gtest/gtest.h>

using sgl::domain::Comparator;
using sgl::domain::ResultValue;

TEST(ResultValue, ParsesDecimalCommaAndPoint)
{
    const auto a = ResultValue::parseNumeric(QStringLiteral("5,10"), QStringLiteral("mmol/L"));
    const auto b = ResultValue::parseNumeric(QStringLiteral("5.10"), QStringLiteral("mmol/L"));
    ASSERT_TRUE(a && b);
    EXPECT_EQ(a->number, QStringLiteral("5.10"));
    EXPECT_EQ(*a, *b);
    EXPECT_EQ(a->displayFr(), QStringLiteral("5,10"));
    EXPECT_DOUBLE_EQ(*a->toDouble(), 5.1);
}

TEST(ResultValue, ParsesCensoredValues)
{
    const auto gt = ResultValue::parseNumeric(QStringLiteral(">500"), QStringLiteral("U/L"));
    ASSERT_TRUE(gt);
    EXPECT_EQ(gt->comparator, Comparator::Greater);
    EXPECT_EQ(gt->number, QStringLiteral("500"));
    EXPECT_EQ(gt->displayFr(), QStringLiteral("> 500"));

    const auto le = ResultValue::parseNumeric(QStringLiteral("<= 0,05"), QStringLiteral("ng/mL"));
    ASSERT_TRUE(le);
    EXPECT_EQ(le->comparator, Comparator::LessOrEqual);
    EXPECT_EQ(le->displayFr(), QStringLiteral("≤ 0,05"));
}

TEST(ResultValue, KeepsSignAndDropsExplicitPlus)
{
    EXPECT_EQ(ResultValue::parseNumeric(QStringLiteral("-2"), QStringLiteral("1"))->number,
              QStringLiteral("-2"));
    EXPECT_EQ(ResultValue::parseNumeric(QStringLiteral("+3.5"), QStringLiteral("1"))->number,
              QStringLiteral("3.5"));
}

TEST(ResultValue, RejectsNonNumericText)
{
    for (const char *bad : {"", "abc", "5,1,2", "1e5", ">", "5 ,1", "<<5", "12..3"})
        EXPECT_FALSE(ResultValue::parseNumeric(QString::fromUtf8(bad), QStringLiteral("1")))
            << bad;
}

TEST(ResultValue, TextAndCodedHaveNoNumber)
{
    EXPECT_FALSE(ResultValue::ofText(QStringLiteral("Absence")).toDouble());
    sgl::domain::CodedValue neg{QStringLiteral("260385009"), QStringLiteral("2.16.840.1.113883.6.96"),
                                QStringLiteral("SNOMED CT"), QStringLiteral("Négatif")};
    const auto coded = ResultValue::ofCode(neg);
    EXPECT_FALSE(coded.toDouble());
    EXPECT_EQ(coded.displayFr(), QStringLiteral("Négatif"));
}
