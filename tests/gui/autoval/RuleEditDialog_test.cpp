// The rule editor's per-condition forms (issue 15): every rule of the demo rule set comes back
// equal after « OK » without change; each condition type and the population filled through the
// widgets give the expected domain value (French decimal comma); bad input keeps the dialog open
// with a French error naming the field; the dialog fits a 1366 × 768 screen on every page.

#include "GuiTestApp.h"

#include "app/autoval/ConditionFormsMulti.h"
#include "app/autoval/ConditionFormsSingle.h"
#include "app/autoval/PopulationForm.h"
#include "app/autoval/RuleEditDialog.h"
#include "domain/autoval/DemoRuleSet.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QSpinBox>
#include <QStackedWidget>

#include <gtest/gtest.h>

namespace sgl::app::test {
namespace {

namespace av = sgl::domain::autoval;

class RuleEditDialogTest : public ::testing::Test {
protected:
    void SetUp() override { guiApp(); }

    /** A dialog for a new rule on `analyses`, showing the page `type`, cast to its form class. */
    template <class Form>
    Form *start(RuleEditDialog &dialog, const QString &type, const QString &analyses = QStringLiteral("K"))
    {
        dialog.idEdit->setText(QStringLiteral("TEST.1"));
        dialog.labelEdit->setText(QStringLiteral("Règle de test"));
        dialog.analysesEdit->setText(analyses);
        EXPECT_TRUE(dialog.selectType(type)) << type.toStdString();
        EXPECT_EQ(dialog.typeCombo->currentData().toString(), type);
        EXPECT_EQ(dialog.conditionStack->currentWidget(), dialog.conditionForm(type));
        return dynamic_cast<Form *>(dialog.conditionForm(type));
    }

    static av::RuleCondition condition(RuleEditDialog &dialog)
    {
        EXPECT_TRUE(dialog.apply()) << dialog.errorText().toStdString();
        return dialog.rule().condition;
    }
};

TEST_F(RuleEditDialogTest, EveryDemoRuleComesBackEqualAfterOkWithoutChange)
{
    const av::RuleSet demo = av::DemoRuleSet::build();
    ASSERT_GT(demo.rules.size(), 10);
    QSet<QString> types;
    for (const av::Rule &rule : demo.rules) {
        RuleEditDialog dialog(rule);
        EXPECT_EQ(dialog.typeCombo->currentData().toString(), av::conditionTypeCode(rule.condition))
            << rule.id.toStdString();
        ASSERT_TRUE(dialog.apply()) << rule.id.toStdString() << " : " << dialog.errorText().toStdString();
        EXPECT_EQ(dialog.rule(), rule) << rule.id.toStdString();
        types.insert(av::conditionTypeCode(rule.condition));
    }
    EXPECT_GE(types.size(), 8) << "the demo set exercises most forms";
}

TEST_F(RuleEditDialogTest, ARuleWithEveryFieldSetComesBackEqualAndAChangeIsSeen)
{
    av::Rule rule;
    rule.id = QStringLiteral("GLY.TOUT");
    rule.label = QStringLiteral("Glycémie, tous les champs");
    rule.enabled = false;
    rule.analyses = {QStringLiteral("GLY")};
    rule.exam = QStringLiteral("IONO");
    rule.when.sex = domain::Sex::Female;
    rule.when.ageMin = domain::AgeLimit{6, domain::AgeLimit::Unit::Months};
    rule.when.ageMax = domain::AgeLimit{30, domain::AgeLimit::Unit::Days};
    rule.when.origins = {QStringLiteral("external"), QStringLiteral("ward")};
    rule.when.wards = {QStringLiteral("Urgences"), QStringLiteral("Cardiologie")};
    rule.condition = av::LimitsCondition{0.123456789, 11.5, QStringLiteral("mmol/L"), {QStringLiteral("neg"), QStringLiteral("POS")}};
    RuleEditDialog dialog(rule);
    auto *limits = dynamic_cast<LimitsForm *>(dialog.conditionForm(QStringLiteral("limits")));
    ASSERT_NE(limits, nullptr);
    EXPECT_EQ(limits->highEdit->text(), QStringLiteral("11,5"));
    ASSERT_TRUE(dialog.apply()) << dialog.errorText().toStdString();
    EXPECT_EQ(dialog.rule(), rule);

    limits->highEdit->setText(QStringLiteral("11,6"));
    ASSERT_TRUE(dialog.apply());
    EXPECT_NE(dialog.rule(), rule);
    EXPECT_EQ(std::get<av::LimitsCondition>(dialog.rule().condition).high, 11.6);
}

TEST_F(RuleEditDialogTest, TheTypeComboNamesTheConditionsInFrench)
{
    RuleEditDialog dialog{av::Rule{}};
    QStringList names;
    for (int i = 0; i < dialog.typeCombo->count(); ++i)
        names << dialog.typeCombo->itemText(i);
    for (const char *name : {"Limites", "Delta", "Limites critiques", "Alarmes de l'automate", "Indice sérique",
                             "Contamination EDTA", "Rapport de deux analyses", "Trou anionique", "Somme des parties",
                             "Variation concordante", "Score delta multivarié"})
        EXPECT_TRUE(names.contains(QString::fromUtf8(name))) << name;
    EXPECT_EQ(dialog.typeCombo->count(), dialog.conditionStack->count());
    EXPECT_EQ(dialog.typeCombo->currentData().toString(), QStringLiteral("limits")) << "a new rule starts on limits";
}

TEST_F(RuleEditDialogTest, LimitsWithADecimalComma)
{
    RuleEditDialog dialog{av::Rule{}};
    auto *f = start<LimitsForm>(dialog, QStringLiteral("limits"));
    ASSERT_NE(f, nullptr);
    f->lowEdit->setText(QStringLiteral("3,5"));
    f->highEdit->setText(QStringLiteral(" 5.1 "));
    f->unitLine->setText(QStringLiteral("mmol/L"));
    EXPECT_EQ(condition(dialog), av::RuleCondition(av::LimitsCondition{3.5, 5.1, QStringLiteral("mmol/L"), {}}));
    f->lowEdit->clear();
    f->highEdit->clear();
    f->unitLine->clear();
    EXPECT_EQ(condition(dialog), av::RuleCondition(av::LimitsCondition{})) << "empty: the reference range";
}

TEST_F(RuleEditDialogTest, DeltaCriticalFlagsAndSerumIndex)
{
    RuleEditDialog dialog{av::Rule{}};
    auto *d = start<DeltaForm>(dialog, QStringLiteral("delta"));
    ASSERT_NE(d, nullptr);
    d->absoluteEdit->setText(QStringLiteral("0,8"));
    d->unitLine->setText(QStringLiteral("mmol/L"));
    d->relativeEdit->setText(QStringLiteral("20"));
    d->windowSpin->setValue(7);
    d->requirePreviousCheck->setChecked(true);
    EXPECT_EQ(condition(dialog), av::RuleCondition(av::DeltaCondition{0.8, 20.0, QStringLiteral("mmol/L"), 7, true}));

    auto *c = start<CriticalForm>(dialog, QStringLiteral("critical"));
    ASSERT_NE(c, nullptr);
    c->highEdit->setText(QStringLiteral("6,5"));
    c->unitLine->setText(QStringLiteral("mmol/L"));
    EXPECT_EQ(condition(dialog), av::RuleCondition(av::CriticalCondition{std::nullopt, 6.5, QStringLiteral("mmol/L")}));

    auto *fl = start<AnalyzerFlagsForm>(dialog, QStringLiteral("analyzer_flags"));
    ASSERT_NE(fl, nullptr);
    fl->ignoredFlagsEdit->setText(QStringLiteral("Dilution, Rerun ;"));
    EXPECT_EQ(condition(dialog),
              av::RuleCondition(av::AnalyzerFlagsCondition{{QStringLiteral("Dilution"), QStringLiteral("Rerun")}}));

    auto *s = start<SerumIndexForm>(dialog, QStringLiteral("serum_index"));
    ASSERT_NE(s, nullptr);
    s->indexCombo->setCurrentIndex(s->indexCombo->findData(QStringLiteral("l")));
    s->maximumEdit->setText(QStringLiteral("2,5"));
    s->holdWhenMissingCheck->setChecked(true);
    EXPECT_EQ(condition(dialog), av::RuleCondition(av::SerumIndexCondition{av::SerumIndex::Lipaemia, 2.5, true}));
}

TEST_F(RuleEditDialogTest, EdtaRatioAnionGapAndSum)
{
    RuleEditDialog dialog{av::Rule{}};
    auto *e = start<EdtaContaminationForm>(dialog, QStringLiteral("edta_contamination"), QString());
    ASSERT_NE(e, nullptr);
    e->potassium.analysis->setText(QStringLiteral("k"));
    e->potassium.threshold->setText(QStringLiteral("6"));
    e->potassium.unit->setText(QStringLiteral("mmol/L"));
    e->calcium.analysis->setText(QStringLiteral("CA"));
    e->calcium.threshold->setText(QStringLiteral("1,9"));
    e->calcium.unit->setText(QStringLiteral("mmol/L"));
    e->holdWithoutPartnerCheck->setChecked(true);
    EXPECT_EQ(condition(dialog), av::RuleCondition(av::EdtaContaminationCondition{
                                     av::Operand{QStringLiteral("K"), 6.0, QStringLiteral("mmol/L")},
                                     av::Operand{QStringLiteral("CA"), 1.9, QStringLiteral("mmol/L")}, {}, {}, true}));

    auto *r = start<RatioForm>(dialog, QStringLiteral("ratio"), QString());
    ASSERT_NE(r, nullptr);
    r->numeratorEdit->setText(QStringLiteral("HT"));
    r->denominatorEdit->setText(QStringLiteral("HB"));
    r->minimumEdit->setText(QStringLiteral("2,6"));
    r->maximumEdit->setText(QStringLiteral("3,4"));
    EXPECT_EQ(condition(dialog), av::RuleCondition(av::RatioCondition{QStringLiteral("HT"), QStringLiteral("HB"), 2.6, 3.4}));

    auto *g = start<AnionGapForm>(dialog, QStringLiteral("anion_gap"), QString());
    ASSERT_NE(g, nullptr);
    g->sodiumEdit->setText(QStringLiteral("NA"));
    g->chlorideEdit->setText(QStringLiteral("CL"));
    g->bicarbonateEdit->setText(QStringLiteral("CO2"));
    g->potassiumEdit->setText(QStringLiteral("K"));
    g->withPotassiumCheck->setChecked(true);
    g->lowEdit->setText(QStringLiteral("8"));
    g->highEdit->setText(QStringLiteral("20,5"));
    g->unitLine->setText(QStringLiteral("mmol/L"));
    EXPECT_EQ(condition(dialog),
              av::RuleCondition(av::AnionGapCondition{QStringLiteral("NA"), QStringLiteral("CL"), QStringLiteral("CO2"),
                                                      QStringLiteral("K"), true, 8.0, 20.5, QStringLiteral("mmol/L")}));

    auto *s = start<SumForm>(dialog, QStringLiteral("sum"), QString());
    ASSERT_NE(s, nullptr);
    s->totalEdit->setText(QStringLiteral("GB"));
    s->partsEdit->setText(QStringLiteral("PNN, LYM, MONO"));
    s->toleranceEdit->setText(QStringLiteral("5"));
    EXPECT_EQ(condition(dialog),
              av::RuleCondition(av::SumCondition{QStringLiteral("GB"),
                                                 {QStringLiteral("PNN"), QStringLiteral("LYM"), QStringLiteral("MONO")},
                                                 5.0}));
}

TEST_F(RuleEditDialogTest, ConcordantChangeDeltaScoreAndPopulation)
{
    RuleEditDialog dialog{av::Rule{}};
    auto *c = start<ConcordantChangeForm>(dialog, QStringLiteral("concordant_change"), QStringLiteral("NA, K, CL"));
    ASSERT_NE(c, nullptr);
    c->relativeEdit->setText(QStringLiteral("12,5"));
    c->minAnalysesSpin->setValue(3);
    c->windowSpin->setValue(4);
    c->sameDirectionCheck->setChecked(false);
    EXPECT_EQ(condition(dialog), av::RuleCondition(av::ConcordantChangeCondition{12.5, 3, 4, false}));

    auto *s = start<DeltaScoreForm>(dialog, QStringLiteral("delta_score"), QStringLiteral("NA, K"));
    ASSERT_NE(s, nullptr);
    s->termsEdit->setText(QStringLiteral("na=2,1 ; K = 6"));
    s->maxScoreEdit->setText(QStringLiteral("9"));
    s->minAnalysesSpin->setValue(2);
    s->windowSpin->setValue(10);
    EXPECT_EQ(condition(dialog),
              av::RuleCondition(av::DeltaScoreCondition{
                  {av::DeltaScoreTerm{QStringLiteral("NA"), 2.1}, av::DeltaScoreTerm{QStringLiteral("K"), 6.0}}, 9.0, 2, 10}));

    PopulationForm *p = dialog.population;
    p->sexCombo->setCurrentIndex(p->sexCombo->findData(QStringLiteral("M")));
    p->ageMinSpin->setValue(1);
    p->ageMinUnit->setCurrentIndex(p->ageMinUnit->findData(QStringLiteral("m")));
    p->ageMaxSpin->setValue(18);
    p->wardCheck->setChecked(true);
    p->wardsEdit->setText(QStringLiteral("Urgences , Réanimation"));
    ASSERT_TRUE(dialog.apply()) << dialog.errorText().toStdString();
    av::Applicability expected;
    expected.sex = domain::Sex::Male;
    expected.ageMin = domain::AgeLimit{1, domain::AgeLimit::Unit::Months};
    expected.ageMax = domain::AgeLimit{18, domain::AgeLimit::Unit::Years};
    expected.origins = {QStringLiteral("ward")};
    expected.wards = {QStringLiteral("Urgences"), QStringLiteral("Réanimation")};
    EXPECT_EQ(dialog.rule().when, expected);

    p->sexCombo->setCurrentIndex(0);
    p->ageMinSpin->setValue(-1);
    p->ageMaxSpin->setValue(-1);
    p->wardCheck->setChecked(false);
    p->wardsEdit->clear();
    ASSERT_TRUE(dialog.apply());
    EXPECT_TRUE(dialog.rule().when.isEmpty());
}

TEST_F(RuleEditDialogTest, BadInputKeepsTheDialogOpenWithTheFieldNamedInFrench)
{
    RuleEditDialog dialog{av::Rule{}};
    dialog.show();
    auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    ASSERT_NE(ok, nullptr);
    const auto refused = [&](const QString &expected) {
        ok->click();
        QCoreApplication::processEvents();
        EXPECT_TRUE(dialog.isVisible()) << expected.toStdString();
        EXPECT_NE(dialog.result(), QDialog::Accepted);
        EXPECT_TRUE(dialog.errorText().contains(expected)) << dialog.errorText().toStdString();
    };

    auto *d = start<DeltaForm>(dialog, QStringLiteral("delta"));
    ASSERT_NE(d, nullptr);
    refused(QStringLiteral("Delta : seuil absolu ou relatif requis"));
    d->absoluteEdit->setText(QStringLiteral("1,2"));
    d->unitLine->setText(QStringLiteral("mmol/L"));
    d->relativeEdit->setText(QStringLiteral("vingt"));
    refused(QStringLiteral("Delta : seuil relatif : « vingt » n'est pas un nombre"));

    auto *l = start<LimitsForm>(dialog, QStringLiteral("limits"));
    ASSERT_NE(l, nullptr);
    l->lowEdit->setText(QStringLiteral("trois"));
    refused(QStringLiteral("Limites : limite basse : « trois » n'est pas un nombre"));
    l->lowEdit->setText(QStringLiteral("3,5"));
    l->unitLine->setText(QStringLiteral("mmol/L"));
    l->highEdit->setText(QStringLiteral("5,1a"));
    refused(QStringLiteral("Limites : limite haute : « 5,1a » n'est pas un nombre"));

    auto *e = start<EdtaContaminationForm>(dialog, QStringLiteral("edta_contamination"));
    ASSERT_NE(e, nullptr);
    e->potassium.analysis->setText(QStringLiteral("K"));
    e->potassium.threshold->setText(QStringLiteral("6"));
    refused(QStringLiteral("Contamination EDTA : unité requise pour le seuil du potassium"));
    e->potassium.unit->setText(QStringLiteral("mmol/L"));
    e->calcium.threshold->setText(QStringLiteral("2"));
    refused(QStringLiteral("Contamination EDTA : analyse requise pour le calcium"));

    auto *r = start<RatioForm>(dialog, QStringLiteral("ratio"));
    ASSERT_NE(r, nullptr);
    r->numeratorEdit->setText(QStringLiteral("HT"));
    refused(QStringLiteral("Rapport de deux analyses : dénominateur requis"));

    auto *s = start<SerumIndexForm>(dialog, QStringLiteral("serum_index"));
    ASSERT_NE(s, nullptr);
    refused(QStringLiteral("Indice sérique : maximum : valeur requise"));

    auto *score = start<DeltaScoreForm>(dialog, QStringLiteral("delta_score"));
    ASSERT_NE(score, nullptr);
    score->termsEdit->setText(QStringLiteral("NA 2,1"));
    refused(QStringLiteral("Score delta multivarié : terme « NA 2,1 »"));

    // A complete condition but no identifier.
    l->highEdit->setText(QStringLiteral("5,1"));
    ASSERT_TRUE(dialog.selectType(QStringLiteral("limits")));
    dialog.idEdit->clear();
    ok->click();
    QCoreApplication::processEvents();
    EXPECT_TRUE(dialog.isVisible());
    EXPECT_TRUE(dialog.errorText().contains(QStringLiteral("Identifiant requis"))) << dialog.errorText().toStdString();

    dialog.idEdit->setText(QStringLiteral("K.TEST"));
    ok->click();
    QCoreApplication::processEvents();
    EXPECT_EQ(dialog.result(), QDialog::Accepted) << dialog.errorText().toStdString();
    EXPECT_EQ(dialog.rule().condition, av::RuleCondition(av::LimitsCondition{3.5, 5.1, QStringLiteral("mmol/L"), {}}));
}

TEST_F(RuleEditDialogTest, TheAdvancedJsonShowsTheExactRule)
{
    const av::Rule rule = av::DemoRuleSet::build().rules.first();
    RuleEditDialog dialog(rule);
    dialog.show();
    EXPECT_FALSE(dialog.jsonView->isVisible());
    dialog.advancedCheck->setChecked(true);
    QCoreApplication::processEvents();
    EXPECT_TRUE(dialog.jsonView->isVisible());
    EXPECT_TRUE(dialog.jsonView->isReadOnly());
    EXPECT_TRUE(dialog.jsonView->toPlainText().contains(QStringLiteral("\"id\": \"%1\"").arg(rule.id)))
        << dialog.jsonView->toPlainText().toStdString();
    EXPECT_TRUE(dialog.jsonView->toPlainText().contains(QStringLiteral("\"type\": \"%1\"").arg(av::conditionTypeCode(rule.condition))));
}

TEST_F(RuleEditDialogTest, TheDialogFitsA1366By768ScreenOnEveryPage)
{
    RuleEditDialog dialog{av::Rule{}};
    dialog.show();
    for (int i = 0; i < dialog.typeCombo->count(); ++i) {
        dialog.typeCombo->setCurrentIndex(i);
        QCoreApplication::processEvents();
        const QString type = dialog.typeCombo->currentData().toString();
        EXPECT_LE(dialog.minimumSizeHint().width(), dialog.width()) << type.toStdString();
        EXPECT_LE(dialog.width(), 1366) << type.toStdString();
        EXPECT_LE(dialog.sizeHint().height(), 700) << type.toStdString();
        EXPECT_LE(dialog.height(), 700) << type.toStdString();
    }
    dialog.advancedCheck->setChecked(true);
    QCoreApplication::processEvents();
    EXPECT_LE(dialog.minimumSizeHint().height(), 700) << "with the JSON shown";
}

} // namespace
} // namespace sgl::app::test
