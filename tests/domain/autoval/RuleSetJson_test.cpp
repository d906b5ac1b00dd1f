// The rule-set JSON (RuleSetJson.h): round trip, stable bytes, strict refusal naming the member.
#include "AutovalTestSupport.h"

#include "domain/ErrorCodes.h"
#include "domain/autoval/DemoRuleSet.h"
#include "domain/autoval/RuleSetJson.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace sgl::autovaltest;

namespace {

RuleSet everyCondition()
{
    Rule limits = rule(u"A"_s, {u"GLU"_s}, LimitsCondition{3.6, 7, u"mmol/L"_s, {}});
    limits.exam = u"GLY"_s;
    limits.when.sex = Sex::Female;
    limits.when.ageMin = AgeLimit{18, AgeLimit::Unit::Years};
    limits.when.ageMax = AgeLimit{6, AgeLimit::Unit::Months};
    limits.when.origins = QStringList{u"ward"_s};
    limits.when.wards = QStringList{u"URG"_s};
    limits.enabled = false;
    Rule delta = rule(u"B"_s, {u"GLU"_s}, DeltaCondition{0.5, 30, u"mmol/L"_s, 90, true});
    delta.waives << u"A"_s;
    return rules({limits, delta, rule(u"C"_s, {u"AGHBS"_s}, LimitsCondition{std::nullopt, std::nullopt, {}, {u"NEG"_s}}),
                  rule(u"D"_s, {u"K"_s}, CriticalCondition{2.8, std::nullopt, u"mmol/L"_s}),
                  rule(u"E"_s, {u"PLAQ"_s}, AnalyzerFlagsCondition{{u"QC"_s}}),
                  rule(u"F"_s, {u"K"_s}, SerumIndexCondition{SerumIndex::Lipaemia, 150.5, true}),
                  rule(u"G"_s, {}, EdtaContaminationCondition{{u"K"_s, 4.8, u"mmol/L"_s}, {u"CA"_s, 2.1, u"mmol/L"_s}, {}, {u"MG"_s, 0.6, u"mmol/L"_s}, true}),
                  rule(u"H"_s, {}, RatioCondition{u"HT"_s, u"HB"_s, 2.6, 3.4}),
                  rule(u"I"_s, {}, AnionGapCondition{u"NA"_s, u"CL"_s, u"BICAR"_s, u"K"_s, true, 10, 24, u"mmol/L"_s}),
                  rule(u"J"_s, {}, SumCondition{u"GB"_s, {u"PNN"_s, u"LYM"_s}, 10}),
                  rule(u"K"_s, {u"K"_s, u"CA"_s}, ConcordantChangeCondition{12, 4, 365, false}),
                  rule(u"L"_s, {}, DeltaScoreCondition{{{u"HB"_s, 4.5}, {u"VGM"_s, 2.2}}, 3.5, 3, 365})});
}

domain::Error parseError(const QByteArray &json)
{
    const auto r = RuleSetJson::fromJson(json);
    EXPECT_FALSE(r.has_value()) << json.constData();
    return r ? domain::Error{} : r.error();
}

} // namespace

TEST(RuleSetJson, RoundTripOfEveryConditionAndOfTheDemoRules)
{
    for (const RuleSet &set : {everyCondition(), DemoRuleSet::build()}) {
        const QByteArray json = RuleSetJson::toJson(set);
        const auto back = RuleSetJson::fromJson(json);
        ASSERT_TRUE(back.has_value()) << qPrintable(back.error().toString());
        EXPECT_EQ(*back, set);
        EXPECT_EQ(RuleSetJson::toJson(*back), json); // stable bytes
    }
}

TEST(RuleSetJson, ShapeOfARule)
{
    const QByteArray json = RuleSetJson::toJson(rules({rule(u"K.LIMITES"_s, {u"K"_s}, LimitsCondition{3.4, 5.2, u"mmol/L"_s, {}})}));
    EXPECT_EQ(json, QByteArray(R"({"format":"sgl-autoval-rules/1","name":"test","rules":[{"analyses":["K"],"condition":)"
                               R"({"high":5.2,"low":3.4,"type":"limits","unit":"mmol/L"},"enabled":true,"id":"K.LIMITES",)"
                               R"("label":"Règle K.LIMITES"}]})"));
}

TEST(RuleSetJson, RefusesWithTheMemberNamed)
{
    EXPECT_EQ(parseError("{").code, domain::errc::AutovalJsonInvalid);
    EXPECT_EQ(parseError("[]").code, domain::errc::AutovalJsonInvalid);
    domain::Error e = parseError(R"({"rules":[]})");
    EXPECT_EQ(e.code, domain::errc::AutovalUnsupportedFormat);
    e = parseError(R"({"format":"sgl-autoval-rules/2","rules":[]})");
    EXPECT_EQ(e.code, domain::errc::AutovalUnsupportedFormat);
    EXPECT_TRUE(e.message.contains(u"sgl-autoval-rules/2"_s));

    const QByteArray head = R"({"format":"sgl-autoval-rules/1","rules":[)";
    struct Case {
        QByteArray rule;
        QString location;
    };
    const QList<Case> cases{
        {R"({"id":"A","label":"a","condition":{"type":"limits"},"colour":"red"})", u"rules[0].colour"_s},
        {R"({"label":"a","condition":{"type":"limits"}})", u"rules[0].id"_s},
        {R"({"id":"A","label":"a"})", u"rules[0].condition"_s},
        {R"({"id":"A","label":"a","condition":{"type":"limits","high":"5"}})", u"rules[0].condition.high"_s},
        {R"({"id":"A","label":"a","condition":{"type":"limit"}})", u"rules[0].condition.type"_s},
        {R"({"id":"A","label":"a","condition":{}})", u"rules[0].condition.type"_s},
        {R"({"id":"A","label":"a","condition":{"type":"delta","absolute":1}})", u"rules[0].condition.window_days"_s},
        {R"({"id":"A","label":"a","condition":{"type":"delta","absolute":1,"window_days":1.5}})", u"rules[0].condition.window_days"_s},
        {R"({"id":"A","label":"a","condition":{"type":"serum_index","index":"x","maximum":1}})", u"rules[0].condition.index"_s},
        {R"({"id":"A","label":"a","condition":{"type":"edta_contamination","potassium":{"threshold":5}}})",
         u"rules[0].condition.potassium.analysis"_s},
        {R"({"id":"A","label":"a","condition":{"type":"sum","total":"GB","parts":["PNN",3],"tolerance_percent":10}})",
         u"rules[0].condition.parts[1]"_s},
        {R"({"id":"A","label":"a","when":{"sex":"X"},"condition":{"type":"limits"}})", u"rules[0].when.sex"_s},
        {R"({"id":"A","label":"a","when":{"age_min":"18 ans"},"condition":{"type":"limits"}})", u"rules[0].when.age_min"_s},
        {R"({"id":"A","label":"a","when":{"origins":["home"]},"condition":{"type":"limits"}})", u"rules[0].when.origins"_s},
        {R"({"id":"A","label":"a","enabled":"yes","condition":{"type":"limits"}})", u"rules[0].enabled"_s},
        {R"({"id":"A","label":"a","condition":{"type":"limits"}},"B")", u"rules[1]"_s},
    };
    for (const Case &c : cases) {
        const domain::Error err = parseError(head + c.rule + "]}");
        EXPECT_EQ(err.code, domain::errc::AutovalJsonInvalid) << c.rule.constData();
        EXPECT_EQ(err.location, c.location) << c.rule.constData() << " -> " << qPrintable(err.toString());
        EXPECT_FALSE(err.message.isEmpty());
    }
}
