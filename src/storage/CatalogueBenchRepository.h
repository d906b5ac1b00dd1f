#pragma once

#include "domain/catalogue/Bench.h"
#include "domain/Error.h"
#include "storage/Transaction.h"

#include <QList>

namespace sgl::storage {

/**
 * The benches (paillasses) of the catalogue (table catalogue_benches, migration 0202). Methods
 * run in the caller's transaction; CatalogueRepository::loadCurrent/saveCatalogue call them so
 * a catalogue is read and written as one.
 *
 * Contract: like chapters, benches are updated in place (results reference analysis versions,
 * which name the bench code; the code never changes, only the label). Every creation and
 * change is logged in catalogue_changes with item kind "bench" under the catalogue version
 * given ("created", or "updated" with field "bench_label"). Benches absent from the target are
 * left untouched: a bench is never deleted.
 */
class CatalogueBenchRepository {
public:
    struct SaveCounts {
        int created = 0;
        int updated = 0;
    };

    /** Every bench, in creation order. */
    [[nodiscard]] static domain::Result<QList<domain::Bench>> load(ReadTx &tx);
    /** Creates the benches of `target` that `stored` lacks and renames those whose label differs. */
    [[nodiscard]] static domain::Result<SaveCounts> save(WriteTx &tx, const QList<domain::Bench> &stored,
                                                         const QList<domain::Bench> &target, qint64 versionId);
};

} // namespace sgl::storage
