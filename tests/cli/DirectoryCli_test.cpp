// `sgl directory` (issue 14, item 5), both backends: the real executable writes a synthetic
// extract, imports it (progress on stderr, summary on stdout), reports the active directory,
// searches it and checks RPPS numbers; a damaged file is refused with exit code 4 and leaves the
// directory in place (docs/cli.md).

#include "DemoCliTest.h"

#include <QFile>

using namespace Qt::StringLiterals;
using sgl::testing::Backend;
using sgl::testing::CliRun;

namespace {

class DirectoryCli : public ::testing::TestWithParam<Backend> {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_home.isValid());
        m_scratch = std::make_unique<sgl::testing::ScratchDatabase>(GetParam());
        if (!m_scratch->skipReason.empty())
            GTEST_SKIP() << m_scratch->skipReason;
        m_db = u"--db="_s + m_scratch->url();
        auto init = sgl({u"init-db"_s, m_db});
        ASSERT_EQ(init.code, 0) << init.err.toStdString();
    }
    CliRun sgl(const QStringList &args) { return sgl::testing::runSgl(m_home.path(), args); }
    QString path(const QString &name) const { return m_home.path() + u'/' + name; }

    QTemporaryDir m_home;
    std::unique_ptr<sgl::testing::ScratchDatabase> m_scratch;
    QString m_db;
};

TEST_P(DirectoryCli, SyntheticImportStatusSearchCheck)
{
    const QString extract = path(u"PS_LibreAcces_Personne_activite_202612010300.txt"_s);
    auto written = sgl({u"directory"_s, u"synthetic"_s, extract, u"--rows"_s, u"600"_s, u"--seed"_s, u"3"_s});
    ASSERT_EQ(written.code, 0) << written.err.toStdString();

    auto empty = sgl({u"directory"_s, u"status"_s, m_db});
    ASSERT_EQ(empty.code, 0) << empty.err.toStdString();
    EXPECT_TRUE(empty.out.contains(u"Aucun annuaire importé"_s));

    auto imported = sgl({u"directory"_s, u"import"_s, extract, m_db, u"--batch"_s, u"100"_s});
    ASSERT_EQ(imported.code, 0) << imported.err.toStdString();
    EXPECT_TRUE(imported.out.contains(u"Annuaire importé : 600 lignes"_s)) << imported.out.toStdString();
    EXPECT_TRUE(imported.err.contains(u"100 %"_s)) << imported.err.toStdString();

    auto status = sgl({u"directory"_s, u"status"_s, m_db});
    ASSERT_EQ(status.code, 0);
    EXPECT_TRUE(status.out.contains(u"600 lignes"_s)) << status.out.toStdString();
    EXPECT_TRUE(status.out.contains(u"PS_LibreAcces_Personne_activite_202612010300.txt"_s));

    // The first synthetic professional (index 0) has RPPS 19000000000 (payload 1900000000, Luhn key 0).
    auto byRpps = sgl({u"directory"_s, u"search"_s, m_db, u"--rpps"_s, u"19000000000"_s});
    ASSERT_EQ(byRpps.code, 0) << byRpps.err.toStdString();
    EXPECT_TRUE(byRpps.out.startsWith(u"19000000000  "_s)) << byRpps.out.toStdString();
    auto byCity = sgl({u"directory"_s, u"search"_s, m_db, u"--city"_s, u"Besançon"_s, u"--limit"_s, u"3"_s});
    ASSERT_EQ(byCity.code, 0) << byCity.err.toStdString();
    EXPECT_TRUE(byCity.out.contains(u"25000 Besançon"_s)) << byCity.out.toStdString();
    auto noCriteria = sgl({u"directory"_s, u"search"_s, m_db});
    EXPECT_EQ(noCriteria.code, 4);

    auto known = sgl({u"directory"_s, u"check"_s, u"19000000000"_s, m_db});
    EXPECT_EQ(known.code, 0) << known.out.toStdString();
    EXPECT_TRUE(known.out.contains(u"en activité"_s));
    auto badKey = sgl({u"directory"_s, u"check"_s, u"19000000001"_s, m_db});
    EXPECT_EQ(badKey.code, 4);
    EXPECT_TRUE(badKey.out.contains(u"clé de contrôle"_s)) << badKey.out.toStdString();
}

TEST_P(DirectoryCli, DamagedFileIsRefusedAndTheDirectoryStays)
{
    const QString good = path(u"good.txt"_s);
    ASSERT_EQ(sgl({u"directory"_s, u"synthetic"_s, good, u"--rows"_s, u"50"_s}).code, 0);
    ASSERT_EQ(sgl({u"directory"_s, u"import"_s, good, m_db}).code, 0);

    QFile f(good);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    QByteArray bytes = f.readAll();
    f.close();
    bytes.chop(20);
    const QString cut = path(u"cut.txt"_s);
    QFile out(cut);
    ASSERT_TRUE(out.open(QIODevice::WriteOnly));
    out.write(bytes);
    out.close();
    auto refused = sgl({u"directory"_s, u"import"_s, cut, m_db});
    EXPECT_EQ(refused.code, 4);
    EXPECT_TRUE(refused.err.contains(u"Ligne 51"_s)) << refused.err.toStdString();
    EXPECT_TRUE(refused.err.contains(u"tronquée"_s));

    auto status = sgl({u"directory"_s, u"status"_s, m_db});
    EXPECT_TRUE(status.out.contains(u"50 lignes"_s)) << status.out.toStdString();
    EXPECT_TRUE(status.out.contains(u"good.txt"_s));

    EXPECT_EQ(sgl({u"directory"_s, u"import"_s, m_db}).code, 1);
    EXPECT_EQ(sgl({u"directory"_s, u"import"_s, path(u"absent.txt"_s), m_db}).code, 5);
    EXPECT_EQ(sgl({u"directory"_s, u"import"_s, good, m_db, u"--user"_s, u"personne"_s}).code, 4);
}

TEST_P(DirectoryCli, FourFilesAreImportedTogetherAndOnlineCheckNeedsAKey)
{
    const QString extract = path(u"PS_LibreAcces_Personne_activite_202612010300.txt"_s);
    const QString skills = path(u"PS_LibreAcces_SavoirFaire_202612010300.txt"_s);
    const QString diplomas = path(u"PS_LibreAcces_Dipl_AutExerc_202612010300.txt"_s);
    const QString mssante = path(u"Extraction_Correspondance_MSSante_202612010300.txt"_s);
    auto written = sgl({u"directory"_s, u"synthetic"_s, extract, u"--rows"_s, u"200"_s, u"--skills"_s, skills,
                        u"--diplomas"_s, diplomas, u"--mssante"_s, mssante});
    ASSERT_EQ(written.code, 0) << written.err.toStdString();
    for (const QString &f : {skills, diplomas, mssante})
        EXPECT_TRUE(QFile::exists(f)) << f.toStdString();

    // Alone, the other files would empty the directory: refused.
    auto alone = sgl({u"directory"_s, u"import"_s, mssante, m_db});
    EXPECT_EQ(alone.code, 4);
    EXPECT_TRUE(alone.err.contains(u"PS_LibreAcces_Personne_activite"_s)) << alone.err.toStdString();

    auto imported = sgl({u"directory"_s, u"import"_s, mssante, skills, extract, diplomas, m_db});
    ASSERT_EQ(imported.code, 0) << imported.err.toStdString();
    EXPECT_TRUE(imported.out.contains(u"Annuaire importé : 200 lignes"_s)) << imported.out.toStdString();
    auto status = sgl({u"directory"_s, u"status"_s, m_db});
    EXPECT_TRUE(status.out.contains(u"Extraction_Correspondance_MSSante_202612010300.txt"_s)) << status.out.toStdString();

    // Index 0 (RPPS 19000000000) has a personal box (every third professional) and a diploma.
    auto found = sgl({u"directory"_s, u"search"_s, m_db, u"--rpps"_s, u"19000000000"_s});
    ASSERT_EQ(found.code, 0) << found.err.toStdString();
    EXPECT_TRUE(found.out.contains(u"BAL MSSanté personnelle : "_s)) << found.out.toStdString();
    EXPECT_TRUE(found.out.contains(u"Diplôme : Diplôme d'État"_s)) << found.out.toStdString();

    // The online check refuses to run without an API key (none in this test's settings).
    auto online = sgl({u"directory"_s, u"check"_s, u"--online"_s, u"19000000000"_s, m_db});
    EXPECT_EQ(online.code, 4) << online.out.toStdString();
    EXPECT_TRUE(online.err.contains(u"Clé d'API de l'Annuaire Santé absente"_s)) << online.err.toStdString();
}

INSTANTIATE_TEST_SUITE_P(Backends, DirectoryCli, ::testing::Values(Backend::Sqlite, Backend::Postgres),
                         sgl::testing::backendName);

} // namespace
