// Retire / reactivate / delete from the catalogue screen, the tree's retired items, the history
// by item kind and the read-only view, over the real CatalogueAdmin (demo catalogue, SQLite).
#include "CatalogueAdminFixture.h"

#include "app/catalogue/CatalogueHistoryDialog.h"
#include "app/catalogue/CatalogueHistoryModel.h"
#include "app/catalogue/CatalogueTreeModel.h"
#include "app/catalogue/CatalogueView.h"
#include "app/catalogue/ExamEditDialog.h"
#include "app/catalogue/ReflexRulePanel.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeView>

using namespace sgl::app;
using namespace sgl::app::test;
using Kind = CatalogueTreeModel::Kind;

namespace {

class CatalogueRetireTest : public OnBothBackends<CatalogueAdminFixture> {
protected:
    std::unique_ptr<CatalogueView> adminView()
    {
        auto view = std::make_unique<CatalogueView>(&admin(), m_services->catalogueError(), m_admin, false);
        view->show();
        return view;
    }
};

} // namespace

TEST_P(CatalogueRetireTest, RetireRefusedWhileAnExamListsTheAnalysisThenAccepted)
{
    auto view = adminView();
    QAbstractItemModelTester tester(view->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    auto *retireButton = view->findChild<QPushButton *>(QStringLiteral("retireButton"));
    ASSERT_TRUE(view->select(QStringLiteral("HB"), Kind::Analysis));
    EXPECT_TRUE(retireButton->isEnabled());

    EXPECT_FALSE(view->setSelectedRetired(true, QStringLiteral("  ")));
    EXPECT_TRUE(view->problemText().contains(QStringLiteral("Motif"))) << view->problemText().toStdString();

    EXPECT_FALSE(view->setSelectedRetired(true, QStringLiteral("plus dosée ici")));
    EXPECT_TRUE(view->problemText().contains(QStringLiteral("Retrait de HB refusé"))) << view->problemText().toStdString();
    EXPECT_TRUE(view->problemText().contains(QStringLiteral("NFS"))) << view->problemText().toStdString();
    EXPECT_FALSE(current().analysis(QStringLiteral("HB"))->retired);

    // Take HB out of the NFS, then retiring is accepted.
    {
        ExamEditDialog nfs(admin(), m_admin, current(), *current().exam(QStringLiteral("NFS")));
        const int row = static_cast<int>(nfs.analysisCodes().indexOf(QStringLiteral("HB")));
        ASSERT_TRUE(nfs.removeAnalysis(row));
        nfs.findChild<QLineEdit *>(QStringLiteral("reasonEdit"))->setText(QStringLiteral("HB dosée à part"));
        nfs.accept();
        ASSERT_EQ(nfs.result(), QDialog::Accepted) << nfs.errorText().toStdString();
    }
    ASSERT_TRUE(view->reload());
    // Listed in no exam: under "Analyses hors examen".
    const QModelIndex last = view->model()->index(view->model()->rowCount() - 1, 0);
    EXPECT_EQ(last.data().toString(), QStringLiteral("Analyses hors examen"));
    ASSERT_TRUE(view->select(QStringLiteral("HB"), Kind::Analysis));
    ASSERT_TRUE(view->setSelectedRetired(true, QStringLiteral("plus dosée ici"))) << view->problemText().toStdString();
    EXPECT_TRUE(view->problemText().isEmpty());
    EXPECT_TRUE(current().analysis(QStringLiteral("HB"))->retired);
    EXPECT_TRUE(view->statusText().contains(QStringLiteral("retirée")));

    // Hidden by default, shown greyed with "(retirée)" on demand.
    EXPECT_FALSE(view->select(QStringLiteral("HB"), Kind::Analysis));
    auto *check = view->findChild<QCheckBox *>(QStringLiteral("showRetiredCheck"));
    ASSERT_NE(check, nullptr);
    EXPECT_FALSE(check->isChecked());
    check->setChecked(true);
    EXPECT_TRUE(view->model()->showRetired());
    ASSERT_TRUE(view->select(QStringLiteral("HB"), Kind::Analysis));
    const QModelIndex hb = view->findChild<QTreeView *>(QStringLiteral("catalogueTree"))->currentIndex();
    EXPECT_EQ(hb.data().toString(), QStringLiteral("Hémoglobine (retirée)"));
    EXPECT_TRUE(hb.data(CatalogueTreeModel::RetiredRole).toBool());
    EXPECT_TRUE(hb.data(Qt::ForegroundRole).isValid());
    EXPECT_TRUE(retireButton->text().contains(QStringLiteral("Réac")));

    ASSERT_TRUE(view->setSelectedRetired(false, QStringLiteral("retrait par erreur"))) << view->problemText().toStdString();
    EXPECT_FALSE(current().analysis(QStringLiteral("HB"))->retired);
    auto history = admin().history(QStringLiteral("analysis"), QStringLiteral("HB"));
    ASSERT_TRUE(history.has_value());
    ASSERT_GE(history->size(), 2);
    EXPECT_EQ(CatalogueHistoryModel::describe(history->at(0)).left(12), QStringLiteral("Réactivation"));
    EXPECT_EQ(CatalogueHistoryModel::describe(history->at(1)).left(7), QStringLiteral("Retrait"));
}

TEST_P(CatalogueRetireTest, RetiredExamHiddenItsAnalysisStaysReachable)
{
    auto view = adminView();
    ASSERT_TRUE(view->select(QStringLiteral("RUB"), Kind::Exam));
    ASSERT_TRUE(view->setSelectedRetired(true, QStringLiteral("sous-traité"))) << view->problemText().toStdString();
    EXPECT_TRUE(current().exam(QStringLiteral("RUB"))->retired);
    EXPECT_FALSE(view->select(QStringLiteral("RUB"), Kind::Exam));
    EXPECT_TRUE(view->select(QStringLiteral("RUBG"), Kind::Analysis)) << "active analysis under 'Analyses hors examen'";
    view->setShowRetired(true);
    ASSERT_TRUE(view->select(QStringLiteral("RUB"), Kind::Exam));
    EXPECT_EQ(view->findChild<QTreeView *>(QStringLiteral("catalogueTree"))->currentIndex().data().toString(),
              QStringLiteral("Sérologie rubéole IgG (retiré)"));
    ASSERT_TRUE(view->setSelectedRetired(false, QStringLiteral("de nouveau fait sur place")));
    EXPECT_FALSE(current().exam(QStringLiteral("RUB"))->retired);
}

TEST_P(CatalogueRetireTest, DeleteOnlyAnAnalysisCreatedByMistake)
{
    sgl::domain::Analysis typo;
    typo.localCode = QStringLiteral("GLUU");
    typo.label = QStringLiteral("Glucose (doublon)");
    typo.unit = QStringLiteral("mmol/L");
    auto saved = admin().saveAnalysis(m_admin, typo, {}, QStringLiteral("création"));
    ASSERT_TRUE(saved.has_value() && saved->saved);

    auto view = adminView();
    ASSERT_TRUE(view->select(QStringLiteral("GLUU"), Kind::Analysis));
    EXPECT_TRUE(view->findChild<QPushButton *>(QStringLiteral("deleteButton"))->isEnabled());
    EXPECT_FALSE(view->deleteSelectedAnalysis(QString()));
    EXPECT_TRUE(view->problemText().contains(QStringLiteral("Motif"))) << view->problemText().toStdString();
    ASSERT_TRUE(view->deleteSelectedAnalysis(QStringLiteral("créée par erreur"))) << view->problemText().toStdString();
    EXPECT_EQ(current().analysis(QStringLiteral("GLUU")), nullptr);
    EXPECT_FALSE(view->select(QStringLiteral("GLUU"), Kind::Analysis));

    // GLU is listed by exam GLY: refused, and the refusal names the exam.
    ASSERT_TRUE(view->select(QStringLiteral("GLU"), Kind::Analysis));
    EXPECT_FALSE(view->deleteSelectedAnalysis(QStringLiteral("essai")));
    EXPECT_TRUE(view->problemText().contains(QStringLiteral("Suppression de GLU refusée"))) << view->problemText().toStdString();
    EXPECT_TRUE(view->problemText().contains(QStringLiteral("GLY"))) << view->problemText().toStdString();
    EXPECT_NE(current().analysis(QStringLiteral("GLU")), nullptr);
}

TEST_P(CatalogueRetireTest, HistorySeparatesAnExamAndAnAnalysisSharingACode)
{
    auto tsh = *current().analysis(QStringLiteral("TSH"));
    tsh.method = QStringLiteral("Immunoanalyse");
    auto saved = admin().saveAnalysis(m_admin, tsh, {}, QStringLiteral("changement d'automate"));
    ASSERT_TRUE(saved.has_value() && saved->saved);

    CatalogueHistoryDialog analysis(admin(), QStringLiteral("analysis"), QStringLiteral("TSH"), tsh.label);
    QAbstractItemModelTester tester(analysis.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_EQ(analysis.model()->rowCount(), 2);
    EXPECT_EQ(analysis.model()->index(0, CatalogueHistoryModel::KindColumn).data().toString(), QStringLiteral("Analyse"));
    EXPECT_EQ(analysis.model()->headerData(CatalogueHistoryModel::KindColumn, Qt::Horizontal).toString(),
              QStringLiteral("Élément"));
    EXPECT_TRUE(analysis.windowTitle().contains(QStringLiteral("Analyse TSH")));

    CatalogueHistoryDialog exam(admin(), QStringLiteral("exam"), QStringLiteral("TSH"), QStringLiteral("TSH"));
    ASSERT_EQ(exam.model()->rowCount(), 1) << "the analysis edit is not the exam's";
    EXPECT_EQ(exam.model()->index(0, CatalogueHistoryModel::KindColumn).data().toString(), QStringLiteral("Examen"));
}

TEST_P(CatalogueRetireTest, ReadOnlyRoleSeesNoEditButtons)
{
    CatalogueView view(&admin(), m_services->catalogueError(), login(QStringLiteral("mcurie"), kPassword), true);
    view.show();
    ASSERT_TRUE(view.select(QStringLiteral("HB"), Kind::Analysis));
    for (const char *name : {"newChapterButton", "newExamButton", "newAnalysisButton", "editButton", "rangesButton",
                             "retireButton", "deleteButton", "exchangeButton", "newRuleButton", "editRuleButton",
                             "deleteRuleButton"}) {
        auto *button = view.findChild<QPushButton *>(QString::fromLatin1(name));
        ASSERT_NE(button, nullptr) << name;
        EXPECT_TRUE(button->isHidden()) << name;
    }
    EXPECT_TRUE(view.findChild<QPushButton *>(QStringLiteral("historyButton"))->isEnabled());
    EXPECT_TRUE(view.findChild<QCheckBox *>(QStringLiteral("showRetiredCheck"))->isVisible());
    EXPECT_FALSE(view.setSelectedRetired(true, QStringLiteral("essai")));
    EXPECT_FALSE(view.deleteSelectedAnalysis(QStringLiteral("essai")));
    EXPECT_FALSE(current().analysis(QStringLiteral("HB"))->retired);

    auto admins = adminView();
    for (const char *name : {"newChapterButton", "newExamButton", "newAnalysisButton", "retireButton", "newRuleButton"})
        EXPECT_FALSE(admins->findChild<QPushButton *>(QString::fromLatin1(name))->isHidden()) << name;
}

INSTANTIATE_TEST_SUITE_P(Backends, CatalogueRetireTest, kBothBackends, sgl::testing::backendName);
