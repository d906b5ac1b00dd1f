#include "WriteReplay.h"

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <optional>
#include <string_view>

namespace {

bool startsWithWord(std::string_view text, std::string_view word)
{
    while (!text.empty() && std::isspace(static_cast<unsigned char>(text.front())))
        text.remove_prefix(1);
    if (text.size() < word.size())
        return false;
    for (std::size_t i = 0; i < word.size(); ++i)
        if (std::toupper(static_cast<unsigned char>(text[i])) != word[i])
            return false;
    return text.size() == word.size() || !std::isalnum(static_cast<unsigned char>(text[word.size()]));
}

int hexDigit(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

/**
 * The values bound to `pattern` (the statement's text with its placeholders), read from
 * `expanded` (the same text with each placeholder replaced by SQLite's literal: NULL, an integer, a real, a quoted
 * text with doubled quotes, x'hex'). Every other character must match.
 */
std::optional<std::vector<WriteReplay::Value>> boundValues(std::string_view pattern, std::string_view expanded)
{
    using Kind = WriteReplay::Value::Kind;
    std::vector<WriteReplay::Value> values;
    std::size_t j = 0;
    bool quoted = false; // inside a literal of the statement's own text: no placeholder there
    for (std::size_t i = 0; i < pattern.size(); ++i) {
        const char c = pattern[i];
        // Qt's SQLite driver turns positional `?` into `:0`, `:1`...; `?NNN`, `@name` and `$name`
        // are the other forms SQLite knows.
        const bool placeholder = !quoted
            && (c == '?' || ((c == ':' || c == '@' || c == '$') && i + 1 < pattern.size()
                             && (std::isalnum(static_cast<unsigned char>(pattern[i + 1])) || pattern[i + 1] == '_')));
        if (!placeholder) {
            if (c == '\'')
                quoted = !quoted;
            if (j >= expanded.size() || expanded[j] != c)
                return std::nullopt;
            ++j;
            continue;
        }
        while (i + 1 < pattern.size() && (std::isalnum(static_cast<unsigned char>(pattern[i + 1])) || pattern[i + 1] == '_'))
            ++i;
        WriteReplay::Value v;
        const std::string_view rest = expanded.substr(j);
        if (rest.starts_with("NULL")) {
            j += 4;
        } else if (rest.starts_with("'")) {
            v.kind = Kind::Text;
            for (++j;; ++j) {
                if (j >= expanded.size())
                    return std::nullopt;
                if (expanded[j] == '\'') {
                    if (j + 1 < expanded.size() && expanded[j + 1] == '\'') {
                        v.bytes += '\'';
                        ++j;
                        continue;
                    }
                    ++j;
                    break;
                }
                v.bytes += expanded[j];
            }
        } else if (rest.starts_with("x'") || rest.starts_with("X'")) {
            v.kind = Kind::Blob;
            for (j += 2; j + 1 < expanded.size() && expanded[j] != '\''; j += 2) {
                const int hi = hexDigit(expanded[j]);
                const int lo = hexDigit(expanded[j + 1]);
                if (hi < 0 || lo < 0)
                    return std::nullopt;
                v.bytes += char(hi * 16 + lo);
            }
            if (j >= expanded.size() || expanded[j] != '\'')
                return std::nullopt;
            ++j;
        } else {
            std::size_t k = j;
            bool real = false;
            if (k < expanded.size() && (expanded[k] == '-' || expanded[k] == '+'))
                ++k;
            for (; k < expanded.size(); ++k) {
                const char c = expanded[k];
                if (c == '.' || c == 'e' || c == 'E' || ((c == '-' || c == '+') && (expanded[k - 1] == 'e' || expanded[k - 1] == 'E')))
                    real = true;
                else if (!std::isdigit(static_cast<unsigned char>(c)))
                    break;
            }
            const std::string token(expanded.substr(j, k - j));
            if (token.empty() || token == "-" || token == "+")
                return std::nullopt;
            char *end = nullptr;
            if (real) {
                v.kind = Kind::Real;
                v.real = std::strtod(token.c_str(), &end);
            } else {
                v.kind = Kind::Integer;
                v.integer = std::strtoll(token.c_str(), &end, 10);
            }
            if (end != token.c_str() + token.size())
                return std::nullopt;
            j = k;
        }
        values.push_back(std::move(v));
    }
    if (j != expanded.size())
        return std::nullopt;
    return values;
}

} // namespace

WriteReplay::~WriteReplay()
{
    stop();
    finalize();
}

void WriteReplay::start(sqlite3 *db)
{
    m_traced = db;
    sqlite3_trace_v2(db, SQLITE_TRACE_STMT, &WriteReplay::onTrace, this);
}

void WriteReplay::stop()
{
    if (m_traced)
        sqlite3_trace_v2(m_traced, 0, nullptr, nullptr);
    m_traced = nullptr;
    if (m_open)
        fail("capture stopped inside a transaction");
}

std::size_t WriteReplay::statementCount() const
{
    std::size_t n = 0;
    for (const auto &t : m_transactions)
        n += t.statements.size();
    return n;
}

std::size_t WriteReplay::readCount() const
{
    std::size_t n = 0;
    for (const auto &t : m_transactions)
        for (const auto &s : t.statements)
            n += s.read ? 1 : 0;
    return n;
}

int WriteReplay::onTrace(unsigned type, void *self, void *statement, void *text)
{
    // A trigger's statements are reported with their text as an SQL comment ("-- TRIGGER ...").
    const auto *sql = static_cast<const char *>(text);
    if (type == SQLITE_TRACE_STMT && !(sql && sql[0] == '-' && sql[1] == '-'))
        static_cast<WriteReplay *>(self)->observe(static_cast<sqlite3_stmt *>(statement));
    return 0;
}

void WriteReplay::observe(sqlite3_stmt *statement)
{
    const std::string_view sql = sqlite3_sql(statement);
    if (startsWithWord(sql, "BEGIN")) {
        if (m_open)
            fail("BEGIN inside a transaction");
        m_open = true;
        m_current = {};
        m_current.write = sql.find("IMMEDIATE") != std::string_view::npos
            || sql.find("EXCLUSIVE") != std::string_view::npos;
        return;
    }
    if (startsWithWord(sql, "COMMIT") || startsWithWord(sql, "END")) {
        if (m_open && !m_current.statements.empty())
            m_transactions.push_back(std::move(m_current));
        m_open = false;
        return;
    }
    if (startsWithWord(sql, "ROLLBACK")) {
        m_open = false;
        return;
    }
    if (!m_open)
        return; // the connection's set-up (pragmas), outside any transaction
    char *expanded = sqlite3_expanded_sql(statement);
    if (!expanded) {
        fail("no expanded text for: " + std::string(sql));
        return;
    }
    auto values = boundValues(sql, expanded);
    sqlite3_free(expanded);
    if (!values) {
        fail("bound values not recovered for: " + std::string(sql));
        return;
    }
    const auto [it, added] = m_index.try_emplace(std::string(sql), m_texts.size());
    if (added)
        m_texts.emplace_back(sql);
    m_current.statements.push_back({it->second, sqlite3_stmt_readonly(statement) != 0, std::move(*values)});
}

void WriteReplay::fail(std::string why)
{
    if (m_error.empty())
        m_error = std::move(why);
}

void WriteReplay::finalize()
{
    for (sqlite3_stmt *s : m_prepared)
        sqlite3_finalize(s);
    m_prepared.clear();
    sqlite3_finalize(m_beginWrite);
    sqlite3_finalize(m_beginRead);
    sqlite3_finalize(m_commit);
    m_beginWrite = m_beginRead = m_commit = nullptr;
    m_target = nullptr;
}

bool WriteReplay::prepare(sqlite3 *db)
{
    finalize();
    m_target = db;
    auto one = [&](const std::string &text, sqlite3_stmt **out) {
        if (sqlite3_prepare_v3(db, text.c_str(), int(text.size()), SQLITE_PREPARE_PERSISTENT, out, nullptr) != SQLITE_OK) {
            fail("prepare failed (" + std::string(sqlite3_errmsg(db)) + "): " + text);
            return false;
        }
        return true;
    };
    if (!one("BEGIN IMMEDIATE", &m_beginWrite) || !one("BEGIN DEFERRED", &m_beginRead) || !one("COMMIT", &m_commit))
        return false;
    m_prepared.resize(m_texts.size(), nullptr);
    for (std::size_t i = 0; i < m_texts.size(); ++i)
        if (!one(m_texts[i], &m_prepared[i]))
            return false;
    for (const auto &t : m_transactions)
        for (const auto &s : t.statements)
            if (sqlite3_bind_parameter_count(m_prepared[s.text]) != int(s.values.size())) {
                fail("parameter count differs from the values captured: " + m_texts[s.text]);
                return false;
            }
    return true;
}

bool WriteReplay::run(bool withReads)
{
    auto step = [&](sqlite3_stmt *s) {
        int rc = SQLITE_ROW;
        while (rc == SQLITE_ROW)
            rc = sqlite3_step(s);
        sqlite3_reset(s);
        if (rc != SQLITE_DONE) {
            fail("replay failed (" + std::string(sqlite3_errmsg(m_target)) + "): " + std::string(sqlite3_sql(s)));
            return false;
        }
        return true;
    };
    for (const auto &t : m_transactions) {
        // Without its reads, a transaction that wrote nothing has nothing to replay.
        if (!withReads && std::ranges::all_of(t.statements, &Statement::read))
            continue;
        if (!step(t.write ? m_beginWrite : m_beginRead))
            return false;
        for (const auto &s : t.statements) {
            if (s.read && !withReads)
                continue;
            sqlite3_stmt *st = m_prepared[s.text];
            for (std::size_t k = 0; k < s.values.size(); ++k) {
                const Value &v = s.values[k];
                const int at = int(k) + 1;
                switch (v.kind) {
                case Value::Kind::Null: sqlite3_bind_null(st, at); break;
                case Value::Kind::Integer: sqlite3_bind_int64(st, at, v.integer); break;
                case Value::Kind::Real: sqlite3_bind_double(st, at, v.real); break;
                case Value::Kind::Text: sqlite3_bind_text(st, at, v.bytes.data(), int(v.bytes.size()), SQLITE_STATIC); break;
                case Value::Kind::Blob: sqlite3_bind_blob(st, at, v.bytes.data(), int(v.bytes.size()), SQLITE_STATIC); break;
                }
            }
            if (!step(st)) {
                sqlite3_exec(m_target, "ROLLBACK", nullptr, nullptr, nullptr);
                return false;
            }
        }
        if (!step(m_commit))
            return false;
    }
    return true;
}
