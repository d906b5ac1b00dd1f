// « Commentaires codés » on the catalogue screen (issue 12, item 2): the library of validation
// comments edited by the administrator through workflow::validation::CommentLibrary, both
// databases; the table model under QAbstractItemModelTester.
#include "CatalogueAdminFixture.h"

#include "app/catalogue/CatalogueView.h"
#include "app/catalogue/CommentTemplateDialog.h"
#include "app/catalogue/CommentTemplatePanel.h"
#include "app/catalogue/CommentTemplateTableModel.h"
#include "workflow/validation/CommentLibrary.h"

#include <QAbstractItemModelTester>
#include <QTabWidget>

using namespace sgl::app;
using namespace sgl::app::test;
using namespace Qt::StringLiterals;

namespace {

class CommentTemplatesTest : public OnBothBackends<CatalogueAdminFixture> {};

TEST_P(CommentTemplatesTest, AdministratorCreatesEditsAndRetiresTemplates)
{
    CatalogueView view(&admin(), m_services->catalogueError(), m_admin, false);
    view.addCommentLibrary(m_services->commentLibrary(m_admin));
    CommentTemplatePanel *panel = view.commentPanel();
    ASSERT_NE(panel, nullptr);
    auto *tabs = view.findChild<QTabWidget *>(u"tabs"_s);
    ASSERT_NE(tabs, nullptr);
    EXPECT_EQ(tabs->tabText(tabs->count() - 1), u"Commentaires codés"_s);
    QAbstractItemModelTester tester(panel->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    EXPECT_EQ(panel->model()->rowCount(), 0);

    CommentTemplateDialog dialog(sgl::domain::CommentTemplate{});
    sgl::domain::CommentTemplate t = dialog.value();
    EXPECT_TRUE(t.printedByDefault) << "printed by default for a new template";
    t.code = u"hemol"_s;
    t.text = u"Échantillon hémolysé : résultat de potassium à interpréter avec prudence."_s;
    t.chapterCode = u"BIOCHIMIE"_s;
    ASSERT_TRUE(panel->save(t)) << panel->problemText().toStdString();
    ASSERT_EQ(panel->model()->rowCount(), 1);
    const auto *m = panel->model();
    EXPECT_EQ(m->index(0, CommentTemplateTableModel::CodeColumn).data().toString(), u"HEMOL"_s);
    EXPECT_EQ(m->index(0, CommentTemplateTableModel::PrintedColumn).data().toString(), u"oui"_s);
    EXPECT_EQ(m->index(0, CommentTemplateTableModel::ChapterColumn).data().toString(), u"BIOCHIMIE"_s);
    EXPECT_EQ(m->index(0, CommentTemplateTableModel::ActiveColumn).data().toString(), u"oui"_s);

    // Refusals shown above the table: duplicate code, empty text.
    EXPECT_FALSE(panel->save(t));
    EXPECT_TRUE(panel->problemText().contains(u"HEMOL"_s)) << panel->problemText().toStdString();
    sgl::domain::CommentTemplate empty;
    empty.code = u"VIDE"_s;
    EXPECT_FALSE(panel->save(empty));
    EXPECT_FALSE(panel->problemText().isEmpty());

    // Edit through the dialog's value, then retire.
    CommentTemplateDialog edit(m->at(0));
    sgl::domain::CommentTemplate edited = edit.value();
    EXPECT_EQ(edited.version, 1);
    edited.printedByDefault = false;
    ASSERT_TRUE(panel->save(edited)) << panel->problemText().toStdString();
    EXPECT_EQ(m->index(0, CommentTemplateTableModel::PrintedColumn).data().toString(), u"non (interne)"_s);
    ASSERT_TRUE(panel->retire(u"HEMOL"_s)) << panel->problemText().toStdString();
    EXPECT_EQ(m->index(0, CommentTemplateTableModel::ActiveColumn).data().toString(), u"retiré"_s);
    EXPECT_EQ(m->rowCount(), 1) << "never deleted";
}

TEST_P(CommentTemplatesTest, OtherRolesCannotEditTheLibrary)
{
    const auto biologist = login(u"mcurie"_s, kPassword);
    auto library = std::make_unique<sgl::workflow::validation::CommentLibrary>(*m_db, biologist);
    CommentTemplatePanel panel(std::move(library), false);
    sgl::domain::CommentTemplate t;
    t.code = u"CTRL"_s;
    t.text = u"À contrôler sur un nouveau prélèvement."_s;
    EXPECT_FALSE(panel.save(t)) << "the use case refuses, whatever the screen shows";
    EXPECT_FALSE(panel.problemText().isEmpty());
    EXPECT_EQ(panel.model()->rowCount(), 0);
}

INSTANTIATE_TEST_SUITE_P(Backends, CommentTemplatesTest, kBothBackends, sgl::testing::backendName);

} // namespace
