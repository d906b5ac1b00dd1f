#pragma once

#include "interop/catalogue/CatalogueDiff.h"
#include "interop/catalogue/ImportedCatalogue.h"

#include <QByteArray>
#include <QString>

namespace sgl::workflow {

/** A catalogue file to import, as given by the admin screen or `sgl import-catalogue`. */
struct CatalogueImportRequest {
    enum class Format { Csv, Fhir };
    Format format = Format::Csv;
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

    /** Parses the file(s) (no database access). */
    [[nodiscard]] interop::catalogue::ImportedCatalogue parse() const;
    /** Guesses the format from the file name (".json" = FHIR) or content ('{' first). */
    [[nodiscard]] static Format guessFormat(const QString &fileName, const QByteArray &data);
};

} // namespace sgl::workflow
