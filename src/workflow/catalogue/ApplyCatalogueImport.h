#pragma once

#include "domain/catalogue/CatalogueValidator.h"
#include "domain/Error.h"
#include "domain/security/UserSession.h"
#include "interop/catalogue/CatalogueDiff.h"
#include "storage/CatalogueRepository.h"
#include "storage/Database.h"
#include "workflow/catalogue/CatalogueImportRequest.h"

#include <QDateTime>

#include <functional>

namespace sgl::workflow {

/** What happened to an import. */
struct CatalogueImportOutcome {
    bool applied = false;          ///< false: refused (see diff.errors) or nothing to change
    qint64 versionId = 0;          ///< new catalogue version, 0 when not applied
    interop::catalogue::CatalogueDiff diff;
    storage::CatalogueSaveSummary summary;
};

/**
 * Applies a catalogue import atomically: the file is parsed, compared with the catalogue read
 * inside the write transaction (so a concurrent edit cannot slip in between), and written as
 * one new catalogue version — all rows or none. When the diff has any error the transaction
 * is not even opened: the outcome lists every problem and the catalogue is unchanged. A file
 * that changes nothing creates no version.
 *
 * `progress(done, total)` reports the analyses written (for the GUI progress bar / CLI);
 * it is called from the calling thread inside the transaction and must not touch the database.
 * Errors returned as Result failures are storage or permission problems only.
 */
class ApplyCatalogueImport
{
public:
    ApplyCatalogueImport(storage::Database &db, domain::CatalogueValidator validator)
        : m_db(db), m_validator(std::move(validator)) {}

    [[nodiscard]] domain::Result<CatalogueImportOutcome>
    run(const domain::UserSession &session, const CatalogueImportRequest &request,
        const std::function<void(int, int)> &progress = {}, QDateTime now = {});

private:
    storage::Database &m_db;
    domain::CatalogueValidator m_validator;
};

} // namespace sgl::workflow
