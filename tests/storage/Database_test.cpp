#include "StorageFixture.h"

#include "storage/ErrorCodes.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTimeZone>

#include <thread>

using namespace Qt::StringLiterals;
using namespace sgl;
using sgl::testing::Backend;
using sgl::testing::StorageTest;

namespace {
class DatabaseTest : public StorageTest {};

domain::Result<qint64> count(storage::Database &db, const QString &table)
{
    return db.read([&](storage::ReadTx &tx) -> domain::Result<qint64> {
        auto q = tx.query(u"SELECT count(*) FROM "_s + table);
        if (!q)
            return std::unexpected(q.error());
        q->next();
        return q->value(0).toLongLong();
    });
}
} // namespace

TEST_P(DatabaseTest, CommitsOnSuccessAndRollsBackOnError)
{
    auto ok = m_db->write([&](storage::WriteTx &tx) -> domain::Status {
        auto r = tx.exec(u"INSERT INTO login_attempts (login, at, success, workstation, reason) "
                         "VALUES (?, ?, ?, ?, ?)"_s,
                         {u"a"_s, tx.dialect().toDb(QDateTime::currentDateTimeUtc()),
                          tx.dialect().toDb(true), u"ws"_s, u"ok"_s});
        if (!r)
            return std::unexpected(r.error());
        return {};
    });
    ASSERT_TRUE(ok) << ok.error().toString().toStdString();
    auto failed = m_db->write([&](storage::WriteTx &tx) -> domain::Status {
        auto r = tx.exec(u"INSERT INTO login_attempts (login, at, success, workstation, reason) "
                         "VALUES (?, ?, ?, ?, ?)"_s,
                         {u"b"_s, tx.dialect().toDb(QDateTime::currentDateTimeUtc()),
                          tx.dialect().toDb(false), u"ws"_s, u"x"_s});
        if (!r)
            return std::unexpected(r.error());
        return domain::fail(u"test.abort"_s, u"abandon"_s);
    });
    ASSERT_FALSE(failed);
    EXPECT_EQ(failed.error().code, u"test.abort"_s);
    auto n = count(*m_db, u"login_attempts"_s);
    ASSERT_TRUE(n);
    EXPECT_EQ(*n, 1);
}

TEST_P(DatabaseTest, ReadTransactionRefusesWrites)
{
    auto r = m_db->read([&](storage::ReadTx &tx) -> domain::Status {
        auto q = tx.query(u"DELETE FROM users"_s);
        if (!q)
            return std::unexpected(q.error());
        return {};
    });
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().code, storage::errc::Query);
}

TEST_P(DatabaseTest, NestedTransactionIsRefused)
{
    auto r = m_db->write([&](storage::WriteTx &) -> domain::Status {
        return m_db->read([](storage::ReadTx &) -> domain::Status { return {}; });
    });
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().code, storage::errc::Nested);
}

TEST_P(DatabaseTest, UseFromAnotherThreadIsRefused)
{
    domain::Status fromThread;
    std::thread t([&] {
        fromThread = m_db->read([](storage::ReadTx &) -> domain::Status { return {}; });
    });
    t.join();
    ASSERT_FALSE(fromThread);
    EXPECT_EQ(fromThread.error().code, storage::errc::WrongThread);
    EXPECT_TRUE(m_db->read([](storage::ReadTx &) -> domain::Status { return {}; }));
}

TEST_P(DatabaseTest, ForeignKeysAreEnforced)
{
    auto r = m_db->write([&](storage::WriteTx &tx) -> domain::Status {
        auto x = tx.exec(u"INSERT INTO user_roles (user_id, role) VALUES (?, ?)"_s,
                         {qint64(424242), u"admin"_s});
        if (!x)
            return std::unexpected(x.error());
        return {};
    });
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().code, storage::errc::Constraint);
}

TEST_P(DatabaseTest, TimestampsRoundTripWithMilliseconds)
{
    const QDateTime t = QDateTime(QDate(2026, 3, 4), QTime(5, 6, 7, 89), Qt::UTC);
    auto w = m_db->write([&](storage::WriteTx &tx) -> domain::Status {
        auto x = tx.exec(u"INSERT INTO login_attempts (login, at, success, workstation, reason) "
                         "VALUES (?, ?, ?, ?, ?)"_s,
                         {u"t"_s, tx.dialect().toDb(t), tx.dialect().toDb(true), u"w"_s, u"r"_s});
        if (!x)
            return std::unexpected(x.error());
        return {};
    });
    ASSERT_TRUE(w) << w.error().toString().toStdString();
    auto back = m_db->read([&](storage::ReadTx &tx) -> domain::Result<QDateTime> {
        auto q = tx.query(u"SELECT at, success FROM login_attempts WHERE login = ?"_s, {u"t"_s});
        if (!q)
            return std::unexpected(q.error());
        q->next();
        EXPECT_TRUE(tx.dialect().boolFromDb(q->value(1)));
        return tx.dialect().dateTimeFromDb(q->value(0));
    });
    ASSERT_TRUE(back);
    EXPECT_EQ(*back, t);
}

TEST_P(DatabaseTest, InsertManyReturnsEachRowsIdAcrossStatements)
{
    // Multi-row statements on both back ends: 1,201 rows of 5 values are three statements
    // (500 + 500 + 201 rows); each returned id must name the row given at its position.
    const QStringList columns{u"login"_s, u"at"_s, u"success"_s, u"workstation"_s, u"reason"_s};
    ASSERT_EQ(m_db->dialect().rowsPerInsert(int(columns.size())), 500);
    QList<QVariantList> rows;
    for (int i = 0; i < 1201; ++i)
        rows << QVariantList{u"user-%1"_s.arg(i), m_db->dialect().toDb(QDateTime::currentDateTimeUtc()),
                             m_db->dialect().toDb(i % 3 == 0), u"ws"_s, u"row %1"_s.arg(i)};
    auto ids = m_db->write([&](storage::WriteTx &tx) { return tx.insertMany(u"login_attempts"_s, columns, rows); });
    ASSERT_TRUE(ids) << ids.error().toString().toStdString();
    ASSERT_EQ(ids->size(), rows.size());
    auto stored = m_db->read([&](storage::ReadTx &tx) -> domain::Result<QHash<qint64, QString>> {
        auto q = tx.query(u"SELECT id, login FROM login_attempts"_s);
        if (!q)
            return std::unexpected(q.error());
        QHash<qint64, QString> out;
        while (q->next())
            out.insert(q->value(0).toLongLong(), q->value(1).toString());
        return out;
    });
    ASSERT_TRUE(stored);
    ASSERT_EQ(stored->size(), rows.size());
    for (qsizetype i = 0; i < rows.size(); ++i)
        ASSERT_EQ(stored->value((*ids)[i]), rows[i].first().toString()) << i;

    // A row of the wrong width refuses the whole call, and the transaction rolls back.
    rows = {QVariantList{u"x"_s, QVariant(), m_db->dialect().toDb(true), u"ws"_s, u"r"_s}, QVariantList{u"y"_s}};
    auto refused = m_db->write([&](storage::WriteTx &tx) { return tx.insertMany(u"login_attempts"_s, columns, rows); });
    ASSERT_FALSE(refused);
    auto n = count(*m_db, u"login_attempts"_s);
    ASSERT_TRUE(n);
    EXPECT_EQ(*n, 1201);
}

TEST_P(DatabaseTest, SchemaCheckPassesAfterMigration)
{
    auto s = m_db->checkSchema();
    EXPECT_TRUE(s) << s.error().toString().toStdString();
}

INSTANTIATE_TEST_SUITE_P(Backends, DatabaseTest,
                         ::testing::Values(Backend::Sqlite, Backend::Postgres),
                         sgl::testing::backendName);

TEST(SqliteDatabase, OpensWithWalAndForeignKeys)
{
    sgl::testing::ScratchDatabase scratch(Backend::Sqlite);
    auto db = storage::Database::open(*storage::DbUrl::parse(scratch.url()));
    ASSERT_TRUE(db);
    auto modes = (*db)->read([](storage::ReadTx &tx) -> domain::Result<QStringList> {
        QStringList out;
        for (const QString &p : {u"PRAGMA journal_mode"_s, u"PRAGMA foreign_keys"_s,
                                 u"PRAGMA synchronous"_s}) {
            auto q = tx.query(p);
            if (!q)
                return std::unexpected(q.error());
            q->next();
            out << q->value(0).toString();
        }
        return out;
    });
    ASSERT_TRUE(modes);
    EXPECT_EQ(*modes, (QStringList{u"wal"_s, u"1"_s, u"2"_s}));
}

TEST(SqliteDatabase, CorruptedFileGivesClearError)
{
    sgl::testing::ScratchDatabase scratch(Backend::Sqlite);
    const QString path = scratch.directory() + u"/bad.sqlite"_s;
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(8192, 'Z'));
    f.close();
    auto db = storage::Database::open(*storage::DbUrl::parse(u"sqlite://"_s + path));
    ASSERT_FALSE(db);
    EXPECT_EQ(db.error().code, storage::errc::Corrupt);
    EXPECT_TRUE(db.error().message.contains(u"endommagé"_s)) << db.error().message.toStdString();
}

TEST(SqliteDatabase, BusyDatabaseIsRetriedThenReported)
{
    sgl::testing::ScratchDatabase scratch(Backend::Sqlite);
    const auto url = *storage::DbUrl::parse(scratch.url());
    auto first = storage::Database::open(url);
    ASSERT_TRUE(first);
    storage::Database::OpenOptions impatient;
    impatient.busyTimeoutMs = 0;
    impatient.maxAttempts = 3;
    impatient.retryBaseDelayMs = 1;
    auto second = storage::Database::open(url, impatient);
    ASSERT_TRUE(second);
    domain::Status inner;
    auto outer = (*first)->write([&](storage::WriteTx &tx) -> domain::Status {
        if (auto s = tx.execRaw(u"CREATE TABLE t (x INTEGER)"_s); !s)
            return s;
        // The first connection holds the write lock: the second must give up cleanly.
        inner = (*second)->write([](storage::WriteTx &) -> domain::Status { return {}; });
        return {};
    });
    ASSERT_TRUE(outer);
    ASSERT_FALSE(inner);
    EXPECT_EQ(inner.error().code, storage::errc::Busy);
    EXPECT_EQ((*second)->retryCount(), 2);
}

TEST(PostgresDatabase, UnreachableServerFailsFast)
{
    QElapsedTimer timer;
    timer.start();
    auto db = storage::Database::open(*storage::DbUrl::parse(u"postgresql://sgl@127.0.0.1:1/sgl"_s));
    ASSERT_FALSE(db);
    EXPECT_EQ(db.error().code, storage::errc::Unreachable);
    EXPECT_TRUE(db.error().message.contains(u"injoignable"_s));
    EXPECT_LT(timer.elapsed(), 10000); // refused at once; bounded by connect_timeout anyway
}

TEST(PostgresDatabase, WrongPasswordIsReportedWithoutLeakingIt)
{
    const QString base = qEnvironmentVariable("SGL_TEST_PG_URL");
    if (base.isEmpty())
        GTEST_SKIP() << "SGL_TEST_PG_URL non défini : PostgreSQL non testé";
    auto url = storage::DbUrl::parse(base);
    ASSERT_TRUE(url);
    // Role created by scripts/pg-test-cluster.sh with scram authentication.
    url->user = u"sgl_pwcheck"_s;
    url->password = u"mauvais-mot-de-passe"_s;
    auto db = storage::Database::open(*url);
    ASSERT_FALSE(db);
    EXPECT_EQ(db.error().code, storage::errc::Auth) << db.error().toString().toStdString();
    EXPECT_FALSE(db.error().toString().contains(u"mauvais-mot-de-passe"_s));
    url->password = u"sgl-pwcheck-2026"_s;
    auto good = storage::Database::open(*url);
    EXPECT_TRUE(good) << good.error().toString().toStdString();
}
