#pragma once

#include "domain/catalogue/ReflexRule.h"
#include "domain/Error.h"
#include "storage/Transaction.h"

#include <QList>
#include <QString>

namespace sgl::storage {

/**
 * The reflex rules of the catalogue (table catalogue_reflex_rules, migration 0201). Methods run
 * in the caller's transaction; CatalogueRepository::loadCurrent/saveCatalogue call them so a
 * catalogue is read and written as one.
 *
 * Contract: rules are updated in place (results never reference a rule); every creation,
 * change and deletion is logged in catalogue_changes with item kind "reflex" under the
 * catalogue version given. A rule keeps the position it was created at (rules created later
 * come after): the evaluation order of the proposals is stable across edits and imports.
 */
class CatalogueReflexRepository {
public:
    struct SaveCounts {
        int created = 0;
        int updated = 0;
    };

    /** Every rule, active or not, in catalogue order (creation order). */
    [[nodiscard]] static domain::Result<QList<domain::ReflexRule>> load(ReadTx &tx);
    /**
     * Creates the rules of `target` that `stored` lacks and updates those that differ (logged
     * "created" / "updated" with the changed fields); rules absent from `target` are untouched.
     */
    [[nodiscard]] static domain::Result<SaveCounts> save(WriteTx &tx, const QList<domain::ReflexRule> &stored,
                                                         const QList<domain::ReflexRule> &target, qint64 versionId);
    /** Deletes rule `code` and logs "deleted"; false (nothing written) when there is no such rule. */
    [[nodiscard]] static domain::Result<bool> remove(WriteTx &tx, const QString &code, qint64 versionId);

    /**
     * Serialises the reflex additions to one dossier: locks the dossier row until the caller's
     * transaction ends (PostgreSQL; an SQLite write transaction already excludes other writers),
     * so two users adding the same reflex analysis cannot both read "not ordered yet". Must be
     * called before the dossier's results are read. False when there is no such dossier.
     */
    [[nodiscard]] static domain::Result<bool> lockDossier(WriteTx &tx, qint64 dossierId);
};

} // namespace sgl::storage
