#include "domain/lab/ResultValue.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace sgl::domain;

TEST(ResultValueParsing, CensoredValuesKeepComparatorAndNumber)
{
    auto v = ResultValue::parseNumeric(u">500"_s, u"[IU]/L"_s);
    ASSERT_TRUE(v);
    EXPECT_EQ(v->comparator, Comparator::Greater);
    EXPECT_EQ(v->number, u"500"_s);
    EXPECT_EQ(v->displayFr(), u"> 500"_s);
    auto le = ResultValue::parseNumeric(u" <= 0,05 "_s, u"mg/L"_s);
    ASSERT_TRUE(le);
    EXPECT_EQ(le->comparator, Comparator::LessOrEqual);
    EXPECT_EQ(le->number, u"0.05"_s);
    EXPECT_EQ(le->displayFr(), u"≤ 0,05"_s);
}

TEST(ResultValueParsing, RejectsNonNumbers)
{
    for (const QString &bad : {u""_s, u"abc"_s, u">"_s, u"5,1,2"_s, u"1e5"_s, u"<>5"_s, u"5 mg"_s})
        EXPECT_FALSE(ResultValue::parseNumeric(bad, u"mg/L"_s)) << bad.toStdString();
}

TEST(ResultCodes, ComparatorAndKindRoundTrip)
{
    for (Comparator c : {Comparator::None, Comparator::Less, Comparator::LessOrEqual,
                         Comparator::Greater, Comparator::GreaterOrEqual})
        EXPECT_EQ(comparatorFromCode(comparatorCode(c)), c);
    EXPECT_FALSE(comparatorFromCode(u"=>"_s));
    for (auto k : {ResultValue::Kind::Empty, ResultValue::Kind::Numeric, ResultValue::Kind::Coded,
                   ResultValue::Kind::Text})
        EXPECT_EQ(resultKindFromCode(resultKindCode(k)), k);
    EXPECT_FALSE(resultKindFromCode(u"blob"_s));
}
