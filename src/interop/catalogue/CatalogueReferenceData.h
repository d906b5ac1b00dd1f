#pragma once

#include "domain/catalogue/CatalogueValidator.h"
#include "domain/catalogue/LoincSubset.h"
#include "domain/catalogue/UcumUnit.h"
#include "domain/Error.h"
#include "interop/catalogue/ImportedCatalogue.h"

namespace sgl::interop::catalogue {

/**
 * Data files shipped with the catalogue module, embedded in the library as Qt resources
 * (from resources/catalogue/): the ANS kit's UCUM list, the LOINC reference subset and the
 * demo catalogue (CSV + ranges companion). Loading parses them once per call; callers keep
 * the result.
 */
class CatalogueReferenceData
{
public:
    [[nodiscard]] static sgl::domain::Result<sgl::domain::UcumKnownUnits> ucumUnits();
    [[nodiscard]] static sgl::domain::Result<sgl::domain::LoincSubset> loincSubset();
    /** Both of the above, ready to validate catalogues. */
    [[nodiscard]] static sgl::domain::Result<sgl::domain::CatalogueValidator> validator();
    /** The demo catalogue as read from its CSV files (errors listed if the data were broken). */
    [[nodiscard]] static ImportedCatalogue demoCatalogue();
    /** Raw bytes of the demo files (for CLI and tests that import them as a user would). */
    [[nodiscard]] static QByteArray demoCatalogueCsv();
    [[nodiscard]] static QByteArray demoRangesCsv();
    /** Parses a LOINC subset CSV (loinc;long_common_name;example_ucum;label_fr). */
    [[nodiscard]] static sgl::domain::Result<sgl::domain::LoincSubset> parseLoincSubset(const QByteArray &csv);
};

} // namespace sgl::interop::catalogue
