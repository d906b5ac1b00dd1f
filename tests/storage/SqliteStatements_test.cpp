// SQLite's statements run through the sqlite3 API (storage::SqliteStatements) behind WriteTx's
// write calls and ReadTx::rows: every value must be stored and read back exactly as QtSql's
// QSQLITE driver (ReadTx::query, same connection) stores and reads it, and every failure must
// map to the same domain error.

#include "storage/Database.h"
#include "storage/DbUrl.h"
#include "storage/ErrorCodes.h"

#include <QDateTime>
#include <QFile>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QUuid>

#include <gtest/gtest.h>

#include <memory>

using namespace Qt::StringLiterals;
using namespace sgl;

namespace {

class SqliteStatementsTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_path = m_dir.path() + u"/statements.sqlite"_s;
        auto db = storage::Database::open(*storage::DbUrl::parse(u"sqlite://"_s + m_path), {});
        ASSERT_TRUE(db) << db.error().toString().toStdString();
        m_db = std::move(*db);
        auto made = m_db->write([](storage::WriteTx &tx) -> domain::Status {
            if (auto s = tx.execRaw(u"CREATE TABLE t (id INTEGER PRIMARY KEY, path TEXT NOT NULL, n INTEGER, v)"_s); !s)
                return s;
            return tx.execRaw(u"CREATE TABLE u (id INTEGER PRIMARY KEY, code TEXT NOT NULL UNIQUE, "
                              "state TEXT NOT NULL CHECK (state IN ('a', 'b', 'c')))"_s);
        });
        ASSERT_TRUE(made) << made.error().toString().toStdString();
    }

    /** typeof(v) and quote(v) of each row written by `path`, in order. */
    QStringList stored(const QString &path)
    {
        QStringList out;
        auto r = m_db->read([&](storage::ReadTx &tx) -> domain::Status {
            auto q = tx.query(u"SELECT typeof(v) || ' ' || quote(v) FROM t WHERE path = ? ORDER BY n"_s, {path});
            if (!q)
                return std::unexpected(q.error());
            while (q->next())
                out << q->value(0).toString();
            return {};
        });
        EXPECT_TRUE(r) << r.error().toString().toStdString();
        return out;
    }

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<storage::Database> m_db;
};

QVariantList everyKindOfValue()
{
    return {QVariant(),
            QVariant(QString()),
            QVariant(u""_s),
            QVariant(u"é€ 𝄞 « texte »"_s),
            QVariant(QByteArray()),
            QVariant(QByteArray("\0x\1", 3)),
            QVariant(QByteArray("")),
            QVariant(42),
            QVariant(true),
            QVariant(1.5),
            QVariant(-0.1),
            QVariant(7u),
            QVariant(qint64(1) << 40),
            QVariant(quint64(18446744073709551615ull)),
            QVariant(QDateTime(QDate(2026, 12, 7), QTime(8, 30, 1, 5), Qt::UTC)),
            QVariant(QDateTime()),
            QVariant(QDate(2026, 12, 7)),
            QVariant(QDate()),
            QVariant(QTime(8, 30, 1, 5)),
            QVariant(QUuid()),
            QVariant(QUuid(u"{12345678-1234-1234-1234-123456789abc}"_s))};
}

} // namespace

TEST_F(SqliteStatementsTest, WritesEveryKindOfValueAsQtSqlDoes)
{
    const QVariantList values = everyKindOfValue();
    auto w = m_db->write([&](storage::WriteTx &tx) -> domain::Status {
        for (qsizetype i = 0; i < values.size(); ++i) {
            // exec: the sqlite3 API; query in a write transaction: QtSql's driver.
            if (auto r = tx.exec(u"INSERT INTO t (path, n, v) VALUES (?, ?, ?)"_s, {u"api"_s, int(i), values[i]}); !r)
                return std::unexpected(r.error());
            if (auto q = tx.query(u"INSERT INTO t (path, n, v) VALUES (?, ?, ?)"_s, {u"qt"_s, int(i), values[i]}); !q)
                return std::unexpected(q.error());
        }
        return {};
    });
    ASSERT_TRUE(w) << w.error().toString().toStdString();
    const QStringList api = stored(u"api"_s);
    const QStringList qt = stored(u"qt"_s);
    ASSERT_EQ(api.size(), values.size());
    ASSERT_EQ(qt.size(), values.size());
    for (qsizetype i = 0; i < values.size(); ++i)
        EXPECT_EQ(api[i], qt[i]) << "value " << i << " (" << values[i].typeName() << ")";
    // The conventions themselves, so a change on both sides is noticed too.
    EXPECT_EQ(api[0], u"null NULL"_s);
    EXPECT_EQ(api[1], u"text ''"_s) << "a null QString is an empty text, not NULL";
    EXPECT_EQ(api[4], u"null NULL"_s) << "a null QByteArray is NULL";
    EXPECT_EQ(api[6], u"blob X''"_s);
    EXPECT_EQ(api[13], u"text '18446744073709551615'"_s);
    EXPECT_EQ(api[14], u"text '2026-12-07T08:30:01.005Z'"_s);
}

TEST_F(SqliteStatementsTest, RowsReadsTheVariantsQtSqlReads)
{
    auto w = m_db->write([&](storage::WriteTx &tx) -> domain::Status {
        const QVariantList values{QVariant(qint64(-5)), QVariant(2.25), QVariant(u"àé𝄞"_s), QVariant(u""_s),
                                  QVariant(QByteArray("\0b", 2)), QVariant()};
        for (qsizetype i = 0; i < values.size(); ++i)
            if (auto r = tx.exec(u"INSERT INTO t (path, n, v) VALUES ('r', ?, ?)"_s, {int(i), values[i]}); !r)
                return std::unexpected(r.error());
        return {};
    });
    ASSERT_TRUE(w) << w.error().toString().toStdString();
    auto r = m_db->read([&](storage::ReadTx &tx) -> domain::Status {
        const QString sql = u"SELECT id, path, n, v FROM t WHERE path = ? ORDER BY n"_s;
        auto q = tx.query(sql, {u"r"_s});
        auto rows = tx.rows(sql, {u"r"_s});
        if (!q)
            return std::unexpected(q.error());
        if (!rows)
            return std::unexpected(rows.error());
        EXPECT_EQ(rows->columnCount(), 4);
        EXPECT_EQ(rows->size(), 6);
        int n = 0;
        while (q->next()) {
            EXPECT_TRUE(rows->next());
            for (int c = 0; c < 4; ++c) {
                const QVariant a = q->value(c);
                const QVariant b = rows->value(c);
                EXPECT_EQ(a.typeId(), b.typeId()) << "row " << n << " column " << c;
                EXPECT_EQ(a, b) << "row " << n << " column " << c;
                EXPECT_EQ(a.isNull(), b.isNull()) << "row " << n << " column " << c;
                EXPECT_EQ(a.toString().isNull(), b.toString().isNull()) << "row " << n << " column " << c;
            }
            ++n;
        }
        EXPECT_EQ(n, 6);
        EXPECT_FALSE(rows->next());
        EXPECT_FALSE(rows->value(0).isValid()) << "past the last row";
        return {};
    });
    ASSERT_TRUE(r) << r.error().toString().toStdString();
}

TEST_F(SqliteStatementsTest, RowsIsForReadsOnly)
{
    auto r = m_db->write([&](storage::WriteTx &tx) -> domain::Status {
        auto rows = tx.rows(u"DELETE FROM t"_s);
        if (!rows)
            return std::unexpected(rows.error());
        return {};
    });
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().code, storage::errc::Query);
}

TEST_F(SqliteStatementsTest, FailuresMapToTheDomainErrorsAndRollBack)
{
    auto exec = [&](const QString &sql, const QVariantList &binds = {}) {
        return m_db->write([&](storage::WriteTx &tx) -> domain::Status {
            if (auto r = tx.exec(sql, binds); !r)
                return std::unexpected(r.error());
            return {};
        });
    };
    const QString insert = u"INSERT INTO u (code, state) VALUES (?, ?)"_s;
    ASSERT_TRUE(exec(insert, {u"K"_s, u"a"_s}));
    auto duplicate = exec(insert, {u"K"_s, u"b"_s});
    ASSERT_FALSE(duplicate);
    EXPECT_EQ(duplicate.error().code, storage::errc::Duplicate);
    auto check = exec(insert, {u"L"_s, u"z"_s});
    ASSERT_FALSE(check);
    EXPECT_EQ(check.error().code, storage::errc::Constraint);
    EXPECT_TRUE(check.error().message.contains(u"CHECK"_s)) << check.error().message.toStdString();

    // Two statements in one text: refused, not half run.
    auto two = exec(u"INSERT INTO u (code, state) VALUES ('M', 'a'); DELETE FROM u"_s);
    ASSERT_FALSE(two);
    EXPECT_EQ(two.error().code, storage::errc::Query);
    auto mismatch = exec(insert, {u"N"_s});
    ASSERT_FALSE(mismatch);
    EXPECT_EQ(mismatch.error().code, storage::errc::Query);
    auto missing = exec(u"UPDATE nowhere SET x = 1"_s);
    ASSERT_FALSE(missing);
    EXPECT_EQ(missing.error().code, storage::errc::NotMigrated);

    // A body that fails after a successful write leaves nothing behind.
    auto aborted = m_db->write([&](storage::WriteTx &tx) -> domain::Status {
        if (auto r = tx.exec(u"INSERT INTO u (code, state) VALUES ('P', 'c')"_s); !r)
            return std::unexpected(r.error());
        return domain::fail(u"test.abort"_s, u"abandon"_s);
    });
    ASSERT_FALSE(aborted);
    auto codes = m_db->read([&](storage::ReadTx &tx) -> domain::Result<QStringList> {
        auto rows = tx.rows(u"SELECT code FROM u ORDER BY code"_s);
        if (!rows)
            return std::unexpected(rows.error());
        QStringList out;
        while (rows->next())
            out << rows->value(0).toString();
        return out;
    });
    ASSERT_TRUE(codes);
    EXPECT_EQ(*codes, QStringList{u"K"_s});
}

TEST_F(SqliteStatementsTest, ClosingReleasesTheConnectionWithItsStatements)
{
    // The statements kept for reuse are finalized before Qt closes the connection: otherwise
    // sqlite3_close() fails, the connection stays open and its WAL file is never removed.
    auto w = m_db->write([&](storage::WriteTx &tx) -> domain::Status {
        if (auto r = tx.insert(u"INSERT INTO t (path, n, v) VALUES ('c', 1, 'x')"_s); !r)
            return std::unexpected(r.error());
        return {};
    });
    ASSERT_TRUE(w);
    auto r = m_db->read([&](storage::ReadTx &tx) -> domain::Status {
        auto rows = tx.rows(u"SELECT v FROM t WHERE path = 'c'"_s);
        if (!rows)
            return std::unexpected(rows.error());
        return {};
    });
    ASSERT_TRUE(r);
    ASSERT_TRUE(QFile::exists(m_path + u"-wal"_s));
    m_db.reset();
    EXPECT_FALSE(QFile::exists(m_path + u"-wal"_s));
}
