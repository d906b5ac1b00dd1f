#include "StorageFixture.h"

#include "storage/ErrorCodes.h"

#include <QDir>
#include <QFile>

using namespace Qt::StringLiterals;
using namespace sgl;
using sgl::testing::Backend;
using sgl::testing::StorageTest;

namespace {
class MigrationTest : public StorageTest {};

void writeFile(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(content);
}

bool tableExists(storage::Database &db, const QString &table)
{
    auto r = db.read([&](storage::ReadTx &tx) -> domain::Result<bool> {
        auto q = tx.query(u"SELECT count(*) FROM "_s + table);
        return q.has_value();
    });
    return r && *r;
}
} // namespace

TEST_P(MigrationTest, SecondRunAppliesNothing)
{
    storage::MigrationRunner runner(*m_db);
    auto again = runner.migrate();
    ASSERT_TRUE(again);
    EXPECT_EQ(*again, 0);
    auto st = runner.state();
    ASSERT_TRUE(st);
    EXPECT_TRUE(st->pending.isEmpty());
    EXPECT_TRUE(st->applied.contains(1));
    EXPECT_TRUE(st->applied.contains(5));
}

TEST_P(MigrationTest, RefusesDatabaseNewerThanBinary)
{
    ASSERT_TRUE(rawExec(u"INSERT INTO schema_version (version, name, checksum, applied_at) "
                        "VALUES (9999, 'future', 'x', %1)"_s.arg(
                            GetParam() == Backend::Sqlite ? u"'2030-01-01T00:00:00.000Z'"_s
                                                          : u"now()"_s)));
    storage::MigrationRunner runner(*m_db);
    auto r = runner.migrate();
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().code, storage::errc::TooNew);
    EXPECT_TRUE(r.error().message.contains(u"9999"_s));
    EXPECT_TRUE(r.error().message.contains(u"plus récente"_s));
    auto check = m_db->checkSchema();
    ASSERT_FALSE(check);
    EXPECT_EQ(check.error().code, storage::errc::TooNew);
}

TEST_P(MigrationTest, FailingMigrationLeavesNothingHalfApplied)
{
    QTemporaryDir dir;
    const QString d = dir.path() + u'/' + m_db->dialect().name();
    writeFile(d + u"/0001_first.sql"_s, "CREATE TABLE mig_a (x INTEGER);");
    writeFile(d + u"/0002_broken.sql"_s,
              "CREATE TABLE mig_b (x INTEGER);\nINSERT INTO mig_b VALUES (1);\n"
              "INSERT INTO no_such_table VALUES (1);\n");
    // Separate schema_version: use a fresh database so the real migrations do not interfere.
    sgl::testing::ScratchDatabase scratch(GetParam());
    auto db = storage::Database::open(*storage::DbUrl::parse(scratch.url()));
    ASSERT_TRUE(db);
    storage::MigrationRunner runner(**db, dir.path());
    auto r = runner.migrate();
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().code, storage::errc::Migration);
    EXPECT_TRUE(r.error().message.contains(u"0002_broken"_s)) << r.error().message.toStdString();
    EXPECT_TRUE(tableExists(**db, u"mig_a"_s));
    EXPECT_FALSE(tableExists(**db, u"mig_b"_s));
    auto st = runner.state();
    ASSERT_TRUE(st);
    EXPECT_EQ(st->applied, QList<int>{1});
    ASSERT_EQ(st->pending.size(), 1);
    EXPECT_EQ(st->pending.first().number, 2);
    db->reset();
    scratch.drop();
}

TEST_P(MigrationTest, UnmigratedDatabaseIsReported)
{
    sgl::testing::ScratchDatabase scratch(GetParam());
    auto db = storage::Database::open(*storage::DbUrl::parse(scratch.url()));
    ASSERT_TRUE(db);
    auto check = (*db)->checkSchema();
    ASSERT_FALSE(check);
    EXPECT_EQ(check.error().code, storage::errc::NotMigrated);
    EXPECT_TRUE(check.error().message.contains(u"sgl migrate"_s));
    db->reset();
    scratch.drop();
}

INSTANTIATE_TEST_SUITE_P(Backends, MigrationTest,
                         ::testing::Values(Backend::Sqlite, Backend::Postgres),
                         sgl::testing::backendName);
