// DirectoryImportJob (issue 14, item 5, GUI side): the import the administration screen runs on a
// worker thread with a connection of its own, opened from the database URL; progress reported per
// batch, cancellation from another thread, the previous directory kept on failure. Both databases.
// DirectoryContact: what a dossier keeps of a picked professional, and the extraction date.

#include "DirectoryTestSupport.h"

#include "interop/directory/ErrorCodes.h"
#include "workflow/ErrorCodes.h"
#include "workflow/directory/DirectoryContact.h"
#include "workflow/directory/DirectoryImportJob.h"

#include <mutex>
#include <thread>

namespace sgl::testing {
namespace {

using namespace Qt::StringLiterals;
using workflow::directory::DirectoryContact;
using workflow::directory::DirectoryImportJob;
using workflow::directory::DirectoryImportProgress;

class DirectoryImportJobTest : public DirectoryTest {};

TEST_P(DirectoryImportJobTest, ImportsOnAWorkerThreadWithItsOwnConnectionAndReportsEveryBatch)
{
    const QString path = file(syntheticExtract(130, 3, {epinasse()}));
    DirectoryImportJob job(m_scratch->url(), directoryAdmin(), {path});
    job.setBatchSize(40);
    std::mutex mutex;
    std::vector<DirectoryImportProgress> seen;
    std::vector<std::thread::id> threads;
    job.setProgress([&](const DirectoryImportProgress &p) {
        std::lock_guard lock(mutex);
        seen.push_back(p);
        threads.push_back(std::this_thread::get_id());
    });
    std::optional<domain::Result<workflow::directory::DirectoryImportSummary>> result;
    std::thread worker([&] { result = job.run(); });
    worker.join();
    ASSERT_TRUE(result && *result) << (*result ? std::string() : result->error().toString().toStdString());
    EXPECT_EQ((*result)->generation.rowCount, 130);
    ASSERT_EQ(seen.size(), 4u); // 40 × 3 + 10
    for (std::thread::id id : threads)
        EXPECT_NE(id, std::this_thread::get_id());
    for (size_t i = 1; i < seen.size(); ++i) {
        EXPECT_GT(seen[i].rows, seen[i - 1].rows);
        EXPECT_GE(seen[i].bytesRead, seen[i - 1].bytesRead);
    }
    EXPECT_EQ(seen.back().bytesRead, seen.back().totalBytes) << "the last report is 100 %";
    // Seen from this thread's connection: the new directory is the active one.
    EXPECT_EQ(byName(u"epinasse"_s).size(), 1);
    ASSERT_TRUE(active());
    EXPECT_EQ(active()->id, (*result)->generation.id);
}

TEST_P(DirectoryImportJobTest, CancelFromAnotherThreadKeepsThePreviousDirectory)
{
    ASSERT_TRUE(import(file(syntheticExtract(20, 1, {epinasse()}), u"202611010300"_s)));
    DirectoryImportJob job(m_scratch->url(), directoryAdmin(), {file(syntheticExtract(300, 2, {zephirin()}))});
    job.setBatchSize(30);
    std::atomic<int> batches = 0;
    std::atomic<bool> reported = false;
    job.setProgress([&](const DirectoryImportProgress &) {
        ++batches;
        reported = true;
        // Let the GUI thread's cancel() land before the next batch, as a slow import would.
        while (!job.cancelRequested())
            std::this_thread::yield();
    });
    std::optional<domain::Result<workflow::directory::DirectoryImportSummary>> result;
    std::thread worker([&] { result = job.run(); });
    while (!reported)
        std::this_thread::yield();
    job.cancel();
    worker.join();
    ASSERT_TRUE(result);
    ASSERT_FALSE(*result);
    EXPECT_EQ(result->error().code, workflow::errc::DirectoryCancelled);
    EXPECT_EQ(batches.load(), 1);
    EXPECT_EQ(byName(u"epinasse"_s).size(), 1) << "the previous directory is still the active one";
    EXPECT_TRUE(byName(u"zephirin"_s).isEmpty());
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM directory_generations"_s), 1);
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM directory_activities"_s), 20);
}

TEST_P(DirectoryImportJobTest, CancelledBeforeRunWritesNothing)
{
    DirectoryImportJob job(m_scratch->url(), directoryAdmin(), {file(syntheticExtract(10, 2))});
    job.cancel();
    auto r = job.run();
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().code, workflow::errc::DirectoryCancelled);
    EXPECT_FALSE(active());
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM directory_activities"_s), 0);
}

TEST_P(DirectoryImportJobTest, WrongHeaderNamesTheFileAndLine)
{
    ASSERT_TRUE(import(file(syntheticExtract(5, 1, {epinasse()}), u"202611010300"_s)));
    QByteArray bytes = syntheticExtract(10, 2);
    bytes.replace("|Libell\xE9 profession|", "|Profession|");
    DirectoryImportJob job(m_scratch->url(), directoryAdmin(), {file(bytes)});
    auto r = job.run();
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().code, interop::directory::errc::Header);
    EXPECT_EQ(r.error().location, u"PS_LibreAcces_Personne_activite_202612010300.txt:1"_s);
    EXPECT_EQ(byName(u"epinasse"_s).size(), 1);
}

TEST_P(DirectoryImportJobTest, RefusedToANonAdministratorBeforeOpeningTheDatabase)
{
    // A URL that cannot be opened: the permission refusal comes first.
    DirectoryImportJob job(u"postgresql://nobody@127.0.0.1:1/none"_s, directorySecretary(), {u"x.txt"_s});
    auto r = job.run();
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().code, workflow::errc::AuthForbidden);
}

TEST_P(DirectoryImportJobTest, AnUnreachableDatabaseIsAnError)
{
    DirectoryImportJob job(u"not a url"_s, directoryAdmin(), {file(syntheticExtract(3, 2))});
    auto r = job.run();
    ASSERT_FALSE(r);
    EXPECT_FALSE(r.error().message.isEmpty());
}

INSTANTIATE_TEST_SUITE_P(Backends, DirectoryImportJobTest, ::testing::Values(Backend::Sqlite, Backend::Postgres),
                         backendName);

TEST(DirectoryContact, OwnMailboxFirstThenTheActivityOne)
{
    domain::DirectoryProfessional p = epinasse().professional;
    domain::DirectoryActivity a = epinasse().activity;
    p.activities = {a};
    EXPECT_EQ(DirectoryContact::mssanteAddress(p), u"helene.epinasse@labo.mssante.fr"_s);
    p.mssanteMailboxes = {u"  "_s, u"h.epinasse@chu.mssante.fr"_s};
    EXPECT_EQ(DirectoryContact::mssanteAddress(p), u"h.epinasse@chu.mssante.fr"_s);
    p.mssanteMailboxes.clear();
    p.activities.first().mssante.clear();
    EXPECT_TRUE(DirectoryContact::mssanteAddress(p).isEmpty());
    p.activities.clear();
    EXPECT_TRUE(DirectoryContact::mssanteAddress(p).isEmpty());
}

TEST(DirectoryContact, DisplayNameCarriesTheTitle)
{
    domain::DirectoryProfessional p;
    p.firstName = u"Hélène"_s;
    p.lastName = u"ÉPINASSE"_s;
    p.practiceCivilityCode = u"DR"_s;
    EXPECT_EQ(DirectoryContact::displayName(p), u"Dr Hélène ÉPINASSE"_s);
    p.practiceCivilityCode = u"PR"_s;
    EXPECT_EQ(DirectoryContact::displayName(p), u"Pr Hélène ÉPINASSE"_s);
    p.practiceCivilityCode.clear();
    EXPECT_EQ(DirectoryContact::displayName(p), u"Hélène ÉPINASSE"_s);
}

TEST(DirectoryContact, ExtractionDateFromTheFileNameElseTheImport)
{
    domain::DirectoryGeneration g;
    g.fileNames = {u"PS_LibreAcces_Personne_activite_202612010300.txt"_s};
    g.finishedAt = QDateTime(QDate(2026, 12, 5), QTime(10, 0), Qt::UTC);
    EXPECT_EQ(DirectoryContact::extractionDate(g), QDate(2026, 12, 1));
    g.fileNames = {u"annuaire.txt"_s};
    EXPECT_EQ(DirectoryContact::extractionDate(g), QDate(2026, 12, 5));
    g.fileNames = {u"PS_LibreAcces_Personne_activite_202613450300.txt"_s}; // no such date
    EXPECT_EQ(DirectoryContact::extractionDate(g), QDate(2026, 12, 5));
}

} // namespace
} // namespace sgl::testing
