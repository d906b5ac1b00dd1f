#pragma once

#include "interop/catalogue/CatalogueDiff.h"
#include "interop/catalogue/ImportedCatalogue.h"

#include <QByteArray>
#include <QString>

namespace sgl::workflow {

/** A catalogue file to import, as given by the admin screen or `sgl import-catalogue`. */
struct CatalogueImportRequest {
    /**
     * File family. Every FHIR file is Format::Fhir (recorded as source "import-fhir" by
     * ApplyCatalogueImport); `fhirResource` says which FHIR resource it holds.
     */
    enum class Format { Csv, Fhir };
    /** For Format::Fhir: Detect reads resourceType (ConceptMap, otherwise Bundle). */
    enum class FhirResource { Detect, Bundle, ConceptMap };
    Format format = Format::Csv;
    FhirResource fhirResource = FhirResource::Detect;
    QByteArray data;
    QString sourceName;        ///< file name shown in problem locations
    QByteArray rangesCsv;      ///< optional ranges companion (CSV only)
    QString rangesSourceName;
    interop::catalogue::CatalogueDiff::Mode mode = interop::catalogue::CatalogueDiff::Mode::Merge;
    QString reason;            ///< recorded with the catalogue version
    bool demo = false;         ///< recorded as source "demo" instead of "import-csv"

    /**
     * The demo catalogue shipped in the binary (resources/catalogue/demo-*.csv): what the demo
     * seeder imports with ApplyCatalogueImport before creating dossiers.
     */
    [[nodiscard]] static CatalogueImportRequest demoCatalogue();

    /**
     * Parses the file(s) (no database access). A ConceptMap only carries LOINC codes: outside
     * transcoding mode it is refused ("catalogue.conceptmap_mode", nothing parsed), so it can
     * never create analyses; a ranges companion with a FHIR file is refused too
     * ("catalogue.ranges_with_fhir").
     */
    [[nodiscard]] interop::catalogue::ImportedCatalogue parse() const;
    /** True when this request reads a ConceptMap (explicitly or detected from resourceType). */
    [[nodiscard]] bool isConceptMap() const;
    /** Guesses the format from the file name (".json" = FHIR) or content ('{' first). */
    [[nodiscard]] static Format guessFormat(const QString &fileName, const QByteArray &data);
    /** "ConceptMap" when the JSON's top-level resourceType says so, else Bundle (readers report the rest). */
    [[nodiscard]] static FhirResource detectFhirResource(const QByteArray &data);
};

} // namespace sgl::workflow
