// A SQLite migration marked "-- sgl:foreign-keys-off" rebuilds a table other tables reference
// (SQLite cannot alter a CHECK): it runs with foreign keys off, is checked with
// PRAGMA foreign_key_check before commit, and foreign keys are on again afterwards, whatever
// the outcome.

#include "StorageFixture.h"

#include "storage/ErrorCodes.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace sgl;

namespace {

void write(const QString &path, const QByteArray &sql)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(sql);
}

class MigrationForeignKeysTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        auto db = storage::Database::open(*storage::DbUrl::parse(u"sqlite://"_s + m_dir.filePath(u"fk.sqlite"_s)));
        ASSERT_TRUE(db) << db.error().toString().toStdString();
        m_db = std::move(*db);
        write(m_dir.filePath(u"sql/sqlite/0001_base.sql"_s),
              "CREATE TABLE parents (id INTEGER PRIMARY KEY, kind TEXT NOT NULL CHECK (kind IN ('a')));\n"
              "CREATE TABLE children (id INTEGER PRIMARY KEY, parent_id INTEGER NOT NULL REFERENCES parents(id) "
              "ON DELETE CASCADE);\n"
              "INSERT INTO parents (id, kind) VALUES (1, 'a');\n"
              "INSERT INTO children (id, parent_id) VALUES (10, 1);\n");
    }

    int count(const QString &sql)
    {
        auto n = m_db->read([&](storage::ReadTx &tx) -> domain::Result<int> {
            auto q = tx.query(sql);
            if (!q)
                return std::unexpected(q.error());
            return q->next() ? q->value(0).toInt() : -1;
        });
        return n.value_or(-2);
    }

    bool foreignKeysEnforced()
    {
        // A child without parent must be refused again after the migration.
        auto bad = m_db->write([](storage::WriteTx &tx) -> domain::Status {
            auto r = tx.exec(u"INSERT INTO children (id, parent_id) VALUES (99, 4242)"_s);
            if (!r)
                return std::unexpected(r.error());
            return {};
        });
        return !bad.has_value() && bad.error().code == storage::errc::Constraint;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<storage::Database> m_db;
};

} // namespace

TEST_F(MigrationForeignKeysTest, RebuildKeepsReferencingRowsAndForeignKeysComeBack)
{
    write(m_dir.filePath(u"sql/sqlite/0002_rebuild.sql"_s),
          "-- sgl:foreign-keys-off\n"
          "CREATE TABLE parents_rebuilt (id INTEGER PRIMARY KEY, kind TEXT NOT NULL CHECK (kind IN ('a', 'b')));\n"
          "INSERT INTO parents_rebuilt (id, kind) SELECT id, kind FROM parents;\n"
          "DROP TABLE parents;\n"
          "ALTER TABLE parents_rebuilt RENAME TO parents;\n");
    auto applied = storage::MigrationRunner(*m_db, m_dir.filePath(u"sql"_s)).migrate();
    ASSERT_TRUE(applied) << applied.error().toString().toStdString();
    EXPECT_EQ(*applied, 2);
    // DROP TABLE with foreign keys on would have cascaded to the children: they are all there.
    EXPECT_EQ(count(u"SELECT count(*) FROM children WHERE parent_id = 1"_s), 1);
    EXPECT_EQ(count(u"SELECT count(*) FROM parents WHERE kind = 'a'"_s), 1);
    EXPECT_TRUE(foreignKeysEnforced());
}

TEST_F(MigrationForeignKeysTest, DanglingReferencesRollTheMigrationBack)
{
    write(m_dir.filePath(u"sql/sqlite/0002_lossy.sql"_s),
          "-- sgl:foreign-keys-off\n"
          "CREATE TABLE parents_rebuilt (id INTEGER PRIMARY KEY, kind TEXT NOT NULL);\n"
          "DROP TABLE parents;\n"
          "ALTER TABLE parents_rebuilt RENAME TO parents;\n");
    auto applied = storage::MigrationRunner(*m_db, m_dir.filePath(u"sql"_s)).migrate();
    ASSERT_FALSE(applied);
    EXPECT_EQ(applied.error().code, storage::errc::Migration);
    EXPECT_TRUE(applied.error().message.contains(u"children"_s)) << applied.error().message.toStdString();
    // Nothing of 0002 stayed: the old parent row is there and 0002 is not recorded.
    EXPECT_EQ(count(u"SELECT count(*) FROM parents WHERE id = 1"_s), 1);
    EXPECT_EQ(count(u"SELECT count(*) FROM schema_version WHERE version = 2"_s), 0);
    EXPECT_TRUE(foreignKeysEnforced());
}
