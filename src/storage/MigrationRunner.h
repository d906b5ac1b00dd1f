#pragma once

#include "domain/Error.h"

#include <QList>
#include <QString>

namespace sgl::storage {

class Database;

/** One embedded migration file (:/sql/<dialect>/NNNN_name.sql). */
struct Migration {
    int number = 0;
    QString name;      ///< file name without number and extension
    QString resource;  ///< Qt resource path
    QString checksum;  ///< SHA-256 hex of the file content
};

/**
 * Applies the numbered SQL migrations embedded in the binary (resources/sql/<dialect>/), in
 * number order, each in its own write transaction together with its schema_version row: a
 * failing migration leaves the database exactly as before it (both SQLite and PostgreSQL have
 * transactional DDL). Any migration not yet recorded is applied, even one numbered below the
 * current maximum (helpers own separate number ranges).
 *
 * A database that records a migration this binary does not embed was migrated by a newer SGL:
 * it is refused (storage.schema_too_new) before anything is applied.
 */
class MigrationRunner {
public:
    struct State {
        QList<int> applied;
        QList<Migration> pending;
        QList<int> unknown; ///< recorded in the database, unknown to this binary
    };

    /** `root` holds one directory per dialect; the embedded resources by default (tests
     *  point it at a directory of their own). */
    explicit MigrationRunner(Database &db, QString root = QStringLiteral(":/sql"))
        : m_db(db), m_root(std::move(root))
    {
    }

    /** Migrations embedded for this database's dialect, sorted by number. */
    [[nodiscard]] domain::Result<QList<Migration>> available() const;
    [[nodiscard]] domain::Result<State> state();
    /** Applies pending migrations; returns how many were applied. */
    [[nodiscard]] domain::Result<int> migrate();
    /** Highest migration number embedded for this dialect. */
    [[nodiscard]] int latestAvailable() const;

    [[nodiscard]] static domain::Error tooNewError(const QList<int> &unknown);

private:
    domain::Status ensureVersionTable();
    Database &m_db;
    QString m_root;
};

} // namespace sgl::storage
