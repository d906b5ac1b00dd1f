#pragma once

#include "domain/Error.h"
#include "domain/report/ReportVersion.h"
#include "storage/Transaction.h"

#include <QList>

#include <optional>

namespace sgl::storage {

/**
 * Report versions of dossiers (table report_versions). Inserting version N > 1 marks the
 * version it replaces as "replaced" in the same transaction, so a dossier has at most one
 * issued version.
 */
class ReportRepository {
public:
    /** Inserts the version (id and createdAt filled); refuses an inconsistent version. */
    [[nodiscard]] static domain::Status insert(WriteTx &tx, domain::ReportVersion &version);
    /** All versions of a dossier, oldest first. */
    [[nodiscard]] static domain::Result<QList<domain::ReportVersion>> forDossier(ReadTx &tx, qint64 dossierId);
    /** The issued version of a dossier, if any. */
    [[nodiscard]] static domain::Result<std::optional<domain::ReportVersion>> current(ReadTx &tx, qint64 dossierId);
    /** The most recent versions of every dossier (CLI `sgl report list`). */
    [[nodiscard]] static domain::Result<QList<domain::ReportVersion>> recent(ReadTx &tx, int limit);
    [[nodiscard]] static domain::Result<domain::ReportVersion> get(ReadTx &tx, qint64 id);
};

} // namespace sgl::storage
