#include "workflow/catalogue/CatalogueImportRequest.h"

#include "interop/catalogue/CatalogueCsv.h"
#include "interop/catalogue/CatalogueReferenceData.h"
#include "interop/catalogue/FhirCatalogue.h"
#include "interop/catalogue/FhirConceptMap.h"
#include "workflow/ErrorCodes.h"
#include "workflow/Tr.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace sgl::workflow {

using namespace sgl::interop::catalogue;

bool CatalogueImportRequest::isConceptMap() const
{
    if (format != Format::Fhir)
        return false;
    return fhirResource == FhirResource::ConceptMap
           || (fhirResource == FhirResource::Detect && detectFhirResource(data) == FhirResource::ConceptMap);
}

ImportedCatalogue CatalogueImportRequest::parse() const
{
    if (format == Format::Fhir && !rangesCsv.isEmpty()) {
        ImportedCatalogue refused;
        refused.errors << domain::Error{errc::CatalogueRangesWithFhir,
                                        Tr::tr("Le fichier des plages ne s'utilise qu'avec un "
                                                                    "catalogue CSV."),
                                        rangesSourceName};
        return refused;
    }
    if (isConceptMap()) {
        if (mode != CatalogueDiff::Mode::Transcoding) {
            ImportedCatalogue refused;
            refused.errors << domain::Error{
                errc::CatalogueConceptmapMode,
                Tr::tr("Un ConceptMap ne porte que les codes LOINC : il s'importe en mode "
                                            "transcodage."),
                sourceName};
            return refused;
        }
        return FhirConceptMap::read(data, sourceName);
    }
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

CatalogueImportRequest::FhirResource CatalogueImportRequest::detectFhirResource(const QByteArray &data)
{
    const QJsonObject o = QJsonDocument::fromJson(data).object();
    return o.value(QStringLiteral("resourceType")).toString() == QLatin1String("ConceptMap") ? FhirResource::ConceptMap
                                                                                              : FhirResource::Bundle;
}

} // namespace sgl::workflow
