// « Règles de Westgard » dialog and the QC screen's focus on an analysis, offscreen on the demo
// database (both backends): rules ticked, saved and read back in a new dialog; a session without
// the permission sees them read-only and its save is refused with nothing changed; the QC screen
// opened on CRP shows its lot and its pending review.

#include "GuiTestApp.h"
#include "QcTestSupport.h"

#include "app/qc/QcLotListModel.h"
#include "app/qc/QcRulesDialog.h"
#include "app/qc/QcServices.h"
#include "app/qc/QcView.h"

#include <QCheckBox>
#include <QLabel>
#include <QPushButton>

namespace sgl::testing {
namespace {

using namespace sgl::app;
using domain::qc::WestgardRule;

class QcRulesDialogTest : public QcTest {
protected:
    void SetUp() override
    {
        app::test::guiApp();
        QcTest::SetUp();
    }
    QList<WestgardRule> stored(const QString &code)
    {
        auto rules = workflow::qc::QcQueries(*m_db, tech()).rules(code);
        EXPECT_TRUE(rules) << (rules ? std::string() : rules.error().toString().toStdString());
        return rules.value_or(QList<WestgardRule>{});
    }
};

TEST_P(QcRulesDialogTest, TickSaveAndReloadPerAnalysis)
{
    QcView view(std::make_unique<QcServices>(*m_db, tech()), tech(), false);
    EXPECT_EQ(view.lotAnalyses(), (QStringList{QStringLiteral("CRP"), QStringLiteral("GLU")}));
    QcServices services(*m_db, tech());
    {
        QcRulesDialog dialog(services, view.lotAnalyses(), false);
        dialog.resize(dialog.sizeHint());
        EXPECT_LE(dialog.width(), 1366);
        EXPECT_LE(dialog.height(), 768);
        EXPECT_TRUE(dialog.canEdit());
        EXPECT_EQ(dialog.analysis(), QStringLiteral("CRP"));
        EXPECT_EQ(dialog.checkedRules(), domain::qc::allWestgardRules()) << "the default: every rule";
        auto *kind12 = dialog.findChild<QLabel *>(QStringLiteral("kind_1-2s"));
        auto *kind13 = dialog.findChild<QLabel *>(QStringLiteral("kind_1-3s"));
        ASSERT_TRUE(kind12 && kind13);
        EXPECT_EQ(kind12->text(), QStringLiteral("alerte"));
        EXPECT_EQ(kind13->text(), QStringLiteral("rejet"));
        auto *save = dialog.findChild<QPushButton *>(QStringLiteral("qcRulesSave"));
        ASSERT_TRUE(save);
        EXPECT_FALSE(save->isEnabled()) << "nothing changed yet";

        ASSERT_TRUE(dialog.selectAnalysis(QStringLiteral("GLU")));
        dialog.ruleBox(WestgardRule::R41s)->click();
        dialog.ruleBox(WestgardRule::R10x)->click();
        EXPECT_TRUE(dialog.isModified());
        EXPECT_TRUE(save->isEnabled());
        EXPECT_TRUE(dialog.findChild<QLabel *>(QStringLiteral("qcRulesSummary"))
                        ->text()
                        .startsWith(QStringLiteral("Rejet : 1-3s, 2-2s, R-4s. Alerte : 1-2s.")));
        save->click();
        EXPECT_FALSE(dialog.messageIsError()) << dialog.messageText().toStdString();
        EXPECT_EQ(dialog.messageText(), QStringLiteral("Règles de GLU enregistrées."));
        EXPECT_FALSE(dialog.isModified());
    }
    const QList<WestgardRule> expected{WestgardRule::W12s, WestgardRule::R13s, WestgardRule::R22s, WestgardRule::R4s};
    EXPECT_EQ(stored(QStringLiteral("GLU")), expected);
    EXPECT_EQ(stored(QStringLiteral("CRP")), domain::qc::allWestgardRules());

    QcRulesDialog reopened(services, view.lotAnalyses(), false);
    ASSERT_TRUE(reopened.selectAnalysis(QStringLiteral("GLU")));
    EXPECT_EQ(reopened.checkedRules(), expected);
    EXPECT_FALSE(reopened.ruleBox(WestgardRule::R10x)->isChecked());

    // « Règles par défaut » ticks every rule again; saved, GLU is back to the default.
    reopened.restoreDefaults();
    EXPECT_EQ(reopened.checkedRules(), domain::qc::allWestgardRules());
    ASSERT_TRUE(reopened.save());
    EXPECT_EQ(stored(QStringLiteral("GLU")), domain::qc::allWestgardRules());
}

TEST_P(QcRulesDialogTest, RefusedWithoutThePermissionAndNothingChanged)
{
    QcServices services(*m_db, session(QStringLiteral("secretaire")));
    QcRulesDialog dialog(services, {QStringLiteral("CRP")}, false);
    EXPECT_FALSE(dialog.canEdit());
    EXPECT_FALSE(dialog.findChild<QPushButton *>(QStringLiteral("qcRulesSave"))->isEnabled());
    EXPECT_FALSE(dialog.ruleBox(WestgardRule::R13s)->isEnabled());
    EXPECT_TRUE(dialog.messageIsError()) << "the read is refused too";
    EXPECT_FALSE(dialog.save());
    EXPECT_TRUE(dialog.messageIsError());
    EXPECT_TRUE(dialog.messageText().contains(QStringLiteral("secretaire"))) << dialog.messageText().toStdString();
    EXPECT_EQ(stored(QStringLiteral("CRP")), domain::qc::allWestgardRules());

    // A technician on a screen in consultation: rules shown, not editable.
    QcServices techServices(*m_db, tech());
    QcRulesDialog readOnly(techServices, {QStringLiteral("CRP")}, true);
    EXPECT_FALSE(readOnly.canEdit());
    EXPECT_EQ(readOnly.checkedRules(), domain::qc::allWestgardRules());
    EXPECT_FALSE(readOnly.messageIsError());
    EXPECT_TRUE(readOnly.findChild<QLabel *>(QStringLiteral("qcRulesSummary"))->text().contains(QStringLiteral("Consultation")));
}

TEST_P(QcRulesDialogTest, UntickingEveryRuleSaysItMeansTheDefault)
{
    QcServices services(*m_db, tech());
    QcRulesDialog dialog(services, {QStringLiteral("CRP")}, false);
    for (const WestgardRule r : domain::qc::allWestgardRules())
        dialog.setRuleChecked(r, false);
    EXPECT_TRUE(dialog.findChild<QLabel *>(QStringLiteral("qcRulesSummary"))->text().contains(QStringLiteral("règles par défaut")));
    ASSERT_TRUE(dialog.save());
    EXPECT_EQ(dialog.checkedRules(), domain::qc::allWestgardRules());
    EXPECT_TRUE(dialog.messageText().contains(QStringLiteral("règles par défaut")));
}

TEST_P(QcRulesDialogTest, QcScreenFocusesOnAnAnalysis)
{
    QcView view(std::make_unique<QcServices>(*m_db, tech()), tech(), false);
    view.resize(1366, 700);
    ASSERT_TRUE(view.focusOn(QStringLiteral("crp")));
    EXPECT_EQ(view.runModel()->rowCount(), 8) << "the CRP lot 26051, its rejected run included";
    EXPECT_FALSE(view.focusOn(QStringLiteral("K"))) << "no lot of potassium";
}

INSTANTIATE_TEST_SUITE_P(Backends, QcRulesDialogTest, ::testing::Values(Backend::Sqlite, Backend::Postgres), backendName);

} // namespace
} // namespace sgl::testing
