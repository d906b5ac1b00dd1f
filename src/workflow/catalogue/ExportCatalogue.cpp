#include "workflow/catalogue/ExportCatalogue.h"

#include "interop/catalogue/CatalogueCsv.h"
#include "interop/catalogue/FhirCatalogue.h"
#include "storage/CatalogueRepository.h"

namespace sgl::workflow {

using namespace sgl::interop::catalogue;

domain::Result<QByteArray> ExportCatalogue::run(Format format)
{
    auto current = m_db.read([](storage::ReadTx &tx) { return storage::CatalogueRepository::loadCurrent(tx); });
    if (!current)
        return std::unexpected(current.error());
    switch (format) {
    case Format::RangesCsv:
        return CatalogueCsv::writeRanges(*current);
    case Format::Fhir:
        return FhirCatalogue::toBundle(*current, m_loinc);
    case Format::Csv:
        break;
    }
    return CatalogueCsv::write(*current, m_loinc);
}

} // namespace sgl::workflow
