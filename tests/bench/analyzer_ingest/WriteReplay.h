#pragma once

#include <sqlite3.h>

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

/**
 * The statements one SQLite connection ran inside its transactions, captured with their bound
 * values (sqlite3_trace_v2), then replayed on another connection with raw sqlite3 prepared
 * statements: each distinct text prepared once, the same values bound, the same transactions.
 *
 * The baseline is "a raw prepared-insert baseline of the same rows"; replaying the
 * ingestion's own writes on a copy of the same database (same schema, indexes, triggers and
 * starting rows) is that baseline taken literally: the storage engine's cost of exactly what
 * the ingestion stores, with none of the parsing, checks, reads or Qt around it.
 *
 * Capture: start() on the connection before the work, stop() after. BEGIN / COMMIT delimit the
 * transactions; a rolled-back transaction, or one left with no statement, is dropped; a
 * trigger's statements are not recorded (replaying the statement fires the trigger again). Reads
 * (sqlite3_stmt_readonly) are recorded and marked; run() leaves them out unless asked. Values are recovered by aligning sqlite3_expanded_sql with
 * sqlite3_sql; a text that does not align is an error (error()), never a silent skip.
 */
class WriteReplay
{
public:
    struct Value {
        enum class Kind { Null, Integer, Real, Text, Blob };
        Kind kind = Kind::Null;
        std::int64_t integer = 0;
        double real = 0;
        std::string bytes;
    };
    struct Statement {
        std::size_t text = 0;   ///< index into texts()
        bool read = false;      ///< a SELECT (sqlite3_stmt_readonly)
        std::vector<Value> values;
    };
    struct Transaction {
        bool write = true;   ///< BEGIN IMMEDIATE (else DEFERRED, a read transaction)
        std::vector<Statement> statements;
    };

    WriteReplay() = default;
    WriteReplay(const WriteReplay &) = delete;
    WriteReplay &operator=(const WriteReplay &) = delete;
    ~WriteReplay();

    void start(sqlite3 *db);
    void stop();

    [[nodiscard]] const std::vector<Transaction> &transactions() const { return m_transactions; }
    [[nodiscard]] const std::vector<std::string> &texts() const { return m_texts; }
    /** Statements captured inside the transactions, reads included. */
    [[nodiscard]] std::size_t statementCount() const;
    [[nodiscard]] std::size_t readCount() const;
    /** Empty when every statement was captured and understood. */
    [[nodiscard]] const std::string &error() const { return m_error; }

    /** Prepares every text on `db` (persistent statements); false with error() set on failure. */
    bool prepare(sqlite3 *db);
    /**
     * Runs every captured transaction on the prepared connection, its reads too when
     * `withReads` (each stepped to its last row); false with error() set.
     */
    bool run(bool withReads);

private:
    static int onTrace(unsigned type, void *self, void *statement, void *text);
    void observe(sqlite3_stmt *statement);
    void fail(std::string why);
    void finalize();

    sqlite3 *m_traced = nullptr;
    bool m_open = false;
    Transaction m_current;
    std::vector<Transaction> m_transactions;
    std::vector<std::string> m_texts;
    std::unordered_map<std::string, std::size_t> m_index;
    std::string m_error;

    sqlite3 *m_target = nullptr;
    std::vector<sqlite3_stmt *> m_prepared;
    sqlite3_stmt *m_beginWrite = nullptr;
    sqlite3_stmt *m_beginRead = nullptr;
    sqlite3_stmt *m_commit = nullptr;
};
