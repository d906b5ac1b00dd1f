#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QSqlError>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace sgl::storage {

/**
 * Every difference between SQLite and PostgreSQL that C++ code must know, one method each
 * (DDL differences live in the per-dialect migration files instead).
 *
 * Conventions shared by both dialects, relied upon by every repository:
 *  - ids are 64-bit integers produced by the database; inserts use `RETURNING id` (both
 *    SQLite >= 3.35 and PostgreSQL support it), see WriteTx::insert();
 *  - timestamps are UTC with millisecond precision; bind them with toDb(QDateTime) and read
 *    them with dateTimeFromDb() (SQLite stores ISO-8601 text "yyyy-MM-ddTHH:mm:ss.zzzZ",
 *    PostgreSQL TIMESTAMPTZ);
 *  - booleans: bind toDb(bool), read boolFromDb();
 *  - binary data: bind a QByteArray (BLOB / BYTEA).
 */
class Dialect {
public:
    enum class Kind { Sqlite, Postgres };
    explicit Dialect(Kind kind) : m_kind(kind) {}

    [[nodiscard]] Kind kind() const { return m_kind; }
    /** "sqlite" or "postgresql": the migration directory name under resources/sql/. */
    [[nodiscard]] QString name() const;
    /** QtSql driver name: "QSQLITE" or "QPSQL". */
    [[nodiscard]] QString driverName() const;

    /** Statement opening a write transaction (SQLite takes the write lock at once to avoid
     *  lock-upgrade deadlocks). */
    [[nodiscard]] QString beginWriteSql() const;
    [[nodiscard]] QString beginReadSql() const;
    /** Column type of an auto-generated 64-bit primary key (for generated DDL and docs). */
    [[nodiscard]] QString identityColumnType() const;
    [[nodiscard]] QString timestampType() const;
    [[nodiscard]] QString blobType() const;
    [[nodiscard]] QString boolType() const;
    /** Suffix that row-locks the selected rows inside a write transaction ("" on SQLite,
     *  whose write transaction already excludes other writers). */
    [[nodiscard]] QString forUpdate() const;
    /**
     * " FOR UPDATE SKIP LOCKED" on PostgreSQL (several dispatchers claim disjoint rows without
     * waiting for each other), nothing on SQLite (BEGIN IMMEDIATE already serialises writers).
     */
    [[nodiscard]] QString forUpdateSkipLocked() const;
    /**
     * INSERT ... ON CONFLICT (keys) DO UPDATE SET c = excluded.c for every non-key column;
     * positional placeholders in column order.
     */
    [[nodiscard]] QString upsertSql(const QString &table, const QStringList &keyColumns,
                                    const QStringList &columns) const;

    /** INSERT ... ON CONFLICT (keys) DO NOTHING: idempotent inserts (outbox, mappings). */
    [[nodiscard]] QString insertIgnoringConflictSql(const QString &table,
                                                    const QStringList &keyColumns,
                                                    const QStringList &columns) const;

    /**
     * Statements refreshing the planner's statistics of `table` after a bulk load, runnable in a
     * write transaction: ANALYZE on PostgreSQL (sampled), on SQLite ANALYZE bounded by
     * analysis_limit (approximate sqlite_stat1 rows in milliseconds instead of reading every
     * index entry). Without them both planners guess row counts and may pick an index that
     * scans a whole table per row.
     */
    [[nodiscard]] QStringList analyzeSql(const QString &table) const;

    /** Rows per multi-row INSERT for `columns` bound values each (1 = one row per statement). */
    [[nodiscard]] int rowsPerInsert(int columns) const;

    [[nodiscard]] QVariant toDb(const QDateTime &value) const;
    [[nodiscard]] QVariant toDb(bool value) const;
    /** A calendar date as ISO text (SQLite TEXT, PostgreSQL DATE); NULL when invalid. */
    [[nodiscard]] QVariant toDb(const QDate &value) const;
    [[nodiscard]] QDateTime dateTimeFromDb(const QVariant &value) const;
    [[nodiscard]] QDate dateFromDb(const QVariant &value) const;
    [[nodiscard]] bool boolFromDb(const QVariant &value) const;

    /** Lock timeout, deadlock or serialization failure: the whole transaction may be retried. */
    [[nodiscard]] bool isRetryable(const QSqlError &error) const;
    [[nodiscard]] bool isUniqueViolation(const QSqlError &error) const;
    [[nodiscard]] bool isConstraintViolation(const QSqlError &error) const;
    /** The file is not a database or is damaged (SQLITE_NOTADB / SQLITE_CORRUPT). */
    [[nodiscard]] bool isCorruption(const QSqlError &error) const;

    /** Canonical timestamp text used by both dialects where a string form is needed (hash
     *  chains, SQLite storage): UTC, milliseconds, trailing Z. */
    [[nodiscard]] static QString isoUtc(const QDateTime &value);

private:
    Kind m_kind;
};

} // namespace sgl::storage
