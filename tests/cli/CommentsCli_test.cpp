// `sgl comments list|import|export` (issue 12, item 2) with the real executable on both
// databases: a bad CSV line is named and nothing is imported, a good file round-trips.

#include "DemoCliTest.h"

#include <QFile>

using namespace Qt::StringLiterals;
using sgl::testing::Backend;
using sgl::testing::CliRun;

namespace {

class CommentsCli : public ::testing::TestWithParam<Backend> {
protected:
    void SetUp() override
    {
        if (GetParam() == Backend::Postgres) {
            m_scratch = std::make_unique<sgl::testing::ScratchDatabase>(Backend::Postgres);
            if (!m_scratch->skipReason.empty())
                GTEST_SKIP() << m_scratch->skipReason;
            m_db = u"--db="_s + m_scratch->url();
        } else {
            m_db = u"--db=sqlite://"_s + m_home.path() + u"/lab.sqlite"_s;
        }
        auto init = sgl({u"init-db"_s, m_db});
        ASSERT_EQ(init.code, 0) << init.err.toStdString();
    }
    void TearDown() override
    {
        if (m_scratch)
            m_scratch->drop();
    }

    /** A database without the demo (init-db only): the library starts empty. */
    CliRun sgl(const QStringList &args) { return ::sgl::testing::runSgl(m_home.path(), args); }

    QString file(const QString &name, const QByteArray &content)
    {
        const QString path = m_home.path() + u'/' + name;
        QFile f(path);
        EXPECT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(content);
        return path;
    }

    QTemporaryDir m_home;
    std::unique_ptr<sgl::testing::ScratchDatabase> m_scratch;
    QString m_db;
};

TEST_P(CommentsCli, ABadLineIsNamedAndNothingIsImported)
{
    const QString bad = file(u"bad.csv"_s, "code;texte;imprime;chapitre;actif\n"
                                           "HEMOL;Échantillon hémolysé.;oui;;oui\n"
                                           "CTRL;;oui;;oui\n");
    auto refused = sgl({u"comments"_s, u"import"_s, bad, m_db});
    EXPECT_EQ(refused.code, 4) << refused.err.toStdString();
    EXPECT_TRUE(refused.err.contains(u"Ligne 3"_s)) << refused.err.toStdString();
    EXPECT_TRUE(refused.err.contains(u"comment.csv_line"_s)) << refused.err.toStdString();
    auto listed = sgl({u"comments"_s, u"list"_s, u"--all"_s, m_db});
    EXPECT_EQ(listed.code, 0) << listed.err.toStdString();
    EXPECT_TRUE(listed.out.trimmed().isEmpty()) << "nothing imported: " << listed.out.toStdString();

    auto missing = sgl({u"comments"_s, u"import"_s, m_home.path() + u"/absent.csv"_s, m_db});
    EXPECT_EQ(missing.code, 5);
    EXPECT_EQ(sgl({u"comments"_s, u"frobnicate"_s, m_db}).code, 1);
    EXPECT_EQ(sgl({u"comments"_s, u"import"_s, m_db}).code, 1) << "import needs a file";
}

TEST_P(CommentsCli, ImportListAndExportRoundTrip)
{
    const QString good = file(u"good.csv"_s, "code;texte;imprime;chapitre;actif\n"
                                             "hemol;Échantillon hémolysé : résultat à interpréter avec prudence.;oui;BIOCHIMIE;oui\n"
                                             "APPEL;Prescripteur prévenu par téléphone.;non;;oui\n"
                                             "OLD;Ancien commentaire.;oui;;non\n");
    auto imported = sgl({u"comments"_s, u"import"_s, good, m_db});
    ASSERT_EQ(imported.code, 0) << imported.err.toStdString();
    EXPECT_TRUE(imported.out.contains(u"3 nouveau(x)"_s)) << imported.out.toStdString();
    auto again = sgl({u"comments"_s, u"import"_s, good, m_db});
    EXPECT_TRUE(again.out.contains(u"3 inchangé(s)"_s)) << again.out.toStdString();

    auto active = sgl({u"comments"_s, u"list"_s, m_db});
    ASSERT_EQ(active.code, 0) << active.err.toStdString();
    EXPECT_TRUE(active.out.contains(u"HEMOL"_s)) << active.out.toStdString();
    EXPECT_TRUE(active.out.contains(u"interne"_s)) << active.out.toStdString();
    EXPECT_FALSE(active.out.contains(u"OLD"_s)) << "retired: only with --all";
    EXPECT_TRUE(sgl({u"comments"_s, u"list"_s, u"--all"_s, m_db}).out.contains(u"OLD"_s));

    const QString out = m_home.path() + u"/export.csv"_s;
    auto exported = sgl({u"comments"_s, u"export"_s, u"--output"_s, out, m_db});
    ASSERT_EQ(exported.code, 0) << exported.err.toStdString();
    QFile f(out);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QString csv = QString::fromUtf8(f.readAll());
    EXPECT_TRUE(csv.contains(u"code;texte;imprime;chapitre;actif"_s));
    EXPECT_TRUE(csv.contains(u"APPEL;Prescripteur prévenu par téléphone.;non;;oui"_s)) << csv.toStdString();
    EXPECT_TRUE(csv.contains(u"OLD;Ancien commentaire.;oui;;non"_s));
}

INSTANTIATE_TEST_SUITE_P(Backends, CommentsCli, ::testing::Values(Backend::Sqlite, Backend::Postgres),
                         sgl::testing::backendName);

} // namespace
