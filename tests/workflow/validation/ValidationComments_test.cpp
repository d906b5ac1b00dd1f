// Coded and free comments of biological validation (issue 12, item 2) on both databases: the
// library (create, update, retire, CSV import) and the biologist's comments on a dossier or a
// result (printed or internal, never deleted, optimistic lock on the dossier).

#include "ValidationTestSupport.h"

#include "domain/ErrorCodes.h"
#include "storage/ErrorCodes.h"
#include "workflow/ErrorCodes.h"
#include "workflow/validation/CommentLibrary.h"
#include "workflow/validation/ValidationComments.h"
#include "workflow/validation/ValidationDossierView.h"

namespace sgl::testing {
namespace {

using namespace sgl::domain;
using namespace Qt::StringLiterals;
using workflow::validation::CommentLibrary;
using workflow::validation::CommentRequest;
using workflow::validation::ValidationComments;

class ValidationCommentsTest : public ValidationTest {
protected:
    void SetUp() override
    {
        ValidationTest::SetUp();
        if (IsSkipped() || HasFatalFailure())
            return;
        CommentTemplate t;
        t.code = u"TSTCTRL"_s;
        t.text = u"À contrôler sur un nouveau prélèvement."_s;
        t.printedByDefault = true;
        auto made = CommentLibrary(*m_db, session(u"admin"_s)).create(t);
        ASSERT_TRUE(made) << made.error().toString().toStdString();
        m_template = *made;
    }

    ValidationComments comments(const UserSession &s) { return ValidationComments(*m_db, s); }

    /** A CRP dossier technically validated, as shown on the screen. */
    Dossier crpDossier()
    {
        const Dossier d = receivedDossier({u"CRP"_s});
        benchDone(d.id, {{u"CRP"_s, u"3"_s}});
        return dossier(d.id);
    }

    CommentTemplate m_template;
};

TEST_P(ValidationCommentsTest, ATemplatePrefillsTextAndPrintedAndTheBiologistMayEditIt)
{
    const Dossier d = crpDossier();
    const LabResult crp = resultOf(d.id, u"CRP"_s);
    CommentRequest req{d.id, d.version, crp.id, u" tstctrl "_s, {}, std::nullopt};
    auto first = comments(bio()).add(req);
    ASSERT_TRUE(first) << first.error().toString().toStdString();
    EXPECT_EQ(first->comment.templateCode, u"TSTCTRL"_s);
    EXPECT_EQ(first->comment.text, m_template.text);
    EXPECT_TRUE(first->comment.printed) << "the template's default";
    EXPECT_EQ(first->comment.resultId, crp.id);
    EXPECT_EQ(first->comment.analysisCode, u"CRP"_s);
    EXPECT_EQ(first->comment.author, u"biologiste"_s);
    EXPECT_GT(first->dossierVersion, d.version);

    CommentRequest edited{d.id, first->dossierVersion, 0, u"TSTCTRL"_s, u"À contrôler dans 48 h."_s, false};
    auto second = comments(bio()).add(edited);
    ASSERT_TRUE(second) << second.error().toString().toStdString();
    EXPECT_EQ(second->comment.text, u"À contrôler dans 48 h."_s);
    EXPECT_FALSE(second->comment.printed);
    EXPECT_EQ(second->comment.resultId, 0);

    CommentRequest free{d.id, second->dossierVersion, 0, {}, u"Prescripteur prévenu par téléphone."_s, std::nullopt};
    auto third = comments(bio()).add(free);
    ASSERT_TRUE(third) << third.error().toString().toStdString();
    EXPECT_FALSE(third->comment.printed) << "free text is internal unless asked";
    EXPECT_TRUE(third->comment.templateCode.isEmpty());

    // The read model of the screen carries them, in order.
    auto view = workflow::validation::ValidationDossierView(*m_db).open(bio(), d.id);
    ASSERT_TRUE(view) << view.error().toString().toStdString();
    ASSERT_EQ(view->comments.size(), 3);
    EXPECT_EQ(view->comments[0].analysisCode, u"CRP"_s);
    EXPECT_EQ(view->comments[2].text, u"Prescripteur prévenu par téléphone."_s);
    EXPECT_EQ(dossierAudit(d.id).count(u"validation.comment_add"_s), 3);
}

TEST_P(ValidationCommentsTest, RefusalsWriteNothing)
{
    const Dossier d = crpDossier();
    const int before = count(u"dossier_comments"_s);
    const int audit = count(u"audit_log"_s);

    CommentRequest req{d.id, d.version, 0, u"TSTCTRL"_s, {}, std::nullopt};
    auto byTech = comments(tech()).add(req);
    ASSERT_FALSE(byTech);
    EXPECT_EQ(byTech.error().code, QString(workflow::errc::AuthForbidden));

    CommentRequest unknown{d.id, d.version, 0, u"NOPE42"_s, {}, std::nullopt};
    auto bad = comments(bio()).add(unknown);
    ASSERT_FALSE(bad);
    EXPECT_EQ(bad.error().code, QString(workflow::errc::CommentUnknownTemplate));
    EXPECT_TRUE(bad.error().message.contains(u"NOPE42"_s)) << bad.error().message.toStdString();

    CommentRequest empty{d.id, d.version, 0, {}, u"   "_s, true};
    EXPECT_EQ(comments(bio()).add(empty).error().code, QString(domain::errc::CommentTextRequired));
    CommentRequest tooLong{d.id, d.version, 0, {}, QString(501, u'x'), true};
    EXPECT_EQ(comments(bio()).add(tooLong).error().code, QString(domain::errc::CommentTextTooLong));
    CommentRequest otherResult{d.id, d.version, 987654, {}, u"x"_s, true};
    EXPECT_EQ(comments(bio()).add(otherResult).error().code, QString(workflow::errc::ValidationNotInDossier));

    // The screen shows an older version of the dossier: refused, then accepted once reloaded.
    auto ok = comments(bio()).add(req);
    ASSERT_TRUE(ok) << ok.error().toString().toStdString();
    const int afterOne = count(u"audit_log"_s);
    auto stale = comments(bio()).add(req);
    ASSERT_FALSE(stale);
    EXPECT_EQ(stale.error().code, QString(storage::errc::Conflict));
    EXPECT_EQ(count(u"dossier_comments"_s), before + 1);
    EXPECT_EQ(count(u"audit_log"_s), afterOne) << "the stale attempt wrote nothing";
    EXPECT_GT(afterOne, audit);

    // A retired template is refused too, naming it.
    auto retired = CommentLibrary(*m_db, session(u"admin"_s)).retire(u"TSTCTRL"_s, m_template.version);
    ASSERT_TRUE(retired) << retired.error().toString().toStdString();
    CommentRequest again{d.id, ok->dossierVersion, 0, u"TSTCTRL"_s, {}, std::nullopt};
    auto refused = comments(bio()).add(again);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, QString(workflow::errc::CommentUnknownTemplate));
    EXPECT_TRUE(refused.error().message.contains(u"TSTCTRL"_s));
}

TEST_P(ValidationCommentsTest, RemovalKeepsTheCommentInHistoryWithWhoWhenWhy)
{
    const Dossier d = crpDossier();
    auto added = comments(bio()).add({d.id, d.version, 0, {}, u"Commentaire posé par erreur."_s, true});
    ASSERT_TRUE(added) << added.error().toString().toStdString();
    const qint64 id = added->comment.id;

    auto noReason = comments(bio()).remove(d.id, added->dossierVersion, id, u"  "_s);
    ASSERT_FALSE(noReason);
    EXPECT_EQ(noReason.error().code, QString(workflow::errc::CommentReasonRequired));
    auto byTech = comments(tech()).remove(d.id, added->dossierVersion, id, u"erreur"_s);
    EXPECT_EQ(byTech.error().code, QString(workflow::errc::AuthForbidden));
    auto unknown = comments(bio()).remove(d.id, added->dossierVersion, id + 100, u"erreur"_s);
    EXPECT_EQ(unknown.error().code, QString(workflow::errc::CommentNotFound));
    auto stale = comments(bio()).remove(d.id, d.version, id, u"erreur"_s);
    EXPECT_EQ(stale.error().code, QString(storage::errc::Conflict));

    auto removed = comments(bio()).remove(d.id, added->dossierVersion, id, u"mauvais dossier"_s);
    ASSERT_TRUE(removed) << removed.error().toString().toStdString();
    EXPECT_TRUE(removed->comment.removed);
    auto twice = comments(bio()).remove(d.id, removed->dossierVersion, id, u"encore"_s);
    EXPECT_EQ(twice.error().code, QString(workflow::errc::CommentAlreadyRemoved));

    EXPECT_EQ(count(u"dossier_comments"_s, u"id = ?"_s, {id}), 1) << "never deleted";
    auto view = workflow::validation::ValidationDossierView(*m_db).open(bio(), d.id);
    ASSERT_TRUE(view);
    ASSERT_EQ(view->comments.size(), 1);
    const DossierComment &c = view->comments.first();
    EXPECT_TRUE(c.removed);
    EXPECT_EQ(c.removedBy, u"biologiste"_s);
    EXPECT_EQ(c.removalReason, u"mauvais dossier"_s);
    EXPECT_TRUE(c.removedAt.isValid());
    EXPECT_EQ(c.text, u"Commentaire posé par erreur."_s);
    EXPECT_TRUE(dossierAudit(d.id).contains(u"validation.comment_remove"_s));
}

TEST_P(ValidationCommentsTest, LibraryIsEditedByTheAdministratorOnly)
{
    CommentLibrary admin(*m_db, session(u"admin"_s));
    CommentLibrary biologist(*m_db, bio());
    CommentTemplate t;
    t.code = u"tstconf"_s;
    t.text = u"  Résultat contrôlé.  "_s;
    auto forbidden = biologist.create(t);
    ASSERT_FALSE(forbidden);
    EXPECT_EQ(forbidden.error().code, QString(workflow::errc::AuthForbidden));
    auto made = admin.create(t);
    ASSERT_TRUE(made) << made.error().toString().toStdString();
    EXPECT_EQ(made->code, u"TSTCONF"_s);
    EXPECT_EQ(made->text, u"Résultat contrôlé."_s);
    EXPECT_EQ(admin.create(t).error().code, QString(workflow::errc::CommentDuplicateCode));
    CommentTemplate badCode = t;
    badCode.code = u"TST CONF"_s;
    EXPECT_EQ(admin.create(badCode).error().code, QString(domain::errc::CommentBadCode));

    CommentTemplate edit = *made;
    edit.printedByDefault = false;
    auto updated = admin.update(edit);
    ASSERT_TRUE(updated) << updated.error().toString().toStdString();
    EXPECT_EQ(admin.update(edit).error().code, QString(storage::errc::Conflict)) << "stale version";
    CommentTemplate missing = edit;
    missing.code = u"ABSENT"_s;
    EXPECT_EQ(admin.update(missing).error().code, QString(workflow::errc::CommentUnknownTemplate));

    auto listed = biologist.list(true);
    ASSERT_TRUE(listed) << listed.error().toString().toStdString();
    QStringList codes;
    for (const CommentTemplate &x : *listed)
        codes << x.code;
    EXPECT_TRUE(codes.contains(u"TSTCONF"_s));
    EXPECT_TRUE(codes.contains(u"TSTCTRL"_s));
    ASSERT_TRUE(admin.retire(u"TSTCONF"_s, updated->version));
    auto active = biologist.list(true);
    ASSERT_TRUE(active);
    for (const CommentTemplate &x : *active)
        EXPECT_NE(x.code, u"TSTCONF"_s) << "retired templates are not offered";
    auto all = admin.list(false);
    ASSERT_TRUE(all);
    EXPECT_TRUE(std::any_of(all->cbegin(), all->cend(), [](const CommentTemplate &x) { return x.code == u"TSTCONF"_s && !x.active; }));
}

TEST_P(ValidationCommentsTest, CsvImportIsAllOrNothingAndNamesTheBadLine)
{
    CommentLibrary admin(*m_db, session(u"admin"_s));
    const int before = count(u"comment_templates"_s);
    const QByteArray bad = "code;texte;imprime;chapitre;actif\r\n"
                           "HEMOL2;Échantillon hémolysé.;oui;;oui\r\n"
                           "LIPE;Sérum lipémique.;peut-être;;oui\r\n";
    auto refused = admin.importCsv(bad, u"lib.csv"_s);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, QString(workflow::errc::CommentCsvLine));
    EXPECT_TRUE(refused.error().message.startsWith(u"Ligne 3"_s)) << refused.error().message.toStdString();
    EXPECT_EQ(refused.error().location, u"lib.csv:3"_s);
    EXPECT_EQ(count(u"comment_templates"_s), before) << "nothing imported";

    const QByteArray badCode = "code;texte\nOK1;Texte.\nbad code;Texte.\n";
    auto refusedCode = admin.importCsv(badCode, u"lib.csv"_s);
    ASSERT_FALSE(refusedCode);
    EXPECT_TRUE(refusedCode.error().message.startsWith(u"Ligne 3"_s)) << refusedCode.error().message.toStdString();

    const QByteArray good = "code;texte;imprime;chapitre;actif\r\n"
                            "HEMOL2;Échantillon hémolysé.;oui;;oui\r\n"
                            "TSTCTRL;À contrôler sur un nouveau prélèvement.;non;;oui\r\n";
    auto imported = admin.importCsv(good, u"lib.csv"_s);
    ASSERT_TRUE(imported) << imported.error().toString().toStdString();
    EXPECT_EQ(imported->created, 1);
    EXPECT_EQ(imported->updated, 1);
    auto again = admin.importCsv(good, u"lib.csv"_s);
    ASSERT_TRUE(again);
    EXPECT_EQ(again->unchanged, 2);
    EXPECT_EQ(CommentLibrary(*m_db, bio()).importCsv(good, u"lib.csv"_s).error().code,
              QString(workflow::errc::AuthForbidden));

    auto exported = admin.exportCsv();
    ASSERT_TRUE(exported);
    EXPECT_TRUE(QString::fromUtf8(*exported).contains(u"HEMOL2;Échantillon hémolysé.;oui;;oui"_s));
}

INSTANTIATE_TEST_SUITE_P(Backends, ValidationCommentsTest, ::testing::Values(Backend::Sqlite, Backend::Postgres),
                         backendName);

} // namespace
} // namespace sgl::testing
