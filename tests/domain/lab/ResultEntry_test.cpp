#include "domain/lab/AbnormalFlagRule.h"
#include "domain/lab/ResultEntry.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace sgl::domain;

namespace {

const QString kLists = u"1.2.250.1.999.42.5"_s;

Analysis potassium()
{
    Analysis a;
    a.localCode = u"K"_s;
    a.label = u"Potassium"_s;
    a.unit = u"mmol/L"_s;
    return a;
}

ReferenceRange potassiumRange()
{
    ReferenceRange r;
    r.low = 3.5;
    r.high = 5.0;
    r.criticalLow = 2.5;
    r.criticalHigh = 6.5;
    r.validLow = 0.5;
    r.validHigh = 15;
    return r;
}

Analysis hbs()
{
    Analysis a;
    a.localCode = u"AGHBS"_s;
    a.label = u"Antigène HBs"_s;
    a.resultType = ResultType::Coded;
    a.valueOptions = {{u"NEG"_s, u"Négatif"_s, false}, {u"POS"_s, u"Positif"_s, true}};
    return a;
}

QString code(const Result<ResultEntry::Entered> &r)
{
    return r ? QString() : r.error().code;
}

} // namespace

TEST(ResultEntry, NumericWithDecimalCommaAndFlags)
{
    const auto r = ResultEntry::enter(potassium(), u" 4,2 "_s, potassiumRange(), kLists);
    ASSERT_TRUE(r) << r.error().message.toStdString();
    EXPECT_EQ(r->value.number, u"4.2"_s);
    EXPECT_EQ(r->value.unit, u"mmol/L"_s);
    EXPECT_EQ(r->flag, AbnormalFlag::Normal);
    EXPECT_EQ(ResultEntry::enter(potassium(), u"5,4"_s, potassiumRange(), kLists)->flag, AbnormalFlag::High);
    EXPECT_EQ(ResultEntry::enter(potassium(), u"3.4"_s, potassiumRange(), kLists)->flag, AbnormalFlag::Low);
    EXPECT_EQ(ResultEntry::enter(potassium(), u"7"_s, potassiumRange(), kLists)->flag, AbnormalFlag::CriticalHigh);
    EXPECT_EQ(ResultEntry::enter(potassium(), u"2,1"_s, potassiumRange(), kLists)->flag, AbnormalFlag::CriticalLow);
    EXPECT_EQ(ResultEntry::enter(potassium(), u"5"_s, potassiumRange(), kLists)->flag, AbnormalFlag::Normal)
        << "a value on a limit is inside";
}

TEST(ResultEntry, CensoredValuesAreFlaggedOnlyWhenCertain)
{
    const auto above = ResultEntry::enter(potassium(), u">7"_s, potassiumRange(), kLists);
    ASSERT_TRUE(above);
    EXPECT_EQ(above->value.comparator, Comparator::Greater);
    EXPECT_EQ(above->flag, AbnormalFlag::CriticalHigh);
    EXPECT_EQ(ResultEntry::enter(potassium(), u"<3,5"_s, potassiumRange(), kLists)->flag, AbnormalFlag::Low);
    EXPECT_EQ(ResultEntry::enter(potassium(), u"<4"_s, potassiumRange(), kLists)->flag, std::nullopt)
        << "below 4 may be normal or low: no guess";
    EXPECT_EQ(ResultEntry::enter(potassium(), u"<=5"_s, potassiumRange(), kLists)->value.comparator,
              Comparator::LessOrEqual);
}

TEST(ResultEntry, BadNumbersAndImplausibleValuesAreRefusedNamingTheAnalysis)
{
    const auto two = ResultEntry::enter(potassium(), u"4,2,1"_s, potassiumRange(), kLists);
    EXPECT_EQ(code(two), u"result.not_a_number"_s);
    ASSERT_FALSE(two);
    EXPECT_TRUE(two.error().message.contains(u"plusieurs séparateurs décimaux"_s)) << two.error().message.toStdString();
    EXPECT_EQ(two.error().location, u"K"_s);
    EXPECT_EQ(code(ResultEntry::enter(potassium(), u"quatre"_s, potassiumRange(), kLists)), u"result.not_a_number"_s);
    EXPECT_EQ(code(ResultEntry::enter(potassium(), u"  "_s, potassiumRange(), kLists)), u"result.empty_entry"_s);
    const auto typo = ResultEntry::enter(potassium(), u"42"_s, potassiumRange(), kLists);
    EXPECT_EQ(code(typo), u"result.implausible"_s);
    ASSERT_FALSE(typo);
    EXPECT_TRUE(typo.error().message.contains(u"0,5 – 15"_s)) << typo.error().message.toStdString();
    EXPECT_EQ(code(ResultEntry::enter(potassium(), u">20"_s, potassiumRange(), kLists)), u"result.implausible"_s);
    EXPECT_TRUE(ResultEntry::enter(potassium(), u"<20"_s, potassiumRange(), kLists))
        << "below 20 may be plausible: not refused";
    EXPECT_TRUE(ResultEntry::enter(potassium(), u"42"_s, std::nullopt, kLists)) << "no range: nothing to check against";
}

TEST(ResultEntry, CodedValuesByCodeOrLabel)
{
    const auto pos = ResultEntry::enter(hbs(), u"positif"_s, std::nullopt, kLists);
    ASSERT_TRUE(pos);
    EXPECT_EQ(pos->value.coded.code, u"POS"_s);
    EXPECT_EQ(pos->value.coded.codeSystem, kLists);
    EXPECT_EQ(pos->value.coded.displayName, u"Positif"_s);
    EXPECT_EQ(pos->flag, AbnormalFlag::Abnormal);
    EXPECT_EQ(ResultEntry::enter(hbs(), u"NEGATIF"_s, std::nullopt, kLists)->value.coded.code, u"NEG"_s);
    EXPECT_EQ(ResultEntry::enter(hbs(), u"neg"_s, std::nullopt, kLists)->flag, AbnormalFlag::Normal);
    const auto bad = ResultEntry::enter(hbs(), u"douteux"_s, std::nullopt, kLists);
    EXPECT_EQ(code(bad), u"result.not_in_list"_s);
    ASSERT_FALSE(bad);
    EXPECT_TRUE(bad.error().message.contains(u"Négatif (NEG), Positif (POS)"_s)) << bad.error().message.toStdString();
}

TEST(ResultEntry, TextResults)
{
    Analysis aspect;
    aspect.localCode = u"ASP_U"_s;
    aspect.label = u"Aspect"_s;
    aspect.resultType = ResultType::Text;
    const auto t = ResultEntry::enter(aspect, u" Limpide "_s, std::nullopt, kLists);
    ASSERT_TRUE(t);
    EXPECT_EQ(t->value.text, u"Limpide"_s);
    EXPECT_EQ(t->flag, std::nullopt);
    EXPECT_EQ(code(ResultEntry::enter(aspect, QString(2001, u'x'), std::nullopt, kLists)), u"result.text_too_long"_s);
}
