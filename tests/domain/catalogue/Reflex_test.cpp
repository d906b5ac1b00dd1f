#include "domain/catalogue/CatalogueValidator.h"
#include "domain/catalogue/ReflexEvaluator.h"
#include "domain/catalogue/ReflexRuleValidator.h"

#include "QtPrinters.h"

#include <gtest/gtest.h>

using namespace sgl::domain;
using namespace Qt::Literals::StringLiterals;

namespace {

Analysis numeric(const QString &code, const QString &label, const QString &unit)
{
    Analysis a;
    a.localCode = code;
    a.label = label;
    a.unit = unit;
    return a;
}

/** TSH (mU/L), FT4, FT3, Hb (g/dL with second unit mmol/L), HIV screening (coded), exam THYRO. */
Catalogue catalogue()
{
    Catalogue c;
    Chapter ch;
    ch.code = QStringLiteral("BIO");
    ch.label = QStringLiteral("Biochimie");
    c.chapters << ch;
    c.analyses << numeric(QStringLiteral("TSH"), QStringLiteral("TSH"), QStringLiteral("m[IU]/L"));
    c.analyses.last().displayUnit = QStringLiteral("mUI/L");
    c.analyses << numeric(QStringLiteral("T4L"), QStringLiteral("T4 libre"), QStringLiteral("pmol/L"));
    c.analyses << numeric(QStringLiteral("T3L"), QStringLiteral("T3 libre"), QStringLiteral("pmol/L"));
    Analysis hb = numeric(QStringLiteral("HB"), QStringLiteral("Hémoglobine"), QStringLiteral("g/dL"));
    hb.secondUnit = QStringLiteral("mmol/L");
    hb.secondUnitFactor = 0.6206;
    c.analyses << hb;
    Analysis hiv;
    hiv.localCode = QStringLiteral("VIH");
    hiv.label = QStringLiteral("Dépistage VIH");
    hiv.resultType = ResultType::Coded;
    hiv.valueOptions = {ValueOption{QStringLiteral("NEG"), QStringLiteral("Négatif"), false},
                        ValueOption{QStringLiteral("POS"), QStringLiteral("Positif"), true},
                        ValueOption{QStringLiteral("DOUT"), QStringLiteral("Douteux"), true}};
    c.analyses << hiv;
    c.analyses << numeric(QStringLiteral("WB"), QStringLiteral("Western blot VIH"), QString());
    c.analyses.last().resultType = ResultType::Text;
    Exam thyro;
    thyro.code = QStringLiteral("THYRO");
    thyro.label = QStringLiteral("Bilan thyroïdien");
    thyro.chapterCode = QStringLiteral("BIO");
    thyro.analysisCodes = {QStringLiteral("T4L"), QStringLiteral("T3L")};
    c.exams << thyro;

    ReflexRule high;
    high.code = QStringLiteral("R-TSH-H");
    high.label = QStringLiteral("TSH élevée : T4 libre");
    high.triggerCode = QStringLiteral("TSH");
    high.condition = ReflexCondition::Above;
    high.threshold = 4.0;
    high.addCode = QStringLiteral("T4L");
    high.automatic = true;
    c.reflexRules << high;
    ReflexRule low = high;
    low.code = QStringLiteral("R-TSH-B");
    low.label = QStringLiteral("TSH basse : bilan thyroïdien");
    low.condition = ReflexCondition::Below;
    low.threshold = 0.4;
    low.addCode = QStringLiteral("THYRO");
    low.automatic = false;
    c.reflexRules << low;
    ReflexRule hivRule;
    hivRule.code = QStringLiteral("R-VIH");
    hivRule.label = QStringLiteral("Dépistage VIH positif : confirmation");
    hivRule.triggerCode = QStringLiteral("VIH");
    hivRule.condition = ReflexCondition::CodedValue;
    hivRule.codedValues = {QStringLiteral("POS"), QStringLiteral("DOUT")};
    hivRule.addCode = QStringLiteral("WB");
    c.reflexRules << hivRule;
    return c;
}

ReflexInput num(const QString &code, const QString &text, const QString &unit = {})
{
    ReflexInput in;
    in.analysisCode = code;
    in.value = *ResultValue::parseNumeric(text, unit);
    return in;
}

QStringList ruleCodes(const QList<ReflexProposal> &proposals)
{
    QStringList out;
    for (const auto &p : proposals)
        out << p.ruleCode;
    return out;
}

QStringList errorCodes(const QList<Error> &errors)
{
    QStringList out;
    for (const Error &e : errors)
        out << e.code;
    return out;
}

} // namespace

TEST(ReflexRule, ConditionCodesRoundTrip)
{
    for (auto c : {ReflexCondition::Above, ReflexCondition::AtOrAbove, ReflexCondition::Below,
                   ReflexCondition::AtOrBelow, ReflexCondition::Abnormal, ReflexCondition::Critical,
                   ReflexCondition::CodedValue}) {
        EXPECT_EQ(reflexConditionFromCode(reflexConditionCode(c)), c);
        EXPECT_FALSE(reflexConditionLabel(c).isEmpty());
    }
    EXPECT_FALSE(reflexConditionFromCode(QStringLiteral("=>")).has_value());
    EXPECT_FALSE(reflexConditionFromCode(QString()).has_value());
}

TEST(ReflexRule, ChangedFieldsNamesEveryDifference)
{
    const ReflexRule a = catalogue().reflexRules.first();
    ReflexRule b = a;
    EXPECT_TRUE(a.changedFields(b).isEmpty());
    b.threshold = 5.0;
    b.automatic = false;
    b.active = false;
    EXPECT_EQ(a.changedFields(b), (QStringList{u"threshold"_s, u"automatic"_s, u"active"_s}));
}

TEST(ReflexEvaluator, FiresAboveThresholdWithFrenchReason)
{
    const auto p = ReflexEvaluator::evaluate(catalogue(), {num(u"TSH"_s, u"6.2"_s, u"m[IU]/L"_s)}, {u"TSH"_s});
    ASSERT_EQ(p.size(), 1);
    EXPECT_EQ(p[0].ruleCode, u"R-TSH-H"_s);
    EXPECT_EQ(p[0].analysisCodes, QStringList{u"T4L"_s});
    EXPECT_TRUE(p[0].automatic);
    EXPECT_EQ(p[0].reason, u"TSH = 6,2 mUI/L, supérieur à 4"_s);
}

TEST(ReflexEvaluator, ThresholdItselfDoesNotFireStrictCondition)
{
    EXPECT_TRUE(ReflexEvaluator::evaluate(catalogue(), {num(u"TSH"_s, u"4"_s)}, {}).isEmpty());
    Catalogue c = catalogue();
    c.reflexRules[0].condition = ReflexCondition::AtOrAbove;
    EXPECT_EQ(ruleCodes(ReflexEvaluator::evaluate(c, {num(u"TSH"_s, u"4.00"_s)}, {})), QStringList{u"R-TSH-H"_s});
    c.reflexRules[1].condition = ReflexCondition::AtOrBelow;
    EXPECT_EQ(ruleCodes(ReflexEvaluator::evaluate(c, {num(u"TSH"_s, u"0.4"_s)}, {})), QStringList{u"R-TSH-B"_s});
}

TEST(ReflexEvaluator, CensoredValuesFireOnlyWhenCertain)
{
    const Catalogue c = catalogue();
    // ">100" is above 4 for sure; "<0.01" is below 0.4 for sure.
    EXPECT_EQ(ruleCodes(ReflexEvaluator::evaluate(c, {num(u"TSH"_s, u">100"_s)}, {})), QStringList{u"R-TSH-H"_s});
    EXPECT_EQ(ruleCodes(ReflexEvaluator::evaluate(c, {num(u"TSH"_s, u"<0.01"_s)}, {})), QStringList{u"R-TSH-B"_s});
    // "<5" may be 3 or 4.5: neither rule can be sure. ">4" is above 4; ">=4" may be exactly 4.
    EXPECT_TRUE(ReflexEvaluator::evaluate(c, {num(u"TSH"_s, u"<5"_s)}, {}).isEmpty());
    EXPECT_EQ(ruleCodes(ReflexEvaluator::evaluate(c, {num(u"TSH"_s, u">4"_s)}, {})), QStringList{u"R-TSH-H"_s});
    EXPECT_TRUE(ReflexEvaluator::evaluate(c, {num(u"TSH"_s, u">=4"_s)}, {}).isEmpty());
    EXPECT_TRUE(ReflexEvaluator::evaluate(c, {num(u"TSH"_s, u"<=0.4"_s)}, {}).isEmpty());
    EXPECT_EQ(ruleCodes(ReflexEvaluator::evaluate(c, {num(u"TSH"_s, u"<0.4"_s)}, {})), QStringList{u"R-TSH-B"_s});
}

TEST(ReflexEvaluator, ExamTargetAddsOnlyAnalysesNotOrdered)
{
    const auto p = ReflexEvaluator::evaluate(catalogue(), {num(u"TSH"_s, u"0.05"_s)}, {u"TSH"_s, u"T4L"_s});
    ASSERT_EQ(p.size(), 1);
    EXPECT_EQ(p[0].addCode, u"THYRO"_s);
    EXPECT_EQ(p[0].analysisCodes, QStringList{u"T3L"_s});
    EXPECT_FALSE(p[0].automatic);
    // Everything already ordered: nothing to propose.
    EXPECT_TRUE(ReflexEvaluator::evaluate(catalogue(), {num(u"TSH"_s, u"0.05"_s)}, {u"T4L"_s, u"T3L"_s}).isEmpty());
    EXPECT_TRUE(ReflexEvaluator::evaluate(catalogue(), {num(u"TSH"_s, u"9"_s)}, {u"T4L"_s}).isEmpty());
}

TEST(ReflexEvaluator, RetiredTargetsAndInactiveRulesGiveNothing)
{
    Catalogue c = catalogue();
    c.analyses[1].retired = true; // T4L
    EXPECT_TRUE(ReflexEvaluator::evaluate(c, {num(u"TSH"_s, u"9"_s)}, {}).isEmpty());
    const auto p = ReflexEvaluator::evaluate(c, {num(u"TSH"_s, u"0.1"_s)}, {});
    ASSERT_EQ(p.size(), 1);
    EXPECT_EQ(p[0].analysisCodes, QStringList{u"T3L"_s}); // retired T4L skipped inside the exam
    c.exams[0].retired = true;
    EXPECT_TRUE(ReflexEvaluator::evaluate(c, {num(u"TSH"_s, u"0.1"_s)}, {}).isEmpty());
    Catalogue inactive = catalogue();
    inactive.reflexRules[0].active = false;
    EXPECT_TRUE(ReflexEvaluator::evaluate(inactive, {num(u"TSH"_s, u"9"_s)}, {}).isEmpty());
}

TEST(ReflexEvaluator, EmptyTextOrForeignUnitNeverFiresNumericRule)
{
    const Catalogue c = catalogue();
    ReflexInput pending;
    pending.analysisCode = u"TSH"_s;
    EXPECT_TRUE(ReflexEvaluator::evaluate(c, {pending}, {}).isEmpty());
    ReflexInput text;
    text.analysisCode = u"TSH"_s;
    text.value = ResultValue::ofText(u"hémolysé"_s);
    EXPECT_TRUE(ReflexEvaluator::evaluate(c, {text}, {}).isEmpty());
    EXPECT_TRUE(ReflexEvaluator::evaluate(c, {num(u"TSH"_s, u"9"_s, u"mU/mL"_s)}, {}).isEmpty());
    EXPECT_TRUE(ReflexEvaluator::evaluate(c, {num(u"T4L"_s, u"9"_s)}, {}).isEmpty()); // no rule on T4L
}

TEST(ReflexEvaluator, SecondUnitIsConvertedBackToTheCatalogueUnit)
{
    Catalogue c = catalogue();
    ReflexRule r;
    r.code = u"R-HB"_s;
    r.label = u"Anémie sévère"_s;
    r.triggerCode = u"HB"_s;
    r.condition = ReflexCondition::Below;
    r.threshold = 8.0; // g/dL
    r.addCode = u"T4L"_s;
    c.reflexRules = {r};
    // 4.5 mmol/L = 7.25 g/dL < 8; 5.5 mmol/L = 8.86 g/dL.
    EXPECT_EQ(ruleCodes(ReflexEvaluator::evaluate(c, {num(u"HB"_s, u"4.5"_s, u"mmol/L"_s)}, {})),
              QStringList{u"R-HB"_s});
    EXPECT_TRUE(ReflexEvaluator::evaluate(c, {num(u"HB"_s, u"5.5"_s, u"mmol/L"_s)}, {}).isEmpty());
}

TEST(ReflexEvaluator, FlagConditionsUseTheResultFlag)
{
    Catalogue c = catalogue();
    c.reflexRules[0].condition = ReflexCondition::Critical;
    c.reflexRules[0].threshold.reset();
    c.reflexRules[1].condition = ReflexCondition::Abnormal;
    c.reflexRules[1].threshold.reset();
    ReflexInput in = num(u"TSH"_s, u"3"_s);
    EXPECT_TRUE(ReflexEvaluator::evaluate(c, {in}, {}).isEmpty()); // no flag
    in.flag = AbnormalFlag::Normal;
    EXPECT_TRUE(ReflexEvaluator::evaluate(c, {in}, {}).isEmpty());
    in.flag = AbnormalFlag::High;
    EXPECT_EQ(ruleCodes(ReflexEvaluator::evaluate(c, {in}, {})), QStringList{u"R-TSH-B"_s});
    in.flag = AbnormalFlag::CriticalHigh;
    const auto p = ReflexEvaluator::evaluate(c, {in}, {});
    EXPECT_EQ(ruleCodes(p), (QStringList{u"R-TSH-H"_s, u"R-TSH-B"_s}));
    EXPECT_TRUE(p[0].reason.contains(u"(HH)"_s)) << qPrintable(p[0].reason);
}

TEST(ReflexEvaluator, CodedValueRuleAndLatestResultCounts)
{
    const Catalogue c = catalogue();
    ReflexInput neg;
    neg.analysisCode = u"VIH"_s;
    neg.value = ResultValue::ofCode(CodedValue{u"NEG"_s, {}, {}, u"Négatif"_s});
    ReflexInput pos = neg;
    pos.value = ResultValue::ofCode(CodedValue{u"POS"_s, {}, {}, u"Positif"_s});
    EXPECT_TRUE(ReflexEvaluator::evaluate(c, {neg}, {}).isEmpty());
    const auto p = ReflexEvaluator::evaluate(c, {neg, pos}, {});
    ASSERT_EQ(p.size(), 1);
    EXPECT_EQ(p[0].reason, u"Dépistage VIH = Positif (POS), valeur déclenchante"_s);
    EXPECT_TRUE(ReflexEvaluator::evaluate(c, {pos, neg}, {}).isEmpty()); // rerun negative is current
}

TEST(ReflexRuleValidator, AcceptsTheSampleCatalogue)
{
    const auto errors = ReflexRuleValidator::validate(catalogue());
    EXPECT_TRUE(errors.isEmpty()) << qPrintable(errorCodes(errors).join(u','));
}

TEST(ReflexRuleValidator, RefusesBrokenRulesNamingTheField)
{
    Catalogue c = catalogue();
    ReflexRule r = c.reflexRules[0];
    r.code = u"R-BAD"_s;
    r.triggerCode = u"NOPE"_s;
    r.addCode = u"ZZZ"_s;
    r.label.clear();
    c.reflexRules << r;
    c.reflexRules << c.reflexRules[0]; // duplicate code
    const auto errors = ReflexRuleValidator::validate(c);
    EXPECT_EQ(errorCodes(errors), (QStringList{u"catalogue.missing_field"_s, u"catalogue.unknown_reference"_s,
                                               u"catalogue.unknown_reference"_s, u"catalogue.duplicate_code"_s}));
    EXPECT_EQ(errors[0].location, u"règle réflexe R-BAD, label"_s);
    EXPECT_EQ(errors[1].location, u"règle réflexe R-BAD, trigger"_s);
    EXPECT_EQ(errors[2].location, u"règle réflexe R-BAD, add"_s);
}

TEST(ReflexRuleValidator, ConditionMustFitTheTrigger)
{
    Catalogue c = catalogue();
    c.reflexRules[0].threshold.reset();                 // numeric without threshold
    c.reflexRules[1].triggerCode = u"VIH"_s;           // numeric on coded
    c.reflexRules[2].codedValues = {u"POS"_s, u"XX"_s}; // value outside the list
    auto errors = ReflexRuleValidator::validate(c);
    EXPECT_EQ(errorCodes(errors), (QStringList(3, u"catalogue.reflex_condition"_s)));
    EXPECT_EQ(errors[2].location, u"règle réflexe R-VIH, coded_values"_s);

    Catalogue d = catalogue();
    d.reflexRules[2].triggerCode = u"TSH"_s; // coded condition on numeric trigger
    d.reflexRules[0].condition = ReflexCondition::Abnormal; // threshold left on a flag condition
    d.reflexRules[1].addCode = u"TSH"_s; // adds its own trigger
    errors = ReflexRuleValidator::validate(d);
    EXPECT_EQ(errorCodes(errors), (QStringList{u"catalogue.reflex_condition"_s, u"catalogue.reflex_self"_s,
                                               u"catalogue.reflex_condition"_s}));
    EXPECT_EQ(errors[0].location, u"règle réflexe R-TSH-H, threshold"_s);
    EXPECT_EQ(errors[2].location, u"règle réflexe R-VIH, condition"_s);
}

TEST(ReflexRuleValidator, ActiveRuleCannotUseRetiredItems)
{
    Catalogue c = catalogue();
    c.analyses[1].retired = true; // T4L, target of R-TSH-H and member of THYRO
    c.exams[0].analysisCodes = {u"T3L"_s};
    auto errors = ReflexRuleValidator::validate(c);
    ASSERT_EQ(errorCodes(errors), QStringList{u"catalogue.retired_reference"_s});
    EXPECT_EQ(errors[0].location, u"règle réflexe R-TSH-H, add"_s);
    c.reflexRules[0].active = false; // an inactive rule may keep pointing at it
    EXPECT_TRUE(ReflexRuleValidator::validate(c).isEmpty());
}

TEST(CatalogueValidator, RetiredAnalysisStillListedOrUsedIsRefused)
{
    Catalogue c = catalogue();
    c.reflexRules.clear();
    Analysis ratio = numeric(u"RATIO"_s, u"Rapport T4/T3"_s, QString());
    ratio.formula = u"T4L / T3L"_s;
    c.analyses << ratio;
    c.analyses[2].retired = true; // T3L
    auto rep = CatalogueValidator::validateStructure(c);
    ASSERT_EQ(errorCodes(rep.errors), (QStringList(2, u"catalogue.retired_reference"_s)));
    EXPECT_EQ(rep.errors[0].location, u"examen THYRO"_s);
    EXPECT_EQ(rep.errors[1].location, u"analyse RATIO, formula"_s);
    // Retiring the users too makes the catalogue consistent again.
    c.exams[0].retired = true;
    c.analyses.last().retired = true;
    EXPECT_TRUE(CatalogueValidator::validateStructure(c).ok());
}
