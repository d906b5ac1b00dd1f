// Annuaire Santé import (issue 14, item 5): a new extraction is loaded beside the active one and
// switched in one transaction; a failed, refused or cancelled import leaves the previous
// directory active and nothing of its own; administrators only; audited. Both databases.

#include "DirectoryTestSupport.h"

#include "interop/directory/ErrorCodes.h"
#include "interop/directory/PersonneActiviteFormat.h"
#include "storage/AuditRepository.h"
#include "workflow/ErrorCodes.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace sgl::testing {
namespace {

using namespace Qt::StringLiterals;
using workflow::directory::DirectoryImport;
using workflow::directory::DirectoryImportProgress;
namespace derrc = interop::directory::errc;

class DirectoryImportTest : public DirectoryTest {};

TEST_P(DirectoryImportTest, ImportActivatesTheExtractAndAuditsIt)
{
    const QString path = file(syntheticExtract(300, 11, {epinasse(), zephirin()}));
    std::vector<DirectoryImportProgress> seen;
    DirectoryImport importer(*m_db, directoryAdmin());
    importer.setBatchSize(64);
    importer.setProgress([&](const DirectoryImportProgress &p) { seen.push_back(p); });
    auto r = importer.run({path});
    ASSERT_TRUE(r) << r.error().toString().toStdString();
    EXPECT_EQ(r->generation.status, domain::DirectoryGeneration::Status::Active);
    EXPECT_EQ(r->generation.rowCount, 300);
    EXPECT_GT(r->generation.professionalCount, 200); // some professionals have several activities
    EXPECT_LT(r->generation.professionalCount, 300);
    EXPECT_EQ(r->generation.fileNames, QStringList{u"PS_LibreAcces_Personne_activite_202612010300.txt"_s});
    EXPECT_EQ(r->generation.importedBy, u"admin"_s);
    ASSERT_EQ(seen.size(), 5u); // 64 × 4 + 44
    EXPECT_EQ(seen.back().rows, 300);
    EXPECT_EQ(seen.back().bytesRead, seen.back().totalBytes);
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM directory_activities"_s), 300);

    auto audit = m_db->read([&](storage::ReadTx &tx) {
        return storage::AuditRepository::forEntity(tx, u"directory_generation"_s, QString::number(r->generation.id));
    });
    ASSERT_TRUE(audit);
    ASSERT_EQ(audit->size(), 1);
    EXPECT_EQ(audit->first().action, u"directory.import"_s);
    EXPECT_EQ(audit->first().actorLogin, u"admin"_s);
    const QJsonObject after = QJsonDocument::fromJson(audit->first().after.toUtf8()).object();
    EXPECT_EQ(after[u"rows"_s].toInteger(), 300);
    EXPECT_EQ(after[u"files"_s].toArray().first().toString(), u"PS_LibreAcces_Personne_activite_202612010300.txt"_s);
    EXPECT_TRUE(after.contains(u"duration_ms"_s));
}

TEST_P(DirectoryImportTest, ReplacementKeepsThePreviousDirectoryReadableUntilTheSwitch)
{
    ASSERT_TRUE(import(file(syntheticExtract(120, 1, {epinasse()}), u"202611010300"_s)));
    const qint64 first = active()->id;

    int checks = 0;
    DirectoryImport importer(*m_db, directoryAdmin());
    importer.setBatchSize(40);
    importer.setProgress([&](const DirectoryImportProgress &) {
        // Between the batches of the new extraction, readers still see the old one, whole.
        ++checks;
        EXPECT_EQ(byName(u"épinasse"_s).size(), 1);
        EXPECT_TRUE(byName(u"zephirin"_s).isEmpty());
        EXPECT_EQ(active()->id, first);
    });
    auto r = importer.run({file(syntheticExtract(200, 2, {zephirin()}), u"202612010300"_s)});
    ASSERT_TRUE(r) << r.error().toString().toStdString();
    EXPECT_EQ(checks, 5);
    EXPECT_NE(r->generation.id, first);
    EXPECT_EQ(r->replacedGenerations, 1);
    EXPECT_TRUE(byName(u"épinasse"_s).isEmpty());
    EXPECT_EQ(byName(u"Zéphirin"_s).size(), 1);
    // The replaced generation is gone, rows included.
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM directory_generations"_s), 1);
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM directory_activities"_s), 200);
}

TEST_P(DirectoryImportTest, BadLineInTheMiddleLeavesThePreviousDirectoryAndNoPartialRows)
{
    ASSERT_TRUE(import(file(syntheticExtract(50, 1, {epinasse()}), u"202611010300"_s)));
    const qint64 rowsBefore = scalar(u"SELECT COUNT(*) FROM directory_activities"_s);
    QByteArray bytes = syntheticExtract(300, 2, {zephirin()});
    const QList<QByteArray> lines = linesOf(bytes);
    QByteArray bad = lines[119].split('|')[1];
    bad[10] = char('0' + (bad[10] - '0' + 3) % 10);
    bytes = withField(bytes, 120, interop::directory::PersonneActiviteFormat::IdPp, bad);
    bytes = withField(bytes, 120, interop::directory::PersonneActiviteFormat::NationalId, "8" + bad);

    auto r = import(file(bytes), 50);
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().code, derrc::BadRpps);
    EXPECT_TRUE(r.error().location.endsWith(u"202612010300.txt:120"_s)) << r.error().location.toStdString();
    EXPECT_EQ(byName(u"Epinasse"_s).size(), 1);
    EXPECT_TRUE(byName(u"Zephirin"_s).isEmpty());
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM directory_generations"_s), 1);
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM directory_activities"_s), rowsBefore);
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM audit_log WHERE action = 'directory.import'"_s), 1);
}

TEST_P(DirectoryImportTest, CancelledImportLeavesThePreviousDirectory)
{
    ASSERT_TRUE(import(file(syntheticExtract(30, 1, {epinasse()}), u"202611010300"_s)));
    std::atomic<bool> cancel = false;
    DirectoryImport importer(*m_db, directoryAdmin());
    importer.setBatchSize(25);
    importer.setCancelFlag(&cancel);
    int batches = 0;
    importer.setProgress([&](const DirectoryImportProgress &) {
        if (++batches == 2)
            cancel = true;
    });
    auto r = importer.run({file(syntheticExtract(200, 2, {zephirin()}))});
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().code, workflow::errc::DirectoryCancelled);
    EXPECT_EQ(batches, 2);
    EXPECT_EQ(byName(u"epinasse"_s).size(), 1);
    EXPECT_TRUE(byName(u"zephirin"_s).isEmpty());
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM directory_generations"_s), 1);
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM directory_activities"_s), 30);
}

TEST_P(DirectoryImportTest, RefusedFilesWriteNothing)
{
    QByteArray wrongHeader = syntheticExtract(10);
    wrongHeader.replace("|Libell\xE9 profession|", "|Profession|");
    auto r = import(file(wrongHeader));
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().code, derrc::Header);
    EXPECT_TRUE(r.error().message.contains(u"colonne 11 « Libellé profession »"_s)) << r.error().message.toStdString();

    QByteArray truncated = syntheticExtract(10);
    truncated.chop(12);
    r = import(file(truncated));
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().code, derrc::Truncated);

    r = import(file(withField(syntheticExtract(10), 7, 8, "Ren\x90")));
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().code, derrc::Encoding);
    EXPECT_TRUE(r.error().location.endsWith(u":7"_s));

    r = import(m_scratch->directory() + u"/absent.txt"_s);
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().code, derrc::Read);

    EXPECT_FALSE(active());
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM directory_generations"_s), 0);
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM directory_professionals"_s), 0);
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM audit_log WHERE action = 'directory.import'"_s), 0);
}

TEST_P(DirectoryImportTest, OnlyAnAdministratorImports)
{
    auto r = import(file(syntheticExtract(10)), 5000, directorySecretary());
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().code, workflow::errc::AuthForbidden);
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM directory_generations"_s), 0);
    auto none = DirectoryImport(*m_db, directoryAdmin()).run({});
    ASSERT_FALSE(none);
    EXPECT_EQ(none.error().code, workflow::errc::DirectoryNoFile);
}

TEST_P(DirectoryImportTest, LeftoversOfAnInterruptedImportAreDeletedByTheNextOne)
{
    auto leftover = m_db->write([](storage::WriteTx &tx) -> domain::Result<qint64> {
        auto g = storage::DirectoryRepository::beginGeneration(tx, {u"crash.txt"_s}, u"admin"_s,
                                                               QDateTime::currentDateTimeUtc());
        if (!g)
            return g;
        if (auto ok = storage::DirectoryRepository::insertBatch(tx, *g, {zephirin()}); !ok)
            return std::unexpected(ok.error());
        return g;
    });
    ASSERT_TRUE(leftover);
    EXPECT_TRUE(byName(u"zephirin"_s).isEmpty()) << "a loading generation is never read";
    ASSERT_TRUE(import(file(syntheticExtract(20, 1, {epinasse()}))));
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM directory_generations"_s), 1);
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM directory_activities"_s), 20);
}

INSTANTIATE_TEST_SUITE_P(Backends, DirectoryImportTest, ::testing::Values(Backend::Sqlite, Backend::Postgres),
                         backendName);

} // namespace
} // namespace sgl::testing
