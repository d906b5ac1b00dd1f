#pragma once

#include "domain/Error.h"
#include "domain/catalogue/Catalogue.h"
#include "storage/Transaction.h"

#include <QHash>

#include <memory>

namespace sgl::workflow {

/**
 * The current catalogue for use cases that need it on every call (order entry, result entry):
 * loaded once, then reloaded only when the catalogue's current version changed (one cheap query
 * per call instead of thousands of rows). Every catalogue change creates a new version, so the
 * cached catalogue is never stale inside a transaction. Not thread-safe: one cache per use case
 * object, used from its database's thread.
 */
class CatalogueCache {
public:
    /** The catalogue current in `tx`, with its version id. */
    [[nodiscard]] domain::Result<std::shared_ptr<const domain::Catalogue>> current(storage::ReadTx &tx);
    /** Version id of the catalogue current() returned last (0 before the first call). */
    [[nodiscard]] qint64 versionId() const { return m_versionId; }
    /** Analysis of `code` in the cached catalogue, by hash (nullptr when unknown or before current()). */
    [[nodiscard]] const domain::Analysis *analysis(const QString &code) const;

private:
    qint64 m_versionId = 0;
    std::shared_ptr<const domain::Catalogue> m_catalogue;
    QHash<QString, const domain::Analysis *> m_analyses;
};

} // namespace sgl::workflow
