#pragma once

#include "domain/catalogue/CatalogueValidator.h"
#include "domain/Error.h"
#include "domain/security/UserSession.h"
#include "interop/catalogue/CatalogueDiff.h"
#include "storage/Database.h"
#include "workflow/catalogue/CatalogueImportRequest.h"

namespace sgl::workflow {

/**
 * Import preview (dry run): parses the file and compares it with the stored catalogue —
 * new, changed, unchanged, unknown local codes, invalid LOINC — with every problem located.
 * Writes nothing. Requires Permission::CatalogueEdit. The returned diff is what
 * ApplyCatalogueImport would apply if the catalogue does not change in between.
 */
class PreviewCatalogueImport
{
public:
    PreviewCatalogueImport(storage::Database &db, domain::CatalogueValidator validator)
        : m_db(db), m_validator(std::move(validator)) {}

    [[nodiscard]] domain::Result<interop::catalogue::CatalogueDiff> run(const domain::UserSession &session,
                                                                        const CatalogueImportRequest &request);

private:
    storage::Database &m_db;
    domain::CatalogueValidator m_validator;
};

} // namespace sgl::workflow
