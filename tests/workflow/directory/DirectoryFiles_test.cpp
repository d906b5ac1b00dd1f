// The four Annuaire Santé files imported together (issue 14, item 5): recognised by their header,
// loaded into one generation and switched at once; searches carry the personal MSSanté boxes,
// savoir-faire and diplomas; a refused second file leaves the previous directory whole (its
// mailboxes included); the other files alone are refused. Both databases.

#include "DirectoryTestSupport.h"

#include "interop/directory/DirectoryFileFormat.h"
#include "interop/directory/ErrorCodes.h"
#include "storage/DirectoryFilesRepository.h"
#include "workflow/ErrorCodes.h"

namespace sgl::testing {
namespace {

using namespace Qt::StringLiterals;
using interop::directory::DirectoryFileKind;
using interop::directory::DirectoryFileFormat;
using interop::directory::SyntheticDirectoryFiles;
using workflow::directory::DirectoryImport;
namespace derrc = interop::directory::errc;

class DirectoryFilesTest : public DirectoryTest {
protected:
    /** Writes `bytes` as <prefix>_<stamp>.txt in the test's directory. */
    QString named(DirectoryFileKind kind, const QByteArray &bytes, const QString &stamp = u"202612010300"_s)
    {
        const QString path = m_scratch->directory() + u'/' + DirectoryFileFormat::name(kind) + u'_' + stamp + u".txt"_s;
        EXPECT_TRUE(writeFile(path, bytes));
        return path;
    }
    /** The four files of one synthetic extract; ÉPINASSE gets a second personal box. */
    QStringList fourFiles(qint64 rows, quint32 seed, const QList<domain::DirectoryEntry> &extra, const QString &stamp)
    {
        domain::DirectoryProfessional holder = epinasse().professional;
        const QList<domain::DirectoryMailbox> boxes{
            SyntheticDirectoryFiles::personalBox(holder, u"helene.epinasse@chu-test.mssante.fr"_s)};
        return {file(syntheticExtract(rows, seed, extra), stamp),
                named(DirectoryFileKind::SavoirFaire, syntheticFile(DirectoryFileKind::SavoirFaire, rows, seed, extra), stamp),
                named(DirectoryFileKind::DiplAutExerc, syntheticFile(DirectoryFileKind::DiplAutExerc, rows, seed, extra), stamp),
                named(DirectoryFileKind::MssanteMailboxes,
                      syntheticFile(DirectoryFileKind::MssanteMailboxes, rows, seed, extra, boxes), stamp)};
    }
    domain::Result<workflow::directory::DirectoryImportSummary> importAll(const QStringList &paths, int batch = 50)
    {
        DirectoryImport importer(*m_db, directoryAdmin());
        importer.setBatchSize(batch);
        return importer.run(paths);
    }
};

TEST_P(DirectoryFilesTest, FourFilesFormOneGenerationAndSearchesCarryMailboxesSkillsAndDiplomas)
{
    QStringList paths = fourFiles(150, 5, {epinasse(), zephirin()}, u"202612010300"_s);
    std::reverse(paths.begin(), paths.end()); // any order: the kind comes from the header
    auto r = importAll(paths);
    ASSERT_TRUE(r) << r.error().toString().toStdString();
    EXPECT_EQ(r->generation.fileNames.size(), 4);
    EXPECT_EQ(r->generation.rowCount, 150) << "activities only";
    auto counts = m_db->read([&](storage::ReadTx &tx) {
        return storage::DirectoryFilesRepository::counts(tx, r->generation.id);
    });
    ASSERT_TRUE(counts);
    EXPECT_GT(counts->skills, 20);
    EXPECT_GT(counts->diplomas, 100);
    EXPECT_GT(counts->mailboxes, 30);

    const auto found = byName(u"épinasse"_s);
    ASSERT_EQ(found.size(), 1);
    const domain::DirectoryProfessional &p = found.first();
    // The activity's address and the extra box, each once, in file order.
    EXPECT_EQ(p.mssanteMailboxes,
              (QStringList{u"helene.epinasse@chu-test.mssante.fr"_s, u"helene.epinasse@labo.mssante.fr"_s}));
    ASSERT_EQ(p.skills.size(), 1);
    EXPECT_EQ(p.skills.first().code, u"SM05"_s);
    EXPECT_EQ(p.skills.first().label, u"Biologie médicale"_s);
    ASSERT_EQ(p.diplomas.size(), 1);
    EXPECT_EQ(p.diplomas.first().diplomaLabel, u"Diplôme d'État de docteur en pharmacie"_s);
    // ZÉPHIRIN has no MSSanté address in the extract and is not every third: no personal box.
    const auto other = byName(u"zephirin"_s);
    ASSERT_EQ(other.size(), 1);
    EXPECT_TRUE(other.first().mssanteMailboxes.isEmpty());
    EXPECT_EQ(other.first().diplomas.size(), 1);
    // The organisation boxes belong to nobody's search result.
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM directory_mailboxes WHERE box_type = 'ORG'"_s), 2);

    // The RPPS check returns the same professional, boxes included.
    auto check = workflow::directory::DirectorySearch(*m_db, directorySecretary()).checkRpps(u"10000000009"_s);
    ASSERT_TRUE(check);
    ASSERT_TRUE(check->professional);
    EXPECT_EQ(check->professional->mssanteMailboxes.size(), 2);
}

TEST_P(DirectoryFilesTest, ARefusedSecondFileLeavesThePreviousDirectoryWhole)
{
    ASSERT_TRUE(importAll(fourFiles(100, 1, {epinasse()}, u"202611010300"_s)));
    const qint64 first = active()->id;
    const qint64 mailboxes = scalar(u"SELECT COUNT(*) FROM directory_mailboxes"_s);
    const qint64 skills = scalar(u"SELECT COUNT(*) FROM directory_skills"_s);
    ASSERT_GT(mailboxes, 0);

    // New extraction: good Personne_activite, MSSanté file with a bad RPPS key at its line 9.
    QStringList next = fourFiles(120, 2, {zephirin()}, u"202612010300"_s);
    QByteArray boxes = syntheticFile(DirectoryFileKind::MssanteMailboxes, 120, 2, {zephirin()});
    boxes = withField(boxes, 9, DirectoryFileFormat::BoxIdPp, "19000000001");
    next[3] = named(DirectoryFileKind::MssanteMailboxes, boxes, u"202612010300"_s);
    auto r = importAll(next, 20);
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().code, derrc::BadRpps);
    EXPECT_TRUE(r.error().location.endsWith(u"Extraction_Correspondance_MSSante_202612010300.txt:9"_s))
        << r.error().location.toStdString();

    EXPECT_EQ(active()->id, first);
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM directory_generations"_s), 1) << "the failed generation is gone";
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM directory_mailboxes"_s), mailboxes);
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM directory_skills"_s), skills);
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM directory_diplomas WHERE generation <> %1"_s.arg(first)), 0);
    const auto still = byName(u"épinasse"_s);
    ASSERT_EQ(still.size(), 1);
    EXPECT_EQ(still.first().mssanteMailboxes.size(), 2);
    EXPECT_TRUE(byName(u"zephirin"_s).isEmpty());

    // The same extraction, repaired, replaces the old one with every file; the old rows are deleted.
    auto again = importAll(fourFiles(120, 2, {zephirin()}, u"202612020300"_s));
    ASSERT_TRUE(again) << again.error().toString().toStdString();
    EXPECT_EQ(again->replacedGenerations, 1);
    EXPECT_TRUE(byName(u"épinasse"_s).isEmpty());
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM directory_mailboxes WHERE generation = %1"_s.arg(first)), 0);
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM directory_skills WHERE generation = %1"_s.arg(first)), 0);
}

TEST_P(DirectoryFilesTest, AWrongHeaderInAnyFileRefusesTheImportBeforeAnyWrite)
{
    ASSERT_TRUE(importAll(fourFiles(60, 1, {epinasse()}, u"202611010300"_s)));
    const qint64 first = active()->id;
    QStringList next = fourFiles(60, 2, {}, u"202612010300"_s);
    QByteArray skills = syntheticFile(DirectoryFileKind::SavoirFaire, 60, 2);
    skills.replace("|Code savoir-faire|", "|Code savoir faire|");
    next[1] = named(DirectoryFileKind::SavoirFaire, skills, u"202612010300"_s);
    auto r = importAll(next);
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().code, derrc::Header);
    EXPECT_TRUE(r.error().message.contains(u"colonne 12 « Code savoir-faire »"_s)) << r.error().message.toStdString();
    EXPECT_TRUE(r.error().message.contains(u"PS_LibreAcces_SavoirFaire"_s));
    EXPECT_EQ(active()->id, first);
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM directory_generations"_s), 1);
}

TEST_P(DirectoryFilesTest, TheOtherFilesAloneAreRefused)
{
    ASSERT_TRUE(importAll(fourFiles(40, 1, {epinasse()}, u"202611010300"_s)));
    const qint64 first = active()->id;
    const QStringList all = fourFiles(40, 2, {}, u"202612010300"_s);
    auto r = importAll(all.mid(1));
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().code, workflow::errc::DirectoryNoActivityFile);
    EXPECT_TRUE(r.error().message.contains(u"PS_LibreAcces_Personne_activite"_s));
    EXPECT_EQ(active()->id, first);
    EXPECT_EQ(byName(u"épinasse"_s).size(), 1);
}

TEST_P(DirectoryFilesTest, OnlyAnAdministratorImportsTheFiles)
{
    DirectoryImport importer(*m_db, directorySecretary());
    auto r = importer.run(fourFiles(20, 1, {}, u"202612010300"_s));
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().code, workflow::errc::AuthForbidden);
    EXPECT_FALSE(active());
}

INSTANTIATE_TEST_SUITE_P(Backends, DirectoryFilesTest, ::testing::Values(Backend::Sqlite, Backend::Postgres),
                         backendName);

} // namespace
} // namespace sgl::testing
