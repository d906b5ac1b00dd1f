// Refusing a rule set at save time (RuleSetValidator.h), against the demo catalogue.
#include "AutovalTestSupport.h"

#include "domain/ErrorCodes.h"
#include "domain/autoval/DemoRuleSet.h"
#include "domain/autoval/RuleSetValidator.h"
#include "interop/catalogue/CatalogueReferenceData.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace sgl::autovaltest;

namespace {

const Catalogue &demo()
{
    static const Catalogue c = sgl::interop::catalogue::CatalogueReferenceData::demoCatalogue().catalogue;
    return c;
}

domain::Error problemOf(const QList<Rule> &list, const Catalogue &catalogue = demo())
{
    const QList<domain::Error> all = RuleSetValidator::problems(rules(list), catalogue);
    EXPECT_EQ(all.size(), 1);
    if (all.size() != 1)
        for (const domain::Error &e : all)
            ADD_FAILURE() << qPrintable(e.toString());
    return all.value(0);
}

const QString mmol = u"mmol/L"_s;

} // namespace

TEST(RuleSetValidator, TheDemoRuleSetIsValidAgainstTheDemoCatalogue)
{
    ASSERT_NE(demo().analysis(u"CA"_s), nullptr);
    const QList<domain::Error> all = RuleSetValidator::problems(DemoRuleSet::build(), demo());
    for (const domain::Error &e : all)
        ADD_FAILURE() << qPrintable(e.toString());
    EXPECT_TRUE(RuleSetValidator::validate(DemoRuleSet::build(), demo()).has_value());
}

TEST(RuleSetValidator, UnknownOrRetiredAnalysisAndExam)
{
    domain::Error e = problemOf({rule(u"X"_s, {u"ZZZ"_s}, LimitsCondition{})});
    EXPECT_EQ(e.code, domain::errc::AutovalUnknownAnalysis);
    EXPECT_EQ(e.location, u"règle X, analyses[0]"_s);

    Catalogue retired = demo();
    for (Analysis &a : retired.analyses)
        if (a.localCode == u"K"_s)
            a.retired = true;
    e = problemOf({rule(u"K.LIMITES"_s, {u"K"_s}, LimitsCondition{3.4, 5.2, mmol, {}})}, retired);
    EXPECT_EQ(e.code, domain::errc::AutovalRetiredAnalysis);
    EXPECT_EQ(e.location, u"règle K.LIMITES, analyses[0]"_s);
    EXPECT_TRUE(e.message.contains(u"retirée"_s));
    // In a multi-analysis condition too.
    e = problemOf({rule(u"EDTA"_s, {}, EdtaContaminationCondition{{u"K"_s, 4.8, mmol}, {u"CA"_s, 2.1, mmol}, {}, {}, false})}, retired);
    EXPECT_EQ(e.code, domain::errc::AutovalRetiredAnalysis);
    EXPECT_EQ(e.location, u"règle EDTA, condition.potassium.analysis"_s);

    Rule exam = rule(u"X"_s, {}, AnalyzerFlagsCondition{});
    exam.exam = u"NOPE"_s;
    EXPECT_EQ(problemOf({exam}).code, domain::errc::AutovalUnknownExam);
}

TEST(RuleSetValidator, ThresholdInAUnitTheAnalysisDoesNotUse)
{
    // Glucose is in mmol/L with g/L as second unit: both accepted; mg/dL is not.
    EXPECT_TRUE(RuleSetValidator::validate(rules({rule(u"G"_s, {u"GLU"_s}, LimitsCondition{0.7, 1.1, u"g/L"_s, {}})}), demo()));
    domain::Error e = problemOf({rule(u"G"_s, {u"GLU"_s}, LimitsCondition{70, 110, u"mg/dL"_s, {}})});
    EXPECT_EQ(e.code, domain::errc::AutovalUnitMismatch);
    EXPECT_EQ(e.location, u"règle G, condition.unit"_s);
    EXPECT_TRUE(e.message.contains(u"mg/dL"_s));
    e = problemOf({rule(u"K.D"_s, {u"K"_s}, DeltaCondition{0.9, std::nullopt, u"mEq/L"_s, 90, false})});
    EXPECT_EQ(e.code, domain::errc::AutovalUnitMismatch);
    e = problemOf({rule(u"K.D"_s, {u"K"_s}, DeltaCondition{0.9, std::nullopt, {}, 90, false})});
    EXPECT_EQ(e.code, domain::errc::AutovalMissingField);
    e = problemOf({rule(u"TA"_s, {}, AnionGapCondition{u"NA"_s, u"CL"_s, u"BICAR"_s, {}, false, 6, 20, u"mEq/L"_s})});
    EXPECT_EQ(e.code, domain::errc::AutovalUnitMismatch);
    // INR has no unit: limits without unit are right.
    EXPECT_TRUE(RuleSetValidator::validate(rules({rule(u"INR"_s, {u"INR"_s}, LimitsCondition{0.8, 1.2, {}, {}})}), demo()));
}

TEST(RuleSetValidator, NumericConditionOnACodedAnalysis)
{
    domain::Error e = problemOf({rule(u"H"_s, {u"AGHBS"_s}, LimitsCondition{0, 1, u"1"_s, {}})});
    EXPECT_EQ(e.code, domain::errc::AutovalNotNumeric);
    e = problemOf({rule(u"H"_s, {u"K"_s}, LimitsCondition{std::nullopt, std::nullopt, {}, {u"NEG"_s}})});
    EXPECT_EQ(e.code, domain::errc::AutovalNotNumeric);
    e = problemOf({rule(u"H"_s, {u"AGHBS"_s}, LimitsCondition{std::nullopt, std::nullopt, {}, {u"NEGATIF"_s}})});
    EXPECT_EQ(e.code, domain::errc::AutovalBadThreshold);
}

TEST(RuleSetValidator, BadThresholdsAndIds)
{
    EXPECT_EQ(problemOf({rule(u"K"_s, {u"K"_s}, LimitsCondition{5.2, 3.4, mmol, {}})}).code, domain::errc::AutovalBadThreshold);
    EXPECT_EQ(problemOf({rule(u"K"_s, {u"K"_s}, DeltaCondition{std::nullopt, std::nullopt, {}, 90, false})}).code,
              domain::errc::AutovalBadThreshold);
    EXPECT_EQ(problemOf({rule(u"K"_s, {u"K"_s}, DeltaCondition{std::nullopt, 20, {}, 0, false})}).location,
              u"règle K, condition.window_days"_s);
    EXPECT_EQ(problemOf({rule(u"R"_s, {}, RatioCondition{u"HT"_s, u"HB"_s, 3.4, 2.6})}).code, domain::errc::AutovalBadThreshold);
    const domain::Error score = problemOf({rule(u"S"_s, {}, DeltaScoreCondition{{{u"HB"_s, 4.5}, {u"VGM"_s, 0}}, 3.5, 3, 365})});
    EXPECT_EQ(score.code, domain::errc::AutovalBadThreshold);
    EXPECT_EQ(score.location, u"règle S, condition.terms[1].usual_percent"_s);
    EXPECT_EQ(problemOf({rule(u"S"_s, {}, DeltaScoreCondition{{{u"AGHBS"_s, 4.5}}, 3.5, 3, 365})}).code, domain::errc::AutovalNotNumeric);
    Rule ages = rule(u"A"_s, {u"K"_s}, AnalyzerFlagsCondition{});
    ages.when.ageMin = AgeLimit{18, AgeLimit::Unit::Years};
    ages.when.ageMax = AgeLimit{12, AgeLimit::Unit::Months};
    EXPECT_EQ(problemOf({ages}).location, u"règle A, when.age_min"_s);
    EXPECT_EQ(problemOf({rule(u"k lim"_s, {u"K"_s}, AnalyzerFlagsCondition{})}).code, domain::errc::AutovalBadRuleId);
    EXPECT_EQ(problemOf({rule({}, {u"K"_s}, AnalyzerFlagsCondition{})}).location, u"règle n° 1, id"_s);
    const QList<domain::Error> dup = RuleSetValidator::problems(
        rules({rule(u"A"_s, {u"K"_s}, AnalyzerFlagsCondition{}), rule(u"A"_s, {u"NA"_s}, AnalyzerFlagsCondition{})}), demo());
    ASSERT_EQ(dup.size(), 1);
    EXPECT_EQ(dup[0].code, domain::errc::AutovalDuplicateRule);
    EXPECT_EQ(problemOf({rule(u"A"_s, {}, AnalyzerFlagsCondition{})}).code, domain::errc::AutovalMissingField);
}

TEST(RuleSetValidator, CircularWaivers)
{
    Rule a = rule(u"A"_s, {u"CREA"_s}, DeltaCondition{std::nullopt, 15, {}, 365, true});
    Rule b = rule(u"B"_s, {u"CREA"_s}, DeltaCondition{std::nullopt, 10, {}, 365, true});
    a.waives << u"B"_s;
    b.waives << u"A"_s;
    const QList<domain::Error> all = RuleSetValidator::problems(rules({a, b}), demo());
    ASSERT_FALSE(all.isEmpty());
    EXPECT_EQ(all[0].code, domain::errc::AutovalCircularRules);
    EXPECT_TRUE(all[0].message.contains(u"A → B → A"_s)) << qPrintable(all[0].message);
    for (const domain::Error &e : all)
        EXPECT_EQ(e.code, domain::errc::AutovalCircularRules) << qPrintable(e.toString());

    Rule self = rule(u"S"_s, {u"CREA"_s}, DeltaCondition{std::nullopt, 15, {}, 365, true});
    self.waives << u"S"_s;
    domain::Error e = problemOf({self});
    EXPECT_EQ(e.code, domain::errc::AutovalCircularRules);
    EXPECT_EQ(e.location, u"règle S, waives"_s);

    // A chain waiver -> waiver -> rule, without cycle: refused too.
    Rule limits = rule(u"L"_s, {u"CREA"_s}, LimitsCondition{40, 100, u"umol/L"_s, {}});
    Rule w1 = rule(u"W1"_s, {u"CREA"_s}, DeltaCondition{std::nullopt, 15, {}, 365, true});
    w1.waives << u"L"_s;
    Rule w2 = rule(u"W2"_s, {u"CREA"_s}, DeltaCondition{std::nullopt, 10, {}, 365, true});
    w2.waives << u"W1"_s;
    e = problemOf({limits, w1, w2});
    EXPECT_EQ(e.code, domain::errc::AutovalCircularRules);
    EXPECT_EQ(e.location, u"règle W2, waives"_s);

    Rule unknown = w1;
    unknown.waives = QStringList{u"NOPE"_s};
    EXPECT_EQ(problemOf({unknown}).code, domain::errc::AutovalUnknownRule);
}

TEST(RuleSetValidator, ContradictoryRules)
{
    // Disjoint limits for the same patients.
    Rule low = rule(u"K.BAS"_s, {u"K"_s}, LimitsCondition{3.0, 3.5, mmol, {}});
    Rule high = rule(u"K.HAUT"_s, {u"K"_s}, LimitsCondition{4.0, 5.0, mmol, {}});
    domain::Error e = problemOf({low, high});
    EXPECT_EQ(e.code, domain::errc::AutovalContradictoryRules);
    EXPECT_EQ(e.location, u"règle K.HAUT, condition"_s);
    EXPECT_TRUE(e.message.contains(u"K.BAS"_s));
    // ... but fine for different patients (women / men), or when one is disabled.
    low.when.sex = Sex::Female;
    high.when.sex = Sex::Male;
    EXPECT_TRUE(RuleSetValidator::validate(rules({low, high}), demo()));
    low.when.sex.reset();
    low.enabled = false;
    EXPECT_TRUE(RuleSetValidator::validate(rules({low, high}), demo()));

    // Limits letting through values the catalogue calls critical (K critical high 6,5).
    e = problemOf({rule(u"K.LARGE"_s, {u"K"_s}, LimitsCondition{3.0, 7.0, mmol, {}})});
    EXPECT_EQ(e.code, domain::errc::AutovalContradictoryRules);
    EXPECT_TRUE(e.message.contains(u"critiques"_s));
    // Glucose in g/L: 5 g/L = 27,8 mmol/L > critical 25.
    EXPECT_EQ(problemOf({rule(u"G"_s, {u"GLU"_s}, LimitsCondition{0.7, 5, u"g/L"_s, {}})}).code,
              domain::errc::AutovalContradictoryRules);

    // A waiver that can never lift its rule (no analysis in common), or lifting a critical limit.
    Rule limits = rule(u"CREA.L"_s, {u"CREA"_s}, LimitsCondition{40, 100, u"umol/L"_s, {}});
    Rule elsewhere = rule(u"GLU.S"_s, {u"GLU"_s}, DeltaCondition{std::nullopt, 15, {}, 365, true});
    elsewhere.waives << u"CREA.L"_s;
    e = problemOf({limits, elsewhere});
    EXPECT_EQ(e.code, domain::errc::AutovalContradictoryRules);
    EXPECT_EQ(e.location, u"règle GLU.S, waives"_s);
    Rule critical = rule(u"K.CRIT"_s, {u"K"_s}, CriticalCondition{3, 6, mmol});
    Rule lift = rule(u"K.S"_s, {u"K"_s}, DeltaCondition{0.3, std::nullopt, mmol, 30, true});
    lift.waives << u"K.CRIT"_s;
    EXPECT_EQ(problemOf({critical, lift}).code, domain::errc::AutovalContradictoryRules);
}
