#include "domain/autoval/DemoRuleSet.h"
#include "workflow/autoval/RuleForm.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace sgl::domain::autoval;
using sgl::workflow::autoval::RuleForm;

namespace {

Rule demoRule(const QString &id)
{
    for (const Rule &r : DemoRuleSet::build().rules)
        if (r.id == id)
            return r;
    ADD_FAILURE() << "règle absente du jeu de démonstration : " << qPrintable(id);
    return {};
}

} // namespace

TEST(RuleFormTest, SummaryNamesTheParametersInFrenchLowBeforeHighWithTheDecimalComma)
{
    EXPECT_EQ(RuleForm::conditionSummary(demoRule(u"GB.LIMITES"_s)), u"bas 3,5 ; haut 11,5 ; unité 10*9/L"_s);
    const QString delta = RuleForm::conditionSummary(demoRule(u"INR.DELTA"_s));
    EXPECT_TRUE(delta.startsWith(u"écart absolu 0,5"_s)) << qPrintable(delta);
    EXPECT_TRUE(delta.contains(u"fenêtre (jours) 180"_s)) << qPrintable(delta);
    EXPECT_FALSE(delta.contains(u"window_days"_s)) << qPrintable(delta);
}

TEST(RuleFormTest, SummaryShowsNestedTermsAsCompactJson)
{
    const QString score = RuleForm::conditionSummary(demoRule(u"PATIENT.SCORE"_s));
    EXPECT_TRUE(score.contains(u"score maximal 3,5"_s)) << qPrintable(score);
    EXPECT_TRUE(score.contains(u"termes ["_s)) << qPrintable(score);
    EXPECT_EQ(RuleForm::typeLabel(demoRule(u"PATIENT.SCORE"_s)), u"score delta"_s);
}

TEST(RuleFormTest, RuleJsonIsTheRuleAsTheRuleSetFileHoldsItAndParsesBack)
{
    for (const Rule &r : DemoRuleSet::build().rules) {
        const QJsonObject o = QJsonDocument::fromJson(RuleForm::ruleJson(r).toUtf8()).object();
        ASSERT_EQ(o.value(u"id"_s).toString(), r.id);
        EXPECT_EQ(o.value(u"condition"_s).toObject().value(u"type"_s).toString(), conditionTypeCode(r.condition)) << qPrintable(r.id);
        RuleForm f = RuleForm::of(r);
        f.conditionJson = QString::fromUtf8(QJsonDocument(o.value(u"condition"_s).toObject()).toJson());
        auto back = f.toRule();
        ASSERT_TRUE(back) << qPrintable(back.error().toString());
        EXPECT_EQ(*back, r) << qPrintable(r.id);
    }
}
