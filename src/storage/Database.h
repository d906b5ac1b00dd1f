#pragma once

#include "domain/Error.h"
#include "storage/DbUrl.h"
#include "storage/Dialect.h"
#include "storage/ErrorCodes.h"
#include "storage/Transaction.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <atomic>
#include <memory>
#include <type_traits>

namespace sgl::storage {

class SqliteStatements;

/**
 * One connection to the SGL database (SQLite file/memory or PostgreSQL), and the only way to
 * run SQL: every statement runs inside read() or write().
 *
 * Thread affinity: a Database owns one named QSqlDatabase connection and must be used only
 * from the thread that opened it; open one Database per thread (or per workstation process).
 *
 * SQLite is opened with journal_mode=WAL, foreign_keys=ON, synchronous=FULL (validation path
 * must survive power loss; see OpenOptions) and a busy timeout. PostgreSQL sessions run with
 * TimeZone=UTC and, when the URL names a schema, search_path set to it (created if absent).
 *
 * Transactions:
 * @code
 *   auto id = db.write([&](WriteTx &tx) -> Result<qint64> {
 *       auto r = tx.insert(u"INSERT INTO dossiers (number, ...) VALUES (?, ...)"_s, {...});
 *       if (!r) return r;                      // error => rollback
 *       ...
 *       return *r;                             // success => commit
 *   });
 * @endcode
 * The body returns a domain::Status or domain::Result<T>; an error rolls back. When the
 * back end reports a transient conflict (SQLITE_BUSY/LOCKED, PostgreSQL 40001/40P01) the whole
 * body is run again after 50·attempt ms + jitter, at most OpenOptions::maxAttempts times, each
 * retry logged: bodies must therefore not have side effects outside the transaction other
 * than assigning their captured outputs. Nested read()/write() calls are refused
 * (storage.nested_transaction): pass the tx to the repository methods instead.
 *
 * The schema is not touched by open(): run MigrationRunner (CLI `sgl migrate`), then
 * checkSchema() at application start refuses a database that is not migrated or newer than
 * this binary.
 */
class Database {
public:
    struct OpenOptions {
        int busyTimeoutMs = 5000;
        bool synchronousFull = true; ///< false: synchronous=NORMAL (benchmarks, bulk imports)
        int maxAttempts = 5;         ///< transaction attempts on transient conflicts
        int retryBaseDelayMs = 50;
    };

    /** Opens (and for SQLite creates) the database; clear French errors: storage.open_failed,
     *  storage.unreachable, storage.auth_failed, storage.corrupt. */
    [[nodiscard]] static domain::Result<std::unique_ptr<Database>> open(const DbUrl &url,
                                                                        OpenOptions options);
    [[nodiscard]] static domain::Result<std::unique_ptr<Database>> open(const DbUrl &url)
    {
        return open(url, OpenOptions{});
    }
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    [[nodiscard]] const Dialect &dialect() const { return m_dialect; }
    [[nodiscard]] const DbUrl &url() const { return m_url; }

    /**
     * Fails with storage.not_migrated when migrations are pending and storage.schema_too_new
     * when the database holds migrations this binary does not know.
     */
    [[nodiscard]] domain::Status checkSchema();

    template <class F>
    auto read(F &&body) -> std::invoke_result_t<F, ReadTx &>
    {
        return run<std::invoke_result_t<F, ReadTx &>>(false, [&] {
            ReadTx tx(*this, false);
            return body(tx);
        });
    }

    template <class F>
    auto write(F &&body) -> std::invoke_result_t<F, WriteTx &>
    {
        return run<std::invoke_result_t<F, WriteTx &>>(true, [&] {
            WriteTx tx(*this);
            return body(tx);
        });
    }

    /** Maps a driver error to a domain error (codes of StorageErrors.h, French message). */
    [[nodiscard]] domain::Error errorFrom(const QSqlError &error, const QString &sql) const;
    /**
     * SQLite only (no-op on PostgreSQL): turns foreign key enforcement off or back on for this
     * connection. Refused inside a transaction (SQLite ignores the pragma there). Used by
     * MigrationRunner for a migration that rebuilds a table other tables reference, as the
     * SQLite manual prescribes; never by application code.
     */
    [[nodiscard]] domain::Status setSqliteForeignKeys(bool on);
    /** Total retries done since open (tests, diagnostics); safe to read from any thread. */
    [[nodiscard]] int retryCount() const { return m_retries.load(); }

private:
    friend class ReadTx;
    friend class WriteTx;
    Database(DbUrl url, OpenOptions options, QString connectionName);

    domain::Status configureSqlite();
    domain::Status configurePostgres();
    domain::Status begin(bool write);
    domain::Status commit();
    void rollback();
    void finishStatements();
    void backoff(int attempt, const domain::Error &why);
    /** The cached prepared statement for this SQL text (prepared on first use). */
    domain::Result<QSqlQuery> prepared(const QString &sql);
    domain::Result<QSqlQuery> execPrepared(const QString &sql, const QVariantList &binds);
    /** Runs a statement that returns no rows (or only RETURNING ids) to completion. */
    struct WriteOutcome {
        qint64 changes = 0;
        QList<qint64> ids;
    };
    domain::Result<WriteOutcome> execWrite(const QString &sql, const QVariantList &binds, bool returnsIds);
    /** A SELECT read to the end (ReadTx::rows). */
    domain::Result<RowSet> execRows(const QString &sql, const QVariantList &binds);
    /** BEGIN / COMMIT / ROLLBACK and other statements without values or rows. */
    domain::Status execControl(const QString &sql);

    template <class R, class Body>
    R run(bool write, Body &&body)
    {
        if (m_inTransaction)
            return std::unexpected(domain::Error{
                errc::Nested,
                QStringLiteral("Transaction imbriquée refusée (erreur de programmation)."),
                {}});
        for (int attempt = 1;; ++attempt) {
            domain::Error error;
            if (auto b = begin(write); !b) {
                error = b.error();
            } else {
                m_inTransaction = true;
                R result = body();
                m_inTransaction = false;
                if (result) {
                    auto c = commit();
                    if (c)
                        return result;
                    error = c.error();
                } else {
                    error = result.error();
                    rollback();
                }
            }
            if (error.code != errc::Busy || attempt >= m_options.maxAttempts)
                return std::unexpected(error);
            backoff(attempt, error);
        }
    }

    DbUrl m_url;
    OpenOptions m_options;
    Dialect m_dialect;
    QString m_connectionName;
    const void *m_thread = nullptr; ///< QThread that opened the connection
    QHash<QString, QSqlQuery> m_statements;
    std::unique_ptr<SqliteStatements> m_sqlite; ///< SQLite's write path (null on PostgreSQL)
    bool m_inTransaction = false;
    std::atomic<int> m_retries = 0; ///< read from other threads by tests waiting for a conflict
};

} // namespace sgl::storage
