#include "workflow/catalogue/CatalogueCache.h"

#include "storage/CatalogueRepository.h"

namespace sgl::workflow {

domain::Result<std::shared_ptr<const domain::Catalogue>> CatalogueCache::current(storage::ReadTx &tx)
{
    auto version = storage::CatalogueRepository::currentVersionId(tx);
    if (!version)
        return std::unexpected(version.error());
    if (m_catalogue && *version == m_versionId)
        return m_catalogue;
    auto loaded = storage::CatalogueRepository::loadCurrent(tx);
    if (!loaded)
        return std::unexpected(loaded.error());
    auto catalogue = std::make_shared<const domain::Catalogue>(std::move(*loaded));
    m_analyses.clear();
    for (const domain::Analysis &a : catalogue->analyses)
        m_analyses.insert(a.localCode, &a);
    m_catalogue = std::move(catalogue);
    m_versionId = *version;
    return m_catalogue;
}

const domain::Analysis *CatalogueCache::analysis(const QString &code) const
{
    return m_analyses.value(code, nullptr);
}

} // namespace sgl::workflow
