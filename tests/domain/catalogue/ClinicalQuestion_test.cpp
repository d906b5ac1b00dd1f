#include "domain/catalogue/ClinicalQuestion.h"
#include "domain/catalogue/ContainerType.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace sgl::domain;

namespace {

const QDateTime kNow(QDate(2026, 12, 5), QTime(10, 0), Qt::UTC);

ClinicalQuestion q(const char *code)
{
    auto found = ClinicalQuestion::find(QString::fromLatin1(code));
    EXPECT_TRUE(found.has_value()) << code;
    return found.value_or(ClinicalQuestion{});
}

} // namespace

TEST(ClinicalQuestion, BuiltInListHasTheQuestionsAnalysesNeed)
{
    QStringList codes;
    for (const auto &c : ClinicalQuestion::builtIn())
        codes << c.code;
    EXPECT_EQ(codes, (QStringList{u"FASTING"_s, u"PREGNANCY"_s, u"PREGNANCY_WEEKS"_s, u"ANTICOAGULANT"_s, u"WEIGHT"_s,
                                  u"HEIGHT"_s, u"LAST_DOSE"_s, u"TREATMENT"_s}));
    EXPECT_TRUE(q("PREGNANCY").femaleOnly);
    EXPECT_EQ(q("PREGNANCY_WEEKS").onlyIfYes, u"PREGNANCY"_s);
    EXPECT_FALSE(ClinicalQuestion::find(u"SMOKER"_s));
}

TEST(ClinicalQuestion, AnswersAreNormalisedForStorage)
{
    EXPECT_EQ(q("FASTING").normalise(u" Oui "_s, kNow), u"Y"_s);
    EXPECT_EQ(q("FASTING").normalise(u"n"_s, kNow), u"N"_s);
    EXPECT_EQ(q("WEIGHT").normalise(u"72,5"_s, kNow), u"72.5"_s);
    EXPECT_EQ(q("HEIGHT").normalise(u"168"_s, kNow), u"168"_s);
    EXPECT_EQ(q("LAST_DOSE").normalise(u"2026-12-04T20:30:00Z"_s, kNow), u"2026-12-04T20:30:00.000Z"_s);
    EXPECT_EQ(q("ANTICOAGULANT").normalise(u"  Fluindione 20 mg  "_s, kNow), u"Fluindione 20 mg"_s);
    EXPECT_EQ(q("WEIGHT").display(u"72.5"_s), u"72,5 kg"_s);
    EXPECT_EQ(q("PREGNANCY_WEEKS").display(u"32"_s), u"32 SA"_s);
    EXPECT_EQ(q("FASTING").display(u"Y"_s), u"oui"_s);
}

TEST(ClinicalQuestion, BadAnswersNameTheQuestion)
{
    const auto code = [](const Result<QString> &r) { return r ? QString() : r.error().code; };
    EXPECT_EQ(code(q("FASTING").normalise(u""_s, kNow)), u"clinical.answer_required"_s);
    EXPECT_EQ(code(q("FASTING").normalise(u"peut-être"_s, kNow)), u"clinical.bad_yes_no"_s);
    EXPECT_EQ(code(q("WEIGHT").normalise(u"72,5,1"_s, kNow)), u"clinical.bad_number"_s);
    EXPECT_EQ(code(q("WEIGHT").normalise(u"1e3"_s, kNow)), u"clinical.bad_number"_s);
    EXPECT_EQ(code(q("WEIGHT").normalise(u"725"_s, kNow)), u"clinical.out_of_range"_s);
    EXPECT_EQ(code(q("PREGNANCY_WEEKS").normalise(u"52"_s, kNow)), u"clinical.out_of_range"_s);
    EXPECT_EQ(code(q("LAST_DOSE").normalise(u"hier soir"_s, kNow)), u"clinical.bad_date_time"_s);
    EXPECT_EQ(code(q("LAST_DOSE").normalise(u"2027-01-01T08:00:00Z"_s, kNow)), u"clinical.future_date_time"_s);
    EXPECT_EQ(code(q("TREATMENT").normalise(QString(501, u'x'), kNow)), u"clinical.text_too_long"_s);
    const auto refused = q("WEIGHT").normalise(u"725"_s, kNow);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().location, u"WEIGHT"_s);
    EXPECT_TRUE(refused.error().message.contains(u"Poids"_s)) << refused.error().message.toStdString();
}

TEST(ContainerType, BuiltInTubesCarryTheirSpecimenType)
{
    ASSERT_TRUE(ContainerType::find(u"EDTA"_s));
    EXPECT_EQ(ContainerType::find(u"EDTA"_s)->specimenType, u"BLD"_s);
    EXPECT_EQ(ContainerType::find(u"CIT"_s)->specimenType, u"PLAS"_s);
    EXPECT_EQ(ContainerType::find(u"SEC"_s)->specimenType, u"SER"_s);
    EXPECT_FALSE(ContainerType::find(u"edta"_s)) << "codes are exact";
    QSet<QString> seen;
    for (const auto &c : ContainerType::builtIn()) {
        EXPECT_FALSE(seen.contains(c.code)) << c.code.toStdString();
        seen.insert(c.code);
        EXPECT_FALSE(c.label.isEmpty());
    }
}
