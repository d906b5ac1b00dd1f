// The "Ajouter une analyse" picker on its own (issue 12, add an analysis): the workflow's list
// shown as code — label, filtered by code or label (accents and case ignored), an exact code
// preferred, nothing chosen by default, the reason mandatory.

#include "GuiTestApp.h"

#include "app/validation/AddAnalysisDialog.h"

#include <QDialogButtonBox>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QTest>

#include <gtest/gtest.h>

namespace sgl::app::test {
namespace {

using workflow::validation::AddableAnalysis;

const QList<AddableAnalysis> kAnalyses{{QStringLiteral("CREA"), QStringLiteral("Créatinine")},
                                       {QStringLiteral("CRP"), QStringLiteral("Protéine C réactive")},
                                       {QStringLiteral("K"), QStringLiteral("Potassium")},
                                       {QStringLiteral("KAPPA"), QStringLiteral("Chaînes légères kappa")},
                                       {QStringLiteral("TSH"), QStringLiteral("Thyréostimuline")}};

QPushButton *okOf(QDialog &dialog)
{
    return dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
}

TEST(AddAnalysisDialog, FiltersByCodeOrLabelAndNeedsAChoiceAndAReason)
{
    guiApp();
    AddAnalysisDialog dialog(kAnalyses);
    EXPECT_EQ(dialog.visibleCount(), 5);
    EXPECT_TRUE(dialog.code().isEmpty()) << "nothing is added by default";
    dialog.setReason(QStringLiteral("Oubli de la prescription"));
    EXPECT_FALSE(okOf(dialog)->isEnabled()) << "a reason alone is not enough";

    // An exact code wins over the other matches.
    dialog.setFilter(QStringLiteral("k"));
    EXPECT_EQ(dialog.code(), QStringLiteral("K"));
    EXPECT_GE(dialog.visibleCount(), 2);
    EXPECT_TRUE(okOf(dialog)->isEnabled());

    // A label, accents and case ignored.
    dialog.setFilter(QStringLiteral("CREATIN"));
    EXPECT_EQ(dialog.visibleCount(), 1);
    EXPECT_EQ(dialog.code(), QStringLiteral("CREA"));
    dialog.setFilter(QStringLiteral("réactive"));
    EXPECT_EQ(dialog.code(), QStringLiteral("CRP"));

    // Nothing matches: nothing chosen, OK off.
    dialog.setFilter(QStringLiteral("zzz"));
    EXPECT_EQ(dialog.visibleCount(), 0);
    EXPECT_TRUE(dialog.code().isEmpty());
    EXPECT_FALSE(okOf(dialog)->isEnabled());

    // Choosing within the filtered list only; the reason is mandatory.
    dialog.setFilter(QString());
    EXPECT_TRUE(dialog.choose(QStringLiteral("TSH")));
    EXPECT_EQ(dialog.code(), QStringLiteral("TSH"));
    dialog.setFilter(QStringLiteral("potass"));
    EXPECT_FALSE(dialog.choose(QStringLiteral("TSH")));
    dialog.setReason(QStringLiteral("   "));
    EXPECT_FALSE(okOf(dialog)->isEnabled());
    dialog.setReason(QStringLiteral("Contrôle demandé par le clinicien"));
    EXPECT_TRUE(okOf(dialog)->isEnabled());
    EXPECT_EQ(dialog.reason(), QStringLiteral("Contrôle demandé par le clinicien"));
}

TEST(AddAnalysisDialog, ArrowsInTheFilterMoveInTheList)
{
    guiApp();
    AddAnalysisDialog dialog(kAnalyses);
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    auto *filter = dialog.findChild<QLineEdit *>(QStringLiteral("filterEdit"));
    ASSERT_NE(filter, nullptr);
    filter->setFocus();
    QTest::keyClicks(filter, QStringLiteral("cr"));
    EXPECT_EQ(dialog.code(), QStringLiteral("CREA"));
    QTest::keyClick(filter, Qt::Key_Down);
    EXPECT_EQ(dialog.code(), QStringLiteral("CRP"));
    EXPECT_EQ(filter->text(), QStringLiteral("cr")) << "the filter keeps the focus and its text";
}

} // namespace
} // namespace sgl::app::test
