// Bench, container and clinical questions in the catalogue admin screens: the analysis editor's
// "Tube, paillasse, renseignements" tab, the benches tab (create, rename with a reason, history)
// and the details beside the tree, over the real CatalogueAdmin on SQLite and PostgreSQL.
#include "CatalogueAdminFixture.h"

#include "app/catalogue/AnalysisEditDialog.h"
#include "app/catalogue/BenchEditDialog.h"
#include "app/catalogue/BenchPanel.h"
#include "app/catalogue/CatalogueView.h"

#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScreen>
#include <QScrollBar>
#include <QTabBar>
#include <QTabWidget>

using namespace sgl::app;
using namespace sgl::app::test;

namespace {

class CatalogueBenchesGuiTest : public OnBothBackends<CatalogueAdminFixture> {};

void type(QWidget *dialog, const char *name, const QString &text)
{
    auto *edit = dialog->findChild<QLineEdit *>(QString::fromLatin1(name));
    ASSERT_NE(edit, nullptr) << name;
    edit->setText(text);
}

QStringList checkedCodes(QWidget *dialog)
{
    QStringList out;
    auto *list = dialog->findChild<QListWidget *>(QStringLiteral("questionList"));
    for (int row = 0; list && row < list->count(); ++row)
        if (list->item(row)->checkState() == Qt::Checked)
            out << list->item(row)->data(Qt::UserRole).toString();
    return out;
}

} // namespace

TEST_P(CatalogueBenchesGuiTest, EditorShowsAndSavesBenchContainerAndQuestions)
{
    const auto crea = *current().analysis(QStringLiteral("CREA"));
    AnalysisEditDialog dialog(admin(), m_admin, crea);
    auto *bench = dialog.findChild<QComboBox *>(QStringLiteral("benchCombo"));
    auto *container = dialog.findChild<QComboBox *>(QStringLiteral("containerCombo"));
    ASSERT_TRUE(bench && container);
    EXPECT_EQ(bench->currentData().toString(), QStringLiteral("BIOCH"));
    EXPECT_EQ(bench->currentText(), QStringLiteral("Biochimie (BIOCH)"));
    EXPECT_EQ(container->currentData().toString(), QStringLiteral("SEC"));
    EXPECT_EQ(container->currentText(), QStringLiteral("Tube sec avec gel — bouchon jaune"));
    EXPECT_FALSE(container->itemIcon(container->currentIndex()).isNull());
    EXPECT_EQ(container->count(), 11); // "(aucun)" and the ten built-in tube types
    EXPECT_TRUE(checkedCodes(&dialog).isEmpty());
    EXPECT_EQ(dialog.findChild<QListWidget *>(QStringLiteral("questionList"))->count(), 8);

    ASSERT_TRUE(dialog.setContainerCode(QStringLiteral("HEP")));
    ASSERT_TRUE(dialog.setBenchCode(QStringLiteral("URINES")));
    EXPECT_FALSE(dialog.setBenchCode(QStringLiteral("NOPE")));
    ASSERT_TRUE(dialog.setQuestionChecked(QStringLiteral("HEIGHT"), true));
    ASSERT_TRUE(dialog.setQuestionChecked(QStringLiteral("WEIGHT"), true));
    type(&dialog, "reasonEdit", QStringLiteral("tube hépariné"));
    dialog.accept();
    ASSERT_EQ(dialog.result(), QDialog::Accepted) << dialog.errorText().toStdString();

    const auto saved = *current().analysis(QStringLiteral("CREA"));
    EXPECT_EQ(saved.container, QStringLiteral("HEP"));
    EXPECT_EQ(saved.bench, QStringLiteral("URINES"));
    // New questions come in the list's order (built-in order: weight before height).
    EXPECT_EQ(saved.questions, (QStringList{QStringLiteral("WEIGHT"), QStringLiteral("HEIGHT")}));
    EXPECT_EQ(saved.version, 2);
    auto history = admin().history(QStringLiteral("analysis"), QStringLiteral("CREA"));
    ASSERT_TRUE(history);
    EXPECT_EQ(history->front().fields, (QStringList{QStringLiteral("bench"), QStringLiteral("container"),
                                                    QStringLiteral("clinical_questions")}));

    // Reopened: the stored order is kept when one more question is checked.
    AnalysisEditDialog again(admin(), m_admin, saved);
    EXPECT_EQ(checkedCodes(&again), (QStringList{QStringLiteral("WEIGHT"), QStringLiteral("HEIGHT")}));
    ASSERT_TRUE(again.setQuestionChecked(QStringLiteral("FASTING"), true));
    QStringList problems;
    EXPECT_EQ(again.edited(problems).questions,
              (QStringList{QStringLiteral("WEIGHT"), QStringLiteral("HEIGHT"), QStringLiteral("FASTING")}));
}

TEST_P(CatalogueBenchesGuiTest, CalculatedAnalysisWithATubeIsRefusedNamingTheField)
{
    const auto ldl = *current().analysis(QStringLiteral("LDLC"));
    AnalysisEditDialog dialog(admin(), m_admin, ldl);
    EXPECT_EQ(dialog.findChild<QComboBox *>(QStringLiteral("containerCombo"))->currentData().toString(), QString());
    ASSERT_TRUE(dialog.setContainerCode(QStringLiteral("SEC")));
    dialog.runCheck();
    EXPECT_TRUE(dialog.checkText().contains(QStringLiteral("champ tube"))) << dialog.checkText().toStdString();
    type(&dialog, "reasonEdit", QStringLiteral("essai"));
    dialog.accept();
    EXPECT_EQ(dialog.result(), QDialog::Rejected);
    EXPECT_TRUE(dialog.errorText().contains(QStringLiteral("analyse calculée n'a pas de tube"))) << dialog.errorText().toStdString();
    EXPECT_TRUE(current().analysis(QStringLiteral("LDLC"))->container.isEmpty());
}

TEST_P(CatalogueBenchesGuiTest, NewAnalysisGetsItsTubeBenchAndQuestions)
{
    AnalysisEditDialog dialog(admin(), m_admin, std::nullopt);
    type(&dialog, "codeEdit", QStringLiteral("BHCG"));
    type(&dialog, "labelEdit", QStringLiteral("Hormone chorionique gonadotrope (bêta-hCG)"));
    type(&dialog, "unitEdit", QStringLiteral("[IU]/L"));
    type(&dialog, "specimenEdit", QStringLiteral("SER"));
    ASSERT_TRUE(dialog.setExamCode(QStringLiteral("TSH")));
    ASSERT_TRUE(dialog.setBenchCode(QStringLiteral("IMMUNO")));
    ASSERT_TRUE(dialog.setContainerCode(QStringLiteral("SEC")));
    ASSERT_TRUE(dialog.setQuestionChecked(QStringLiteral("PREGNANCY"), true));
    ASSERT_TRUE(dialog.setQuestionChecked(QStringLiteral("PREGNANCY_WEEKS"), true));
    EXPECT_FALSE(dialog.setQuestionChecked(QStringLiteral("SMOKER"), true));
    type(&dialog, "reasonEdit", QStringLiteral("nouvelle analyse"));
    dialog.accept();
    ASSERT_EQ(dialog.result(), QDialog::Accepted) << dialog.errorText().toStdString();
    const auto catalogue = current();
    const auto *hcg = catalogue.analysis(QStringLiteral("BHCG"));
    ASSERT_NE(hcg, nullptr);
    EXPECT_EQ(hcg->bench, QStringLiteral("IMMUNO"));
    EXPECT_EQ(hcg->container, QStringLiteral("SEC"));
    EXPECT_EQ(hcg->questions, (QStringList{QStringLiteral("PREGNANCY"), QStringLiteral("PREGNANCY_WEEKS")}));
}

TEST_P(CatalogueBenchesGuiTest, EditorFitsA1366x768Screen)
{
    const auto glu = *current().analysis(QStringLiteral("GLU"));
    AnalysisEditDialog dialog(admin(), m_admin, glu);
    // The workstation's style sheet (wider tab padding than the bare style): measured as users see it.
    QFile style(QStringLiteral(":/styles/sgl.qss"));
    ASSERT_TRUE(style.open(QIODevice::ReadOnly));
    dialog.setStyleSheet(QString::fromUtf8(style.readAll()));
    auto *tabs = dialog.findChild<QTabWidget *>(QStringLiteral("tabs"));
    ASSERT_NE(tabs, nullptr);
    tabs->setCurrentWidget(dialog.findChild<QWidget *>(QStringLiteral("samplingTab")));
    dialog.adjustSize();
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    EXPECT_LE(dialog.width(), 1366);
    EXPECT_LE(dialog.height(), 700) << "leaves room for a taskbar and the title bar on a 768-pixel screen";
    // Every question visible without scrolling; every tab title readable.
    auto *list = dialog.findChild<QListWidget *>(QStringLiteral("questionList"));
    EXPECT_FALSE(list->verticalScrollBar()->isVisible());
    EXPECT_EQ(checkedCodes(&dialog), QStringList{QStringLiteral("FASTING")});
    auto *container = dialog.findChild<QComboBox *>(QStringLiteral("containerCombo"));
    EXPECT_GE(container->width(), container->fontMetrics().horizontalAdvance(container->currentText()));
    // Sized for their content, not stretched across the dialog.
    EXPECT_LT(container->width(), tabs->width() * 3 / 4);
    auto *bench = dialog.findChild<QComboBox *>(QStringLiteral("benchCombo"));
    EXPECT_LT(bench->width(), tabs->width() / 2);
    EXPECT_LE(tabs->tabBar()->sizeHint().width(), tabs->width()) << "no scroll arrows over the tab titles";
    QTabBar *bar = tabs->tabBar();
    for (int i = 0; i < bar->count(); ++i)
        EXPECT_GE(bar->tabRect(i).width(), bar->fontMetrics().horizontalAdvance(bar->tabText(i).remove(u'&')))
            << bar->tabText(i).toStdString();
}

TEST_P(CatalogueBenchesGuiTest, BenchesTabCreatesAndRenamesWithAReason)
{
    CatalogueView view(&admin(), {}, m_admin, false);
    BenchPanel *panel = view.benchPanel();
    ASSERT_NE(panel, nullptr);
    const QStringList rows = panel->rows();
    ASSERT_EQ(rows.size(), 5);
    EXPECT_EQ(rows[0], QStringLiteral("HEMATO|Hématologie|15"));
    EXPECT_TRUE(rows.contains(QStringLiteral("HEMOST|Hémostase|5"))) << rows.join(u'\n').toStdString();

    // Creation: every missing field named, an existing code refused, nothing written.
    BenchEditDialog create(admin(), m_admin, std::nullopt);
    create.accept();
    EXPECT_EQ(create.result(), QDialog::Rejected);
    for (const char *field : {"Code : obligatoire", "Libellé : obligatoire", "Motif"})
        EXPECT_TRUE(create.errorText().contains(QString::fromUtf8(field))) << create.errorText().toStdString();
    type(&create, "codeEdit", QStringLiteral("BIOCH"));
    type(&create, "labelEdit", QStringLiteral("Biochimie bis"));
    type(&create, "reasonEdit", QStringLiteral("essai"));
    create.accept();
    EXPECT_EQ(create.result(), QDialog::Rejected);
    EXPECT_TRUE(create.errorText().contains(QStringLiteral("« BIOCH » existe déjà"))) << create.errorText().toStdString();
    EXPECT_EQ(current().bench(QStringLiteral("BIOCH"))->label, QStringLiteral("Biochimie"));
    type(&create, "codeEdit", QStringLiteral("MICRO"));
    type(&create, "labelEdit", QStringLiteral("Microbiologie"));
    create.accept();
    ASSERT_EQ(create.result(), QDialog::Accepted) << create.errorText().toStdString();

    ASSERT_TRUE(view.reload());
    EXPECT_TRUE(panel->rows().contains(QStringLiteral("MICRO|Microbiologie|0")));
    ASSERT_TRUE(panel->selectBench(QStringLiteral("MICRO")));

    // Rename: the code is fixed, the label changes, the reason is kept in the history.
    BenchEditDialog rename(admin(), m_admin, *current().bench(QStringLiteral("MICRO")));
    EXPECT_FALSE(rename.findChild<QLineEdit *>(QStringLiteral("codeEdit"))->isEnabled());
    type(&rename, "labelEdit", QStringLiteral("Bactériologie"));
    rename.accept();
    EXPECT_EQ(rename.result(), QDialog::Rejected);
    EXPECT_TRUE(rename.errorText().contains(QStringLiteral("Motif"))) << rename.errorText().toStdString();
    type(&rename, "reasonEdit", QStringLiteral("réorganisation du plateau"));
    rename.accept();
    ASSERT_EQ(rename.result(), QDialog::Accepted) << rename.errorText().toStdString();
    EXPECT_EQ(current().bench(QStringLiteral("MICRO"))->label, QStringLiteral("Bactériologie"));
    auto history = admin().history(QStringLiteral("bench"), QStringLiteral("MICRO"));
    ASSERT_TRUE(history);
    ASSERT_EQ(history->size(), 2);
    EXPECT_EQ(history->front().reason, QStringLiteral("réorganisation du plateau"));
    EXPECT_EQ(history->front().author, QStringLiteral("admin"));
}

TEST_P(CatalogueBenchesGuiTest, ReadOnlyRolesSeeBenchesWithoutEditButtons)
{
    CatalogueView view(&admin(), {}, login(QStringLiteral("mcurie"), kPassword), true);
    BenchPanel *panel = view.benchPanel();
    EXPECT_EQ(panel->rows().size(), 5);
    EXPECT_FALSE(panel->findChild<QPushButton *>(QStringLiteral("newBenchButton"))->isVisibleTo(panel));
    EXPECT_FALSE(panel->findChild<QPushButton *>(QStringLiteral("renameBenchButton"))->isVisibleTo(panel));
    EXPECT_TRUE(panel->findChild<QPushButton *>(QStringLiteral("benchHistoryButton"))->isVisibleTo(panel));
}

TEST_P(CatalogueBenchesGuiTest, DetailsShowBenchTubeAndQuestions)
{
    CatalogueView view(&admin(), {}, m_admin, true);
    ASSERT_TRUE(view.find(QStringLiteral("GLU")));
    const QString glu = view.detailsText();
    EXPECT_TRUE(glu.contains(QStringLiteral("Biochimie (BIOCH)"))) << glu.toStdString();
    EXPECT_TRUE(glu.contains(QStringLiteral("Tube fluoré (fluorure/oxalate) — bouchon gris (FLU)"))) << glu.toStdString();
    EXPECT_TRUE(glu.contains(QStringLiteral("Patient à jeun (depuis au moins 8 heures)"))) << glu.toStdString();
    ASSERT_TRUE(view.find(QStringLiteral("LDLC")));
    EXPECT_TRUE(view.detailsText().contains(QStringLiteral("aucun (analyse calculée)"))) << view.detailsText().toStdString();
    ASSERT_TRUE(view.find(QStringLiteral("HB")));
    EXPECT_TRUE(view.detailsText().contains(QStringLiteral("Renseignements cliniques"))) << view.detailsText().toStdString();
}

INSTANTIATE_TEST_SUITE_P(Backends, CatalogueBenchesGuiTest, kBothBackends, sgl::testing::backendName);
