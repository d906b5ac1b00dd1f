#pragma once

#include "domain/Error.h"

#include <QString>

namespace sgl::storage {

/**
 * Where the database is, parsed from a URL:
 *  - `sqlite:///abs/path/file.sqlite` or `sqlite:relative/file.sqlite` (SQLite file, created if absent)
 *  - `sqlite::memory:` (private in-memory database, tests)
 *  - `postgresql://user[:password]@host[:port]/dbname[?schema=name&connect_timeout=s&sslmode=m]`
 *    (`postgres://` accepted; default port 5432; `schema` selects/creates a schema and sets
 *    search_path, used by tests to isolate themselves and by sites sharing one database).
 *
 * Errors: code storage.bad_url with a French message naming what is wrong; the password never
 * appears in messages (see redacted()).
 */
struct DbUrl {
    enum class Kind { Sqlite, Postgres };
    Kind kind = Kind::Sqlite;
    // SQLite
    QString path;          ///< file path; empty when memory
    bool memory = false;
    // PostgreSQL
    QString host;
    int port = 5432;
    QString user;
    QString password;
    QString database;
    QString schema;        ///< empty: server default search_path
    int connectTimeoutSeconds = 5;
    QString sslMode;       ///< libpq sslmode (disable, prefer, require, verify-ca, verify-full)

    [[nodiscard]] static domain::Result<DbUrl> parse(const QString &url);
    /** The URL with the password replaced by "***", safe for logs and messages. */
    [[nodiscard]] QString redacted() const;
    /** The URL again (password included): for child processes only, never logged. */
    [[nodiscard]] QString toString() const;
};

} // namespace sgl::storage
