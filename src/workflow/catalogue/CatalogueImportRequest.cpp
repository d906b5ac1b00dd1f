#include "workflow/catalogue/CatalogueImportRequest.h"

#include "interop/catalogue/CatalogueCsv.h"
#include "interop/catalogue/FhirCatalogue.h"

namespace sgl::workflow {

using namespace sgl::interop::catalogue;

ImportedCatalogue CatalogueImportRequest::parse() const
{
    if (format == Format::Fhir)
        return FhirCatalogue::fromBundle(data, sourceName);
    return CatalogueCsv::read(data, sourceName, rangesCsv, rangesSourceName);
}

CatalogueImportRequest::Format CatalogueImportRequest::guessFormat(const QString &fileName, const QByteArray &data)
{
    if (fileName.endsWith(QLatin1String(".json"), Qt::CaseInsensitive))
        return Format::Fhir;
    if (fileName.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive))
        return Format::Csv;
    return data.trimmed().startsWith('{') ? Format::Fhir : Format::Csv;
}

} // namespace sgl::workflow
