#include "domain/lab/ResultValue.h"

#include <QRandomGenerator>

#include <gtest/gtest.h>

#include <bit>
#include <cmath>

using namespace Qt::StringLiterals;
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

TEST(ResultValue, ToDoubleReadsEveryNumberAsQtDoes)
{
    // toDouble reads the stored form itself (std::from_chars); any text must give what
    // QString::toDouble gives, bit for bit, or no number when Qt finds none.
    QStringList texts{u"0"_s, u"-0"_s, u"5.1"_s, u"5.10"_s, u"-12.50"_s, u"0.000001"_s, u"007"_s, u".5"_s,
                      u"5."_s, u"123456789012345678901234567890"_s, u"0.1234567890123456789"_s,
                      u"1e5"_s, u"+3"_s, u" 4"_s, u"4 "_s, u"-"_s, u"."_s, u"1.2.3"_s, u"--1"_s,
                      u"1-2"_s, u"inf"_s, u"nan"_s, u"١٢"_s, u"5,1"_s, QString(60, u'9'), u""_s};
    QRandomGenerator rng(20261207);
    for (int i = 0; i < 2000; ++i) {
        const double x = (rng.generateDouble() - 0.5) * std::pow(10.0, rng.bounded(-6, 9));
        texts << QString::number(x, 'f', rng.bounded(0, 12));
    }
    for (const QString &t : std::as_const(texts)) {
        const auto v = ResultValue::numeric(t, u"1"_s);
        bool ok = false;
        const double qt = t.toDouble(&ok);
        const auto ours = v.toDouble();
        ASSERT_EQ(ours.has_value(), ok) << t.toStdString();
        if (ok) {
            EXPECT_EQ(std::bit_cast<quint64>(*ours), std::bit_cast<quint64>(qt)) << t.toStdString();
        }
    }
}
