// « Commentaires » of the Validation screen (issue 12, item 2) offscreen on both databases: the
// comments list (model under QAbstractItemModelTester), adding coded and free comments, printed
// or internal, on the dossier or the current result, removing with a reason (kept, struck
// through), a refused stale action (message and reload), the dialog's template picker and Ctrl+K.

#include "ValidationGuiFixture.h"

#include "app/validation/CommentDialog.h"
#include "app/validation/CommentsPanel.h"
#include "app/validation/DossierCommentsModel.h"
#include "app/validation/ValidationShortcuts.h"
#include "workflow/validation/CommentLibrary.h"
#include "workflow/validation/ValidationComments.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QFont>
#include <QTest>
#include <QTimer>
#include <QTreeView>

namespace sgl::app::test {
namespace {

using namespace sgl::domain;
using namespace Qt::StringLiterals;
using workflow::validation::CommentRequest;

class ValidationCommentsGuiTest : public ValidationGuiTest {
protected:
    void SetUp() override
    {
        ValidationGuiTest::SetUp();
        if (IsSkipped() || HasFatalFailure())
            return;
        workflow::validation::CommentLibrary library(*m_db, session(u"admin"_s));
        for (const auto &[code, text, printed] :
             QList<std::tuple<QString, QString, bool>>{{u"TSTHEMOL"_s, u"Échantillon hémolysé : à interpréter avec prudence."_s, true},
                                                       {u"TSTINT"_s, u"Contrôle qualité à revoir."_s, false}}) {
            CommentTemplate t;
            t.code = code;
            t.text = text;
            t.printedByDefault = printed;
            auto made = library.create(t);
            ASSERT_TRUE(made) << made.error().toString().toStdString();
        }
    }
};

TEST_P(ValidationCommentsGuiTest, AddsListsAndRemovesComments)
{
    const Dossier d = ready({u"CRP"_s}, {{u"CRP"_s, u"3"_s}});
    ValidationView &v = view();
    ASSERT_TRUE(v.openDossier(d.id));
    CommentsPanel *panel = v.commentsPanel();
    ASSERT_NE(panel, nullptr);
    QAbstractItemModelTester tester(panel->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    EXPECT_EQ(panel->model()->rowCount(), 0);

    const qint64 crp = v.dossier()->rows().first()->result.id;
    panel->add(CommentRequest{0, std::nullopt, crp, u"TSTHEMOL"_s, {}, std::nullopt});
    EXPECT_TRUE(v.messageText().contains(u"imprimé"_s)) << v.messageText().toStdString();
    panel->add(CommentRequest{0, std::nullopt, 0, {}, u"Prescripteur prévenu."_s, false});
    EXPECT_TRUE(v.messageText().contains(u"interne"_s)) << v.messageText().toStdString();
    ASSERT_EQ(v.dossier()->comments.size(), 2);

    const DossierCommentsModel *m = panel->model();
    ASSERT_EQ(m->rowCount(), 2);
    EXPECT_EQ(m->index(0, DossierCommentsModel::TargetColumn).data().toString(), v.dossier()->rows().first()->analysisLabel);
    EXPECT_TRUE(m->index(0, DossierCommentsModel::TextColumn).data().toString().startsWith(u"[TSTHEMOL] Échantillon"_s));
    EXPECT_EQ(m->index(0, DossierCommentsModel::PrintedColumn).data().toString(), u"Imprimé"_s);
    EXPECT_EQ(m->index(1, DossierCommentsModel::TargetColumn).data().toString(), u"Dossier"_s);
    EXPECT_EQ(m->index(1, DossierCommentsModel::PrintedColumn).data().toString(), u"Interne"_s);
    EXPECT_EQ(m->index(1, DossierCommentsModel::AuthorColumn).data().toString(), u"biologiste"_s);
    const QString date = m->index(1, DossierCommentsModel::DateColumn).data().toString();
    EXPECT_TRUE(QDateTime::fromString(date, u"dd/MM/yyyy HH:mm"_s).isValid()) << date.toStdString();

    // Removing: reason required by the use case, then struck through and kept.
    const qint64 id = m->index(1, 0).data(DossierCommentsModel::CommentIdRole).toLongLong();
    panel->remove(id, u" "_s);
    EXPECT_TRUE(v.messageText().contains(u"pourquoi"_s)) << v.messageText().toStdString();
    panel->remove(id, u"posé sur le mauvais dossier"_s);
    ASSERT_EQ(m->rowCount(), 2) << "kept in the history";
    EXPECT_TRUE(m->index(1, DossierCommentsModel::TextColumn).data(Qt::FontRole).value<QFont>().strikeOut());
    EXPECT_TRUE(m->index(1, 0).data(Qt::ToolTipRole).toString().contains(u"posé sur le mauvais dossier"_s));
    EXPECT_EQ(panel->activeCount(), 1);
}

TEST_P(ValidationCommentsGuiTest, AStaleScreenIsRefusedAndReloaded)
{
    const Dossier d = ready({u"CRP"_s}, {{u"CRP"_s, u"3"_s}});
    ValidationView &v = view();
    ASSERT_TRUE(v.openDossier(d.id));
    // Another biologist comments the dossier meanwhile.
    auto other = workflow::validation::ValidationComments(*m_db, secondBiologist())
                     .add(CommentRequest{d.id, std::nullopt, 0, {}, u"Vu par le second biologiste."_s, false});
    ASSERT_TRUE(other) << other.error().toString().toStdString();
    v.commentsPanel()->add(CommentRequest{0, std::nullopt, 0, u"TSTINT"_s, {}, std::nullopt});
    EXPECT_TRUE(v.messageText().contains(u"rechargé"_s)) << v.messageText().toStdString();
    ASSERT_EQ(v.dossier()->comments.size(), 1) << "the screen now shows the other biologist's comment only";
    EXPECT_EQ(v.dossier()->comments.first().author, u"biologiste2"_s);
}

TEST_P(ValidationCommentsGuiTest, DialogPicksTemplatesByCodeAndCtrlKOpensIt)
{
    auto list = workflow::validation::CommentLibrary(*m_db, bio()).list(true);
    ASSERT_TRUE(list);
    {
        CommentDialog dialog(*list, u"CRP : 3 mg/L"_s);
        EXPECT_TRUE(dialog.templateCode().isEmpty()) << "free text first";
        EXPECT_FALSE(dialog.printed()) << "free text is internal by default";
        dialog.setFilter(u"tsthemol"_s);
        EXPECT_EQ(dialog.templateCode(), u"TSTHEMOL"_s) << "typing the code selects it";
        EXPECT_TRUE(dialog.text().startsWith(u"Échantillon hémolysé"_s));
        EXPECT_TRUE(dialog.printed());
        dialog.setFilter(u"à revoir"_s);
        EXPECT_EQ(dialog.templateCode(), u"TSTINT"_s) << "found by a word of its text";
        EXPECT_FALSE(dialog.printed());
        EXPECT_EQ(dialog.visibleTemplateCount(), 2) << "free text and the matching template";
        dialog.setText(u"Contrôle qualité revu : résultat rendu."_s);
        dialog.setOnResult(true);
        EXPECT_TRUE(dialog.onResult());
        EXPECT_EQ(dialog.text(), u"Contrôle qualité revu : résultat rendu."_s);
    }
    {
        CommentDialog noResult(*list, QString());
        noResult.setOnResult(true);
        EXPECT_FALSE(noResult.onResult()) << "no current result: on the dossier";
    }

    const Dossier d = ready({u"CRP"_s}, {{u"CRP"_s, u"3"_s}});
    ValidationView &v = view();
    v.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&v));
    ASSERT_TRUE(v.openDossier(d.id));
    v.resultsTree()->setFocus();
    bool seen = false;
    QTimer::singleShot(0, [&] {
        auto *dialog = qobject_cast<CommentDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        seen = true;
        dialog->setFilter(u"TSTHEMOL"_s);
        dialog->setOnResult(true);
        dialog->accept();
    });
    QTest::keyClick(v.resultsTree(), Qt::Key_K, Qt::ControlModifier);
    EXPECT_TRUE(seen) << "Ctrl+K opens « Ajouter un commentaire »";
    ASSERT_EQ(v.dossier()->comments.size(), 1) << v.messageText().toStdString();
    EXPECT_EQ(v.dossier()->comments.first().templateCode, u"TSTHEMOL"_s);
    EXPECT_EQ(v.dossier()->comments.first().resultId, v.dossier()->rows().first()->result.id);
    EXPECT_TRUE(v.dossier()->comments.first().printed);
    EXPECT_EQ(ValidationShortcuts::keys(ValidationShortcuts::Comment), QKeySequence(Qt::CTRL | Qt::Key_K));
}

INSTANTIATE_TEST_SUITE_P(Backends, ValidationCommentsGuiTest,
                         ::testing::Values(sgl::testing::Backend::Sqlite, sgl::testing::Backend::Postgres),
                         sgl::testing::backendName);

} // namespace
} // namespace sgl::app::test
