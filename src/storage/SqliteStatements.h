#pragma once

#include "storage/RowSet.h"

#include <QHash>
#include <QList>
#include <QSqlError>
#include <QString>
#include <QVariant>

#include <expected>

struct sqlite3;
struct sqlite3_stmt;

namespace sgl::storage {

/**
 * The statements of a SQLite connection run through the sqlite3 API: those that return no rows,
 * or only the ids of a RETURNING clause (WriteTx::exec, insert, insertMany, execVersioned,
 * BEGIN / COMMIT / ROLLBACK), and the reads of ReadTx::rows.
 *
 * Why: the ingestion of an analyzer message runs about thirty such statements, and QtSql spends
 * more on each than SQLite does. Qt 6.4's QSqlResult formats and hashes a `:n` placeholder name
 * for every positional value it binds, builds a QSqlRecord of the statement's columns and copies
 * the values into its cache (perf: about a seventh of the ingestion's CPU). ReadTx::query, which
 * hands a QSqlQuery to the repositories, stays on QtSql.
 *
 * Contract, so that a row written here is the row QtSql would have written:
 * - values are bound as QSQLiteResult::exec binds them (NULL for an invalid variant or a
 *   null QByteArray, QDateTime, QDate, QTime or QUuid; QByteArray as a blob; Int and Bool as
 *   int; Double as real; UInt and LongLong as int64; QDateTime as Qt::ISODateWithMs text; QTime
 *   as hh:mm:ss.zzz; QString as text; anything else as its QVariant::toString() text), except a
 *   null QString, which is an empty text as Database::execPrepared has always bound it; texts
 *   are handed over in UTF-8 (Qt hands UTF-16, which SQLite converts to the same UTF-8);
 * - a failure is reported as QSQLiteResult reports it (native error code: the extended result
 *   code, database text: sqlite3_errmsg), so Database::errorFrom maps it to the same domain
 *   error (busy, duplicate, constraint, corrupt...);
 * - the connection is the one Qt's driver opened (same transaction, same busy timeout, same
 *   pragmas); this object must be destroyed before that connection is closed.
 *
 * Statements are prepared once per text and kept (persistent); past a bound the cache is
 * emptied, since generated texts (multi-row inserts, updates of the changed columns) vary.
 */
class SqliteStatements
{
public:
    struct Outcome {
        qint64 changes = 0;          ///< rows inserted, updated or deleted (sqlite3_changes64)
        QList<qint64> firstColumn;   ///< first column of each row returned, when asked
    };

    explicit SqliteStatements(sqlite3 *connection);
    ~SqliteStatements();
    SqliteStatements(const SqliteStatements &) = delete;
    SqliteStatements &operator=(const SqliteStatements &) = delete;

    /**
     * Runs `sql` with `binds` to completion. With `collectFirstColumn`, the first column of each
     * returned row (an integer: RETURNING id) is collected; otherwise returned rows are stepped
     * over. The statement is reset and its bindings cleared before returning, so no pointer into
     * `binds` outlives the call.
     */
    [[nodiscard]] std::expected<Outcome, QSqlError> run(const QString &sql, const QVariantList &binds,
                                                        bool collectFirstColumn);

    /**
     * Runs a SELECT to its last row and returns the rows, each value as QSQLiteResult gives it
     * (see RowSet). Bindings as run().
     */
    [[nodiscard]] std::expected<RowSet, QSqlError> select(const QString &sql, const QVariantList &binds);

private:
    std::expected<sqlite3_stmt *, QSqlError> statement(const QString &sql);
    std::expected<sqlite3_stmt *, QSqlError> bound(const QString &sql, const QVariantList &binds);
    [[nodiscard]] QSqlError error(const QString &what, int code) const;
    void clear();

    sqlite3 *m_db;
    QHash<QString, sqlite3_stmt *> m_cache;
    QList<QByteArray> m_keep; ///< UTF-8 texts bound to the running statement
};

} // namespace sgl::storage
