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
    /**
     * Changes the DMP masks of an issued version after the fact (maskedToProfessionals,
     * hiddenFromPatientUntilAnnouncement, hiddenFromLegalRepresentatives of `masks`; the other
     * sharing choices are not touched). Compare-and-set on the masks read by the caller
     * (`expected`): storage.conflict when they changed meanwhile. The caller audits.
     */
    [[nodiscard]] static domain::Status updateMasks(WriteTx &tx, qint64 id, const domain::SharingChoices &expected,
                                                    const domain::SharingChoices &masks);
};

} // namespace sgl::storage
