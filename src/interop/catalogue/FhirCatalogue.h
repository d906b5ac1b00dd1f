#pragma once

#include "domain/catalogue/Catalogue.h"
#include "domain/catalogue/LoincSubset.h"
#include "interop/catalogue/ImportedCatalogue.h"

#include <QByteArray>
#include <QString>

namespace sgl::interop::catalogue {

/**
 * The catalogue as a FHIR R4 Bundle (type "collection"), mapping documented in
 * docs/interfaces/catalogue-exchange.md:
 *  - chapters: one CodeSystem (url urn:sgl:catalogue:chapter), sub-chapters nested as child
 *    concepts, properties "loinc" (CR-BIO section code) and "order";
 *  - analyses: ObservationDefinition (identifier = local code; code.coding = LOINC + local code
 *    + one coding per analyzer mapping; quantitativeDetails = UCUM unit, second unit as
 *    customaryUnit with conversionFactor, decimalPrecision; qualifiedInterval = reference /
 *    critical / absolute intervals with gender and age; coded answers as contained ValueSets
 *    referenced by validCodedValueSet / abnormalCodedValueSet; specimen, display unit, second
 *    LOINC and formula as extensions);
 *  - exams: ActivityDefinition (kind ServiceRequest, topic = chapter code,
 *    observationResultRequirement = its analyses in order).
 *
 * fromBundle() refuses what is not this shape: invalid JSON (with byte offset), another
 * resource type, missing identifiers, malformed values — every problem with its JSON path
 * ("Bundle.entry[3].resource.qualifiedInterval[0].range.low.value").
 */
class FhirCatalogue
{
public:
    [[nodiscard]] static QByteArray toBundle(const sgl::domain::Catalogue &catalogue,
                                             const sgl::domain::LoincSubset &loinc);
    [[nodiscard]] static ImportedCatalogue fromBundle(const QByteArray &json, const QString &source);
};

} // namespace sgl::interop::catalogue
