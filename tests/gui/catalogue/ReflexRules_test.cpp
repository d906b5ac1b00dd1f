// Reflex rules on the catalogue screen: ReflexRuleDialog (creation, edition, refusals),
// ReflexRuleTableModel and ReflexRulePanel (deletion), over the real CatalogueAdmin.
#include "CatalogueAdminFixture.h"

#include "app/catalogue/CatalogueTreeModel.h"
#include "app/catalogue/CatalogueView.h"
#include "app/catalogue/ReflexRuleDialog.h"
#include "app/catalogue/ReflexRulePanel.h"
#include "app/catalogue/ReflexRuleTableModel.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QLineEdit>

using namespace sgl::app;
using namespace sgl::app::test;
using sgl::domain::ReflexCondition;

namespace {

class ReflexRulesTest : public OnBothBackends<CatalogueAdminFixture> {
protected:
    void type(QWidget *dialog, const char *name, const QString &text)
    {
        auto *edit = dialog->findChild<QLineEdit *>(QString::fromLatin1(name));
        ASSERT_NE(edit, nullptr) << name;
        edit->setText(text);
    }

    /** TSH above 4,5 mUI/L adds T4L automatically. */
    void createTshRule()
    {
        ReflexRuleDialog dialog(admin(), m_admin, current(), std::nullopt);
        type(&dialog, "codeEdit", QStringLiteral("RFX-TSH"));
        type(&dialog, "labelEdit", QStringLiteral("TSH élevée : T4 libre"));
        ASSERT_TRUE(dialog.setTriggerCode(QStringLiteral("TSH")));
        dialog.setCondition(ReflexCondition::Above);
        type(&dialog, "thresholdEdit", QStringLiteral("4,5"));
        ASSERT_TRUE(dialog.setAddCode(QStringLiteral("T4L")));
        dialog.findChild<QCheckBox *>(QStringLiteral("automaticCheck"))->setChecked(true);
        type(&dialog, "reasonEdit", QStringLiteral("protocole thyroïde"));
        dialog.accept();
        ASSERT_EQ(dialog.result(), QDialog::Accepted) << dialog.errorText().toStdString();
    }
};

} // namespace

TEST_P(ReflexRulesTest, CreatesANumericRuleWithDecimalCommaAndRefusesMistakesInline)
{
    ReflexRuleDialog dialog(admin(), m_admin, current(), std::nullopt);
    type(&dialog, "codeEdit", QStringLiteral("RFX-TSH"));
    type(&dialog, "labelEdit", QStringLiteral("TSH élevée : T4 libre"));
    ASSERT_TRUE(dialog.setTriggerCode(QStringLiteral("TSH")));
    EXPECT_FALSE(dialog.setTriggerCode(QStringLiteral("ABSENT")));
    EXPECT_EQ(dialog.thresholdUnitText(), QStringLiteral("mUI/L"));
    EXPECT_TRUE(dialog.isConditionOffered(ReflexCondition::AtOrBelow));
    EXPECT_TRUE(dialog.isConditionOffered(ReflexCondition::Critical));
    EXPECT_FALSE(dialog.isConditionOffered(ReflexCondition::CodedValue)) << "TSH is numeric";
    dialog.setCondition(ReflexCondition::Above);
    EXPECT_TRUE(dialog.isThresholdEnabled());
    EXPECT_FALSE(dialog.isCodedValuesEnabled());
    ASSERT_TRUE(dialog.setAddCode(QStringLiteral("T4L")));

    // Missing threshold and reason: both named.
    dialog.accept();
    EXPECT_EQ(dialog.result(), QDialog::Rejected);
    EXPECT_TRUE(dialog.errorText().contains(QStringLiteral("Seuil : obligatoire"))) << dialog.errorText().toStdString();
    EXPECT_TRUE(dialog.errorText().contains(QStringLiteral("Motif"))) << dialog.errorText().toStdString();

    type(&dialog, "thresholdEdit", QStringLiteral("quatre"));
    type(&dialog, "reasonEdit", QStringLiteral("protocole thyroïde"));
    dialog.accept();
    EXPECT_EQ(dialog.result(), QDialog::Rejected);
    EXPECT_TRUE(dialog.errorText().contains(QStringLiteral("« quatre » n'est pas un nombre"))) << dialog.errorText().toStdString();
    EXPECT_TRUE(current().reflexRules.isEmpty());

    type(&dialog, "thresholdEdit", QStringLiteral("4,5"));
    // The catalogue's rule check refuses a rule adding its own trigger, naming the field.
    ASSERT_TRUE(dialog.setAddCode(QStringLiteral("TSH")));
    dialog.accept();
    EXPECT_EQ(dialog.result(), QDialog::Rejected);
    EXPECT_TRUE(dialog.errorText().contains(QStringLiteral("champ ajoute"))) << dialog.errorText().toStdString();
    EXPECT_TRUE(current().reflexRules.isEmpty());

    ASSERT_TRUE(dialog.setAddCode(QStringLiteral("T4L")));
    dialog.accept();
    ASSERT_EQ(dialog.result(), QDialog::Accepted) << dialog.errorText().toStdString();
    const auto catalogue = current();
    const auto *rule = catalogue.reflexRule(QStringLiteral("RFX-TSH"));
    ASSERT_NE(rule, nullptr);
    ASSERT_TRUE(rule->threshold.has_value());
    EXPECT_DOUBLE_EQ(*rule->threshold, 4.5);
    EXPECT_EQ(rule->triggerCode, QStringLiteral("TSH"));
    EXPECT_EQ(rule->addCode, QStringLiteral("T4L"));
    EXPECT_FALSE(rule->automatic);
    EXPECT_TRUE(rule->active);

    // The same code again is refused at creation.
    ReflexRuleDialog again(admin(), m_admin, catalogue, std::nullopt);
    type(&again, "codeEdit", QStringLiteral("RFX-TSH"));
    type(&again, "labelEdit", QStringLiteral("doublon"));
    again.setTriggerCode(QStringLiteral("TSH"));
    again.setCondition(ReflexCondition::Abnormal);
    EXPECT_FALSE(again.isThresholdEnabled());
    again.setAddCode(QStringLiteral("T4L"));
    type(&again, "reasonEdit", QStringLiteral("essai"));
    again.accept();
    EXPECT_EQ(again.result(), QDialog::Rejected);
    EXPECT_TRUE(again.errorText().contains(QStringLiteral("« RFX-TSH » existe déjà"))) << again.errorText().toStdString();
}

TEST_P(ReflexRulesTest, CodedRuleOffersTheTriggersValuesAndTheTableShowsThem)
{
    ReflexRuleDialog dialog(admin(), m_admin, current(), std::nullopt);
    type(&dialog, "codeEdit", QStringLiteral("RFX-HBS"));
    type(&dialog, "labelEdit", QStringLiteral("Ag HBs positif : bilan hépatique"));
    ASSERT_TRUE(dialog.setTriggerCode(QStringLiteral("AGHBS")));
    EXPECT_FALSE(dialog.isConditionOffered(ReflexCondition::Above)) << "AGHBS is coded";
    EXPECT_TRUE(dialog.isConditionOffered(ReflexCondition::Abnormal));
    EXPECT_TRUE(dialog.isConditionOffered(ReflexCondition::CodedValue));
    EXPECT_FALSE(dialog.isThresholdEnabled()) << "the numeric condition was replaced by one that fits";
    dialog.setCondition(ReflexCondition::CodedValue);
    EXPECT_FALSE(dialog.isThresholdEnabled());
    EXPECT_TRUE(dialog.isCodedValuesEnabled());
    EXPECT_EQ(dialog.offeredCodedValues(),
              (QStringList{QStringLiteral("NEG"), QStringLiteral("POS"), QStringLiteral("IND")}));
    ASSERT_TRUE(dialog.setAddCode(QStringLiteral("BHEP")));
    type(&dialog, "reasonEdit", QStringLiteral("protocole hépatite B"));
    dialog.accept();
    EXPECT_EQ(dialog.result(), QDialog::Rejected);
    EXPECT_TRUE(dialog.errorText().contains(QStringLiteral("Valeurs codées"))) << dialog.errorText().toStdString();

    EXPECT_FALSE(dialog.setCodedValues({QStringLiteral("XYZ")}));
    ASSERT_TRUE(dialog.setCodedValues({QStringLiteral("POS"), QStringLiteral("IND")}));
    dialog.accept();
    ASSERT_EQ(dialog.result(), QDialog::Accepted) << dialog.errorText().toStdString();
    EXPECT_EQ(current().reflexRule(QStringLiteral("RFX-HBS"))->codedValues,
              (QStringList{QStringLiteral("POS"), QStringLiteral("IND")}));

    createTshRule();
    ReflexRuleTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setCatalogue(current());
    ASSERT_EQ(model.rowCount(), 2);
    const int tsh = model.rowOf(QStringLiteral("RFX-TSH"));
    const int hbs = model.rowOf(QStringLiteral("RFX-HBS"));
    ASSERT_GE(tsh, 0);
    ASSERT_GE(hbs, 0);
    EXPECT_EQ(model.rowOf(QStringLiteral("ABSENT")), -1);
    EXPECT_EQ(model.index(tsh, ReflexRuleTableModel::ThresholdColumn).data().toString(), QStringLiteral("4,5 mUI/L"));
    EXPECT_EQ(model.index(tsh, ReflexRuleTableModel::ConditionColumn).data().toString(), QStringLiteral("supérieur à"));
    EXPECT_EQ(model.index(tsh, ReflexRuleTableModel::AutomaticColumn).data().toString(), QStringLiteral("Oui"));
    EXPECT_TRUE(model.index(tsh, ReflexRuleTableModel::AddColumn).data().toString().startsWith(QStringLiteral("T4L")));
    EXPECT_EQ(model.index(hbs, ReflexRuleTableModel::ThresholdColumn).data().toString(), QStringLiteral("POS, IND"));
    EXPECT_TRUE(model.index(hbs, ReflexRuleTableModel::AddColumn).data().toString().contains(QStringLiteral("examen BHEP")));
    EXPECT_EQ(model.headerData(ReflexRuleTableModel::TriggerColumn, Qt::Horizontal).toString(), QStringLiteral("Déclencheur"));

    // The exam added by an active rule cannot be retired; the refusal names the rule.
    CatalogueView view(&admin(), m_services->catalogueError(), m_admin, false);
    ASSERT_TRUE(view.select(QStringLiteral("BHEP"), CatalogueTreeModel::Kind::Exam));
    EXPECT_FALSE(view.setSelectedRetired(true, QStringLiteral("sous-traité")));
    EXPECT_TRUE(view.problemText().contains(QStringLiteral("RFX-HBS"))) << view.problemText().toStdString();
}

TEST_P(ReflexRulesTest, EditsThenDeletesARuleFromThePanel)
{
    createTshRule();
    ReflexRuleDialog edit(admin(), m_admin, current(), *current().reflexRule(QStringLiteral("RFX-TSH")));
    EXPECT_FALSE(edit.findChild<QLineEdit *>(QStringLiteral("codeEdit"))->isEnabled());
    EXPECT_EQ(edit.findChild<QLineEdit *>(QStringLiteral("thresholdEdit"))->text(), QStringLiteral("4,5"));
    EXPECT_TRUE(edit.findChild<QCheckBox *>(QStringLiteral("automaticCheck"))->isChecked());
    type(&edit, "thresholdEdit", QStringLiteral("5"));
    edit.findChild<QCheckBox *>(QStringLiteral("activeCheck"))->setChecked(false);
    type(&edit, "reasonEdit", QStringLiteral("seuil revu"));
    edit.accept();
    ASSERT_EQ(edit.result(), QDialog::Accepted) << edit.errorText().toStdString();
    const auto *rule = current().reflexRule(QStringLiteral("RFX-TSH"));
    ASSERT_NE(rule, nullptr);
    EXPECT_DOUBLE_EQ(*rule->threshold, 5.0);
    EXPECT_FALSE(rule->active);
    auto history = admin().history(QStringLiteral("reflex"), QStringLiteral("RFX-TSH"));
    ASSERT_TRUE(history.has_value());
    EXPECT_EQ(history->size(), 2);

    CatalogueView view(&admin(), m_services->catalogueError(), m_admin, false);
    ReflexRulePanel *panel = view.reflexPanel();
    ASSERT_NE(panel, nullptr);
    ASSERT_EQ(panel->model()->rowCount(), 1);
    EXPECT_TRUE(panel->model()->index(0, ReflexRuleTableModel::ActiveColumn).data(Qt::ForegroundRole).isValid())
        << "inactive rule greyed";
    ASSERT_TRUE(panel->selectRule(QStringLiteral("RFX-TSH")));
    EXPECT_EQ(panel->selectedCode(), QStringLiteral("RFX-TSH"));
    EXPECT_FALSE(panel->deleteRule(QStringLiteral("RFX-TSH"), QString()));
    EXPECT_TRUE(panel->problemText().contains(QStringLiteral("Motif"))) << panel->problemText().toStdString();
    EXPECT_FALSE(panel->deleteRule(QStringLiteral("ABSENT"), QStringLiteral("essai")));
    EXPECT_FALSE(panel->problemText().isEmpty());
    ASSERT_TRUE(panel->deleteRule(QStringLiteral("RFX-TSH"), QStringLiteral("protocole abandonné")))
        << panel->problemText().toStdString();
    EXPECT_EQ(current().reflexRule(QStringLiteral("RFX-TSH")), nullptr);
    EXPECT_EQ(panel->model()->rowCount(), 0) << "the view reloaded after the change";
    EXPECT_TRUE(view.statusText().contains(QStringLiteral("supprimée")));
}

INSTANTIATE_TEST_SUITE_P(Backends, ReflexRulesTest, kBothBackends, sgl::testing::backendName);
