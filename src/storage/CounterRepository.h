#pragma once

#include "domain/Error.h"
#include "storage/Transaction.h"

#include <QString>

namespace sgl::storage {

/**
 * Named sequences (tube barcodes, daily dossier numbers): next() increments and returns the
 * counter in the caller's transaction, so a number is used only if that transaction commits,
 * and two workstations never get the same one (PostgreSQL: one atomic upsert; SQLite: the write
 * transaction already excludes other writers).
 */
class CounterRepository {
public:
    /** The next value of `name` (1 for a new counter). */
    [[nodiscard]] static domain::Result<qint64> next(WriteTx &tx, const QString &name);
};

} // namespace sgl::storage
