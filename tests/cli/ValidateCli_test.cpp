// `sgl validate` and `sgl callback` (issue 12, item 7) on the demo database, both backends: the
// real executable, its output and its exit codes (docs/cli.md). The critical value flow, a
// partial then complete validation, and batch release with its re-authentication.

#include "DemoCliTest.h"

#include "storage/Database.h"
#include "storage/DbUrl.h"

using namespace Qt::StringLiterals;
using sgl::testing::Backend;
using sgl::testing::CliRun;

namespace {

class ValidateCli : public sgl::testing::DemoCliTest {
protected:
    /** `sgl` with the signer's password in SGL_SIGNER_PASSWORD when given. */
    CliRun sgl(const QStringList &args, const QString &password = {}, const QByteArray &input = {})
    {
        QHash<QString, QString> env;
        if (!password.isEmpty())
            env.insert(u"SGL_SIGNER_PASSWORD"_s, password);
        return DemoCliTest::sgl(args, input, env);
    }

    /** The number of the demo's technically validated dossier (CASANOVA: GLU 7,4 H and CRP <1). */
    QString technicallyValidatedDossier()
    {
        auto url = sgl::storage::DbUrl::parse(m_url);
        EXPECT_TRUE(url);
        auto db = sgl::storage::Database::open(*url);
        EXPECT_TRUE(db);
        if (!db)
            return {};
        auto n = (*db)->read([](sgl::storage::ReadTx &tx) -> sgl::domain::Result<QString> {
            auto q = tx.query(u"SELECT number FROM dossiers WHERE status = ? ORDER BY id"_s, {u"technically_validated"_s});
            if (!q)
                return std::unexpected(q.error());
            return q->next() ? q->value(0).toString() : QString();
        });
        EXPECT_TRUE(n && !n->isEmpty());
        return n.value_or(QString());
    }
};

TEST_P(ValidateCli, CriticalValueNeedsItsCallBackThenPartialValidation)
{
    const QString d = u"D-DEMO-0005"_s;
    ASSERT_EQ(sgl({u"result"_s, u"enter"_s, m_db, u"--dossier"_s, d, u"--analysis"_s, u"GLU"_s, u"--value"_s, u"<1"_s,
                   u"--user"_s, u"technicien"_s})
                  .code,
              0);
    ASSERT_EQ(sgl({u"result"_s, u"tech-validate"_s, m_db, u"--dossier"_s, d, u"--analyses"_s, u"GLU"_s, u"--user"_s,
                   u"technicien"_s})
                  .code,
              0);
    auto byTech = sgl({u"validate"_s, m_db, u"--dossier"_s, d, u"--signer"_s, u"technicien"_s});
    EXPECT_EQ(byTech.code, 4);
    auto refused = sgl({u"validate"_s, m_db, u"--dossier"_s, d, u"--signer"_s, u"biologiste"_s});
    EXPECT_EQ(refused.code, 4);
    EXPECT_TRUE(refused.err.contains(u"valeur critique"_s)) << refused.err.toStdString();
    EXPECT_TRUE(refused.err.contains(u"Glucose"_s)) << refused.err.toStdString();

    auto noReadBack = sgl({u"callback"_s, m_db, u"--dossier"_s, d, u"--analysis"_s, u"GLU"_s, u"--called"_s,
                           u"Dr Claire BERNARD"_s, u"--user"_s, u"biologiste"_s});
    EXPECT_EQ(noReadBack.code, 4);
    EXPECT_TRUE(noReadBack.err.contains(u"relecture"_s)) << noReadBack.err.toStdString();
    auto badHow = sgl({u"callback"_s, m_db, u"--dossier"_s, d, u"--analysis"_s, u"GLU"_s, u"--called"_s, u"X"_s,
                       u"--read-back"_s, u"--how"_s, u"pigeon"_s, u"--user"_s, u"biologiste"_s});
    EXPECT_EQ(badHow.code, 1);
    auto called = sgl({u"callback"_s, m_db, u"--dossier"_s, d, u"--analysis"_s, u"GLU"_s, u"--called"_s,
                       u"Dr Claire BERNARD"_s, u"--read-back"_s, u"--how"_s, u"phone"_s, u"--user"_s, u"biologiste"_s});
    ASSERT_EQ(called.code, 0) << called.err.toStdString();
    EXPECT_TRUE(called.out.contains(u"relecture confirmée"_s)) << called.out.toStdString();

    auto ok = sgl({u"validate"_s, m_db, u"--dossier"_s, d, u"--signer"_s, u"biologiste"_s, u"--analyses"_s, u"GLU"_s,
                   u"--withhold-dmp"_s, u"Patient opposé au versement"_s});
    ASSERT_EQ(ok.code, 0) << ok.err.toStdString();
    EXPECT_TRUE(ok.out.contains(u"GLU\t< 1"_s) || ok.out.contains(u"GLU\t<1"_s)) << ok.out.toStdString();
    EXPECT_TRUE(ok.out.contains(u"(partiel)"_s)) << ok.out.toStdString();

    auto verify = sgl({u"verify-audit"_s, m_db});
    EXPECT_EQ(verify.code, 0) << verify.err.toStdString();
}

TEST_P(ValidateCli, BatchReleaseReauthenticatesAndPrintsExclusions)
{
    const QString d = technicallyValidatedDossier();
    auto usage = sgl({u"validate"_s, m_db, u"--signer"_s, u"biologiste"_s});
    EXPECT_EQ(usage.code, 1);
    auto both = sgl({u"validate"_s, m_db, u"--batch"_s, u"--dossier"_s, d, u"--signer"_s, u"biologiste"_s});
    EXPECT_EQ(both.code, 1);
    auto noPassword = sgl({u"validate"_s, m_db, u"--batch"_s, u"--signer"_s, u"biologiste"_s});
    EXPECT_EQ(noPassword.code, 1);
    auto wrong = sgl({u"validate"_s, m_db, u"--batch"_s, u"--signer"_s, u"biologiste"_s, u"--dossiers"_s, d},
                     u"pas-le-bon"_s);
    EXPECT_EQ(wrong.code, 4);

    // GLU 7,4 is above the range: the batch leaves the dossier for the biologist to open.
    auto batch = sgl({u"validate"_s, m_db, u"--batch"_s, u"--signer"_s, u"biologiste"_s}, u"Validation-2026"_s);
    ASSERT_EQ(batch.code, 0) << batch.err.toStdString();
    EXPECT_TRUE(batch.out.contains(u"exclu\t"_s + d + u"\tabnormal"_s)) << batch.out.toStdString();
    EXPECT_TRUE(batch.out.contains(u"Glucose"_s)) << batch.out.toStdString();
    // Named explicitly, stdin password: refused with its reasons, exit 4.
    auto named = sgl({u"validate"_s, m_db, u"--batch"_s, u"--signer"_s, u"biologiste"_s, u"--dossiers"_s, d}, {},
                     "Validation-2026\n");
    EXPECT_EQ(named.code, 4) << named.err.toStdString();
    EXPECT_TRUE(named.out.contains(u"abnormal"_s)) << named.out.toStdString();

    // Opened and validated one by one: CRP first (partial report), then the rest (complete).
    auto crp = sgl({u"validate"_s, m_db, u"--dossier"_s, d, u"--signer"_s, u"biologiste"_s, u"--analyses"_s, u"CRP"_s});
    ASSERT_EQ(crp.code, 0) << crp.err.toStdString();
    EXPECT_TRUE(crp.out.contains(u"version 1 (partiel)"_s)) << crp.out.toStdString();
    auto rest = sgl({u"validate"_s, m_db, u"--dossier"_s, d, u"--signer"_s, u"biologiste"_s});
    ASSERT_EQ(rest.code, 0) << rest.err.toStdString();
    EXPECT_TRUE(rest.out.contains(u"version 2"_s)) << rest.out.toStdString();
    EXPECT_TRUE(rest.out.contains(u"Compte rendu émis"_s)) << rest.out.toStdString();
    auto again = sgl({u"validate"_s, m_db, u"--dossier"_s, d, u"--signer"_s, u"biologiste"_s});
    EXPECT_EQ(again.code, 4);
}

INSTANTIATE_TEST_SUITE_P(Backends, ValidateCli, ::testing::Values(Backend::Sqlite, Backend::Postgres),
                         [](const auto &info) { return info.param == Backend::Sqlite ? std::string("Sqlite") : std::string("Postgres"); });

} // namespace
