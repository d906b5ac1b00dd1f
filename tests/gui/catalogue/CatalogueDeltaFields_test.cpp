// The delta-check fields of the analysis editor (issue 12, item 2): shown from the stored rule,
// typed with a decimal comma, refused through the workflow with the field named, cleared.
#include "CatalogueAdminFixture.h"

#include "app/catalogue/AnalysisEditDialog.h"

#include <QLineEdit>

using namespace sgl::app;
using namespace sgl::app::test;

namespace {

class CatalogueDeltaFieldsTest : public OnBothBackends<CatalogueAdminFixture> {};

QString text(QWidget *dialog, const char *name)
{
    auto *edit = dialog->findChild<QLineEdit *>(QString::fromLatin1(name));
    EXPECT_NE(edit, nullptr) << name;
    return edit ? edit->text() : QString();
}

} // namespace

TEST_P(CatalogueDeltaFieldsTest, EditsTheRuleOfAnAnalysis)
{
    const auto k = *current().analysis(QStringLiteral("K"));
    {
        AnalysisEditDialog dialog(admin(), m_admin, k);
        EXPECT_TRUE(text(&dialog, "deltaAbsoluteEdit").isEmpty());
        EXPECT_TRUE(text(&dialog, "deltaWindowEdit").isEmpty());
        // A threshold without window: refused by the workflow, the field named in French.
        dialog.setDeltaFields(QStringLiteral("0,8"), QString(), QString());
        dialog.findChild<QLineEdit *>(QStringLiteral("reasonEdit"))->setText(QStringLiteral("contrôle delta"));
        dialog.accept();
        EXPECT_EQ(dialog.result(), QDialog::Rejected);
        EXPECT_TRUE(dialog.errorText().contains(QStringLiteral("fenêtre delta"))) << dialog.errorText().toStdString();
        EXPECT_FALSE(current().analysis(QStringLiteral("K"))->delta);
        // Not a number: refused before the workflow.
        dialog.setDeltaFields(QStringLiteral("beaucoup"), QString(), QStringLiteral("7"));
        dialog.accept();
        EXPECT_EQ(dialog.result(), QDialog::Rejected);
        EXPECT_TRUE(dialog.errorText().contains(QStringLiteral("Seuil delta absolu"))) << dialog.errorText().toStdString();
        // Complete: saved as a new version.
        dialog.setDeltaFields(QStringLiteral("0,8"), QStringLiteral("25"), QStringLiteral("7"));
        dialog.accept();
        ASSERT_EQ(dialog.result(), QDialog::Accepted) << dialog.errorText().toStdString();
    }
    const auto saved = *current().analysis(QStringLiteral("K"));
    ASSERT_TRUE(saved.delta);
    EXPECT_EQ(*saved.delta, (sgl::domain::DeltaRule{0.8, 25.0, 7}));
    EXPECT_EQ(saved.version, k.version + 1);
    {
        // Shown back with a decimal comma; cleared entirely, the rule goes.
        AnalysisEditDialog dialog(admin(), m_admin, saved);
        EXPECT_EQ(text(&dialog, "deltaAbsoluteEdit"), QStringLiteral("0,8"));
        EXPECT_EQ(text(&dialog, "deltaRelativeEdit"), QStringLiteral("25"));
        EXPECT_EQ(text(&dialog, "deltaWindowEdit"), QStringLiteral("7"));
        dialog.setDeltaFields(QString(), QString(), QString());
        dialog.findChild<QLineEdit *>(QStringLiteral("reasonEdit"))->setText(QStringLiteral("sans contrôle delta"));
        dialog.accept();
        ASSERT_EQ(dialog.result(), QDialog::Accepted) << dialog.errorText().toStdString();
    }
    EXPECT_FALSE(current().analysis(QStringLiteral("K"))->delta);
}

INSTANTIATE_TEST_SUITE_P(Backends, CatalogueDeltaFieldsTest, kBothBackends, sgl::testing::backendName);
