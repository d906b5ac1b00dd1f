// Auto-validation screens (issue 15), offscreen on SQLite and PostgreSQL over the demo database
// (demo rules in shadow mode): the « Règles » tab of the validation screen shows the engine's
// verdict per analysis with the rule that held it; the « Auto-validation » administration
// (rules table, a bad rule refused in the dialog, a bad rule set refused at
// save with the rule and field named and nothing saved, mode change) and the statistics tables
// with their CSV. Models under QAbstractItemModelTester.

#include "ValidationGuiFixture.h"

#include "app/autoval/AutovalAdminView.h"
#include "app/autoval/AutovalServices.h"
#include "app/autoval/AutovalStatsModel.h"
#include "app/autoval/ConditionFormsSingle.h"
#include "app/autoval/RuleEditDialog.h"
#include "app/autoval/RuleSetTableModel.h"
#include "app/validation/AutovalVerdictModel.h"
#include "app/validation/AutovalVerdictPanel.h"
#include "domain/autoval/DemoRuleSet.h"
#include "workflow/autoval/AutoValidation.h"

#include <QAbstractItemModelTester>
#include <QCoreApplication>
#include <QHeaderView>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QTableView>

namespace sgl::app::test {
namespace {

class AutovalGuiTest : public ValidationGuiTest {
protected:
    domain::UserSession admin() { return session(QStringLiteral("admin")); }
};

TEST_P(AutovalGuiTest, TheValidationScreenShowsTheVerdictPerAnalysisWithTheRuleThatHeldIt)
{
    const domain::Dossier d = ready({QStringLiteral("CRP")}, {{QStringLiteral("CRP"), QStringLiteral("48")}});
    auto evaluated = workflow::autoval::AutoValidation(*m_db, bio(), reports()).evaluate(d.id);
    ASSERT_TRUE(evaluated) << evaluated.error().toString().toStdString();
    ASSERT_FALSE(evaluated->verdict.release);
    ValidationView &v = view();
    ASSERT_TRUE(v.openDossier(d.id));
    auto *panel = v.findChild<AutovalVerdictPanel *>(QStringLiteral("autovalPanel"));
    ASSERT_NE(panel, nullptr);
    AutovalVerdictModel *model = panel->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_GE(model->rowCount(), 1);
    EXPECT_EQ(model->index(0, AutovalVerdictModel::AnalysisColumn).data().toString(), QStringLiteral("CRP"));
    EXPECT_EQ(model->index(0, AutovalVerdictModel::VerdictColumn).data().toString(), QStringLiteral("Retenu"));
    EXPECT_FALSE(model->index(0, AutovalVerdictModel::RuleColumn).data().toString().isEmpty());
    EXPECT_TRUE(model->index(0, AutovalVerdictModel::ReasonColumn).data().toString().contains(QStringLiteral("48")));
    EXPECT_TRUE(model->summary().contains(QStringLiteral("retenu"))) << model->summary().toStdString();
    auto *tabs = v.findChild<QTabWidget *>(QStringLiteral("detailTabs"));
    ASSERT_NE(tabs, nullptr);
    EXPECT_TRUE(tabs->tabText(tabs->indexOf(panel)).startsWith(QStringLiteral("Règles")));
}

TEST_P(AutovalGuiTest, ADossierWideHoldComesFirstWithItsRule)
{
    // A pending reflex proposal holds the whole dossier: its line leads the table, rule named.
    workflow::autoval::DossierAutovalView view;
    view.mode = workflow::autoval::AutovalMode::Shadow;
    view.evaluatedAt = QDateTime::currentDateTimeUtc();
    view.analyses << workflow::autoval::AutovalAnalysisLine{1, QStringLiteral("HB"), true, {}, {}, {}}
                  << workflow::autoval::AutovalAnalysisLine{2, QStringLiteral("PLAQ"), true, {}, {}, {}};
    view.dossierHolds << QStringLiteral("SYS.ECHANGE (Échange de tubes suspecté dans la série de prélèvement) : dossier D2 …");
    view.dossierHoldRules << QStringLiteral("SYS.ECHANGE");
    AutovalVerdictModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setVerdict(view);
    ASSERT_EQ(model.rowCount(), 3);
    EXPECT_EQ(model.index(0, AutovalVerdictModel::AnalysisColumn).data().toString(), QStringLiteral("Dossier"));
    EXPECT_EQ(model.index(0, AutovalVerdictModel::VerdictColumn).data().toString(), QStringLiteral("Retenu"));
    EXPECT_EQ(model.index(0, AutovalVerdictModel::RuleColumn).data().toString(), QStringLiteral("SYS.ECHANGE"));
    EXPECT_EQ(model.index(1, AutovalVerdictModel::AnalysisColumn).data().toString(), QStringLiteral("HB"));
}

TEST_P(AutovalGuiTest, TheAdministratorEditsRulesAndABadRuleSetIsRefusedWithNothingSaved)
{
    AutovalAdminView admin(std::make_unique<AutovalServices>(*m_db, this->admin()), false);
    admin.resize(1180, 700);
    RuleSetTableModel *rules = admin.rulesModel();
    QAbstractItemModelTester tester(rules, QAbstractItemModelTester::FailureReportingMode::Fatal);
    EXPECT_EQ(rules->ruleSet(), domain::autoval::DemoRuleSet::build());
    EXPECT_TRUE(admin.statusText().contains(QStringLiteral("version"))) << admin.statusText().toStdString();

    // The dialog refuses a malformed condition, naming where.
    RuleEditDialog dialog(domain::autoval::Rule{});
    dialog.idEdit->setText(QStringLiteral("CRP.TEST"));
    dialog.labelEdit->setText(QStringLiteral("CRP de test"));
    dialog.analysesEdit->setText(QStringLiteral("CRP"));
    ASSERT_TRUE(dialog.selectType(QStringLiteral("limits")));
    auto *limits = dynamic_cast<LimitsForm *>(dialog.conditionForm(QStringLiteral("limits")));
    ASSERT_NE(limits, nullptr);
    limits->highEdit->setText(QStringLiteral("cinq"));
    EXPECT_FALSE(dialog.apply());
    EXPECT_FALSE(dialog.errorText().isEmpty());
    limits->lowEdit->setText(QStringLiteral("0"));
    limits->highEdit->setText(QStringLiteral("10"));
    limits->unitLine->setText(QStringLiteral("g/L"));
    ASSERT_TRUE(dialog.apply()) << dialog.errorText().toStdString();

    // Well formed but in a unit CRP does not use: refused at save, rule and field named, nothing saved.
    const int before = count(QStringLiteral("autoval_rule_sets"));
    rules->setRule(-1, dialog.rule());
    EXPECT_FALSE(admin.saveRules(QStringLiteral("essai")));
    EXPECT_TRUE(admin.problemText().contains(QStringLiteral("CRP.TEST"))) << admin.problemText().toStdString();
    EXPECT_EQ(count(QStringLiteral("autoval_rule_sets")), before);

    // Fixed: saved as a new version.
    domain::autoval::Rule fixed = dialog.rule();
    fixed.condition = domain::autoval::LimitsCondition{0.0, 10.0, QStringLiteral("mg/L"), {}};
    rules->setRule(rules->rowOf(QStringLiteral("CRP.TEST")), fixed);
    EXPECT_TRUE(admin.saveRules(QStringLiteral("règle CRP de test"))) << admin.problemText().toStdString();
    EXPECT_EQ(count(QStringLiteral("autoval_rule_sets")), before + 1);
    EXPECT_GE(rules->rowOf(QStringLiteral("CRP.TEST")), 0);

    // The mode: active needs a responsible biologist.
    EXPECT_FALSE(admin.saveMode(QStringLiteral("active"), QString()));
    EXPECT_FALSE(admin.problemText().isEmpty());
    EXPECT_TRUE(admin.saveMode(QStringLiteral("active"), QStringLiteral("biologiste"))) << admin.problemText().toStdString();
}

TEST_P(AutovalGuiTest, StatisticsTablesAndTheirFrenchCsv)
{
    AutovalAdminView view(std::make_unique<AutovalServices>(*m_db, bio()), true);
    QAbstractItemModelTester days(view.dayModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester benches(view.benchModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester rules(view.ruleStatsModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    EXPECT_FALSE(view.computeStats(QDate::currentDate(), QDate::currentDate().addDays(-2)));
    ASSERT_TRUE(view.computeStats(QDate::currentDate().addDays(-1), QDate::currentDate()));
    EXPECT_EQ(view.dayModel()->rowCount(), 1) << "the demo queue was evaluated today";
    EXPECT_GT(view.ruleStatsModel()->rowCount(), 0);
    EXPECT_TRUE(view.dayModel()->index(0, 3).data().toString().contains(QLatin1Char(','))
                || view.dayModel()->index(0, 3).data().toString().startsWith(QStringLiteral("0")))
        << view.dayModel()->index(0, 3).data().toString().toStdString();
    EXPECT_TRUE(view.concordanceText().contains(QStringLiteral("Concordance")));
    const QString csv = QString::fromUtf8(view.statsCsv());
    EXPECT_TRUE(csv.contains(QStringLiteral("Jour;Dossiers évalués;")));
    EXPECT_FALSE(csv.contains(QStringLiteral(",0;")) && csv.contains(QStringLiteral(".0;")));

    // At 1366 × 768 (the screen is beside the 240 px navigation): each table, in its own tab,
    // shows all its columns without scrolling sideways.
    view.resize(1110, 620);
    view.show();
    for (const char *name : {"autovalDays", "autovalBenches", "autovalRuleStats"}) {
        auto *table = view.findChild<QTableView *>(QString::fromLatin1(name));
        ASSERT_NE(table, nullptr) << name;
        for (QTabWidget *tabs : view.findChildren<QTabWidget *>())
            for (int i = 0; i < tabs->count(); ++i)
                if (tabs->widget(i)->isAncestorOf(table))
                    tabs->setCurrentIndex(i);
        QCoreApplication::processEvents();
        EXPECT_TRUE(table->isVisible()) << name;
        EXPECT_LE(table->horizontalHeader()->length(), table->viewport()->width()) << name;
    }
}

INSTANTIATE_TEST_SUITE_P(Backends, AutovalGuiTest, ::testing::Values(sgl::testing::Backend::Sqlite, sgl::testing::Backend::Postgres),
                         sgl::testing::backendName);

} // namespace
} // namespace sgl::app::test
