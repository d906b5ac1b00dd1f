#include "workflow/catalogue/CatalogueImportRequest.h"

#include "interop/catalogue/CatalogueCsv.h"
#include "interop/catalogue/CatalogueReferenceData.h"
#include "interop/catalogue/FhirCatalogue.h"

namespace sgl::workflow {

using namespace sgl::interop::catalogue;

ImportedCatalogue CatalogueImportRequest::parse() const
{
    if (format == Format::Fhir)
        return FhirCatalogue::fromBundle(data, sourceName);
    return CatalogueCsv::read(data, sourceName, rangesCsv, rangesSourceName);
}

CatalogueImportRequest CatalogueImportRequest::demoCatalogue()
{
    CatalogueImportRequest r;
    r.data = CatalogueReferenceData::demoCatalogueCsv();
    r.sourceName = QStringLiteral("demo-catalogue.csv");
    r.rangesCsv = CatalogueReferenceData::demoRangesCsv();
    r.rangesSourceName = QStringLiteral("demo-ranges.csv");
    r.reason = QStringLiteral("Catalogue de démonstration");
    r.demo = true;
    return r;
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
