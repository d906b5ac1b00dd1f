#pragma once

#include <QString>
#include <QStringList>

namespace sgl::storage {

/**
 * Splits a migration file into single statements, because QSQLITE executes only the first
 * statement of a string. Understands '...' and "..." quoting, -- and / * * / comments,
 * PostgreSQL dollar quoting ($$ ... $$, $tag$ ... $tag$) and SQLite trigger bodies
 * (CREATE TRIGGER ... BEGIN ...; ...; END;). Comments are dropped; empty statements skipped.
 */
class SqlScript {
public:
    [[nodiscard]] static QStringList split(const QString &script);
};

} // namespace sgl::storage
