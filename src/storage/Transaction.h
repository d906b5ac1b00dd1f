#pragma once

#include "domain/Error.h"
#include "storage/Dialect.h"
#include "storage/RowSet.h"

#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <QVariantList>

namespace sgl::storage {

class Database;

/**
 * Handle on an open read transaction, passed by Database::read() to its body. Read-only by
 * type: it can only run SELECT/WITH statements (others are refused with storage.query_failed),
 * so code that receives a ReadTx cannot write.
 *
 * Statements are prepared once per SQL text and cached for the life of the Database
 * (prepared-statement reuse is what makes batches fast). Always bind values with `?`
 * placeholders; never concatenate values into SQL. Bind SQL NULL as an invalid `QVariant()`;
 * a null QString is bound as '' (empty text), not NULL.
 *
 * Contract of query(): the returned QSqlQuery shares its state with the cached statement; read
 * it completely before running the *same* SQL text again (different statements may be nested
 * freely). Rows are positioned before the first one: iterate with `while (q.next())`.
 */
class ReadTx {
public:
    ReadTx(const ReadTx &) = delete;
    ReadTx &operator=(const ReadTx &) = delete;

    [[nodiscard]] domain::Result<QSqlQuery> query(const QString &sql,
                                                  const QVariantList &binds = {});
    /**
     * Runs a SELECT and returns all its rows (RowSet). Same SQL and binding rules as query();
     * meant for the short reads of hot paths (a dossier, its results): on SQLite it goes
     * through the sqlite3 API (SqliteStatements), without QtSql's per-statement record and
     * value cache.
     */
    [[nodiscard]] domain::Result<RowSet> rows(const QString &sql, const QVariantList &binds = {});
    [[nodiscard]] const Dialect &dialect() const;
    [[nodiscard]] Database &database() { return m_db; }
    [[nodiscard]] bool writable() const { return m_writable; }

protected:
    friend class Database;
    ReadTx(Database &db, bool writable) : m_db(db), m_writable(writable) {}
    Database &m_db;
    bool m_writable;
};

/**
 * Handle on an open write transaction (Database::write()). Everything done through it commits
 * together when the body returns success, or rolls back when it returns an error.
 */
class WriteTx : public ReadTx {
public:
    /** Runs INSERT/UPDATE/DELETE/DDL; returns the number of affected rows (-1 for DDL). */
    [[nodiscard]] domain::Result<qint64> exec(const QString &sql, const QVariantList &binds = {});
    /** Runs an INSERT and returns the generated `id` (appends " RETURNING id"). */
    [[nodiscard]] domain::Result<qint64> insert(const QString &sql, const QVariantList &binds = {});
    /**
     * Inserts many rows into `table` (`columns` in bind order) and returns their generated ids
     * in row order. Rows are sent as multi-row INSERT ... VALUES statements (chunks of
     * Dialect::rowsPerInsert rows: one round trip per chunk on PostgreSQL, one execution of the
     * driver instead of one per row on SQLite); ids are drawn in VALUES order within a
     * statement, and the RETURNING rows, whose order neither back end guarantees, are sorted.
     */
    [[nodiscard]] domain::Result<QList<qint64>> insertMany(const QString &table,
                                                           const QStringList &columns,
                                                           const QList<QVariantList> &rows);
    /**
     * Runs an optimistic-lock UPDATE (… WHERE id = ? AND version = ?): exactly one row must
     * change, otherwise fails with storage.conflict ("modifié entre-temps par un autre poste"),
     * naming `what` (e.g. "le dossier 2024-000123").
     */
    [[nodiscard]] domain::Status execVersioned(const QString &sql, const QVariantList &binds,
                                               const QString &what);
    /** Runs a statement that is not a prepared-statement candidate (DDL of migrations). */
    [[nodiscard]] domain::Status execRaw(const QString &sql);

private:
    friend class Database;
    explicit WriteTx(Database &db) : ReadTx(db, true) {}
};

} // namespace sgl::storage
