#include "workflow/catalogue/PreviewCatalogueImport.h"

#include "storage/CatalogueRepository.h"
#include "workflow/auth/PermissionGuard.h"

namespace sgl::workflow {

using namespace sgl::interop::catalogue;

domain::Result<CatalogueDiff> PreviewCatalogueImport::run(const domain::UserSession &session,
                                                          const CatalogueImportRequest &request)
{
    if (auto ok = requirePermission(session, domain::Permission::CatalogueEdit); !ok)
        return std::unexpected(ok.error());
    const ImportedCatalogue incoming = request.parse();
    auto current = m_db.read([](storage::ReadTx &tx) { return storage::CatalogueRepository::loadCurrent(tx); });
    if (!current)
        return std::unexpected(current.error());
    return CatalogueDiff::compute(*current, incoming, request.mode, m_validator);
}

} // namespace sgl::workflow
