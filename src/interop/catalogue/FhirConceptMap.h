#pragma once

#include "domain/catalogue/Catalogue.h"
#include "domain/catalogue/LoincSubset.h"
#include "domain/Error.h"
#include "interop/catalogue/ImportedCatalogue.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace sgl::interop::catalogue {

/** Metadata of an exported ConceptMap (what is not taken from the analyses). */
struct ConceptMapOptions {
    /**
     * The lab's FHIR canonical base, absolute http(s) URL without query or fragment
     * ("https://labo.example.fr/fhir"); the map's url is <base>/ConceptMap/sgl-analysis-loinc.
     * Empty = fhir::reservedBase() (https://sgl.invalid/fhir), which names no real server.
     */
    QString canonicalBase;
    /** Catalogue version the map is taken from: ConceptMap.version and identifier; may be empty. */
    QString catalogueVersion;
    /** ConceptMap.date (export time); invalid = now. */
    QDateTime date;
};

/**
 * The local analysis codes → LOINC transcoding as one FHIR R4 ConceptMap (JSON), the form
 * transcoding providers and national terminology tools consume; mapping documented in
 * docs/interfaces/catalogue-exchange.md §3.
 *
 * write(): sourceUri and group.source = fhir::analysisSystem() (the system of the local codings
 * in FhirCatalogue's Bundle), targetUri and group.target = http://loinc.org, one element per
 * analysis given (callers filter retired ones) in catalogue order, display = label. An analysis
 * with a LOINC gets a target equivalence "equivalent" (display = LOINC long name when the code is
 * in the subset); one without gets a target with equivalence "unmatched", no code and a comment.
 * A second-unit LOINC is a further target, equivalence "relatedto", with a comment naming the
 * second unit and the extension urn:sgl:fhir:StructureDefinition:second-unit (valueCode = UCUM
 * unit) that marks it for the reader.
 *
 * read(): the provider's return, as an ImportedCatalogue carrying only field "loinc" (for
 * CatalogueDiff in transcoding mode): per element the single "equivalent"/"equal" target gives
 * the LOINC, an "unmatched" target means no LOINC (clears it, like an empty CSV cell). Refused,
 * each with its JSON path ("ConceptMap.group[0].element[3].target[0].code"): invalid JSON (byte
 * offset), another resource type, sourceUri/targetUri or group source/target other than the
 * systems above, element without code, code listed twice, target without equivalence or with an
 * unknown one, "unmatched" carrying a code, "equivalent" without code, element without target,
 * with two primary targets, or with both a primary and an unmatched one. Other equivalences
 * (wider, narrower, inexact...) and second-unit targets are ignored with a warning / silently;
 * LOINC syntax and check digit are left to CatalogueDiff and the validator.
 */
class FhirConceptMap
{
public:
    /** "sgl-analysis-loinc": ConceptMap.id and the last segment of its url. */
    [[nodiscard]] static QString resourceId();
    /** <base>/ConceptMap/sgl-analysis-loinc (base without trailing '/'; empty = reserved base). */
    [[nodiscard]] static QString canonicalUrl(const QString &canonicalBase);
    /** Refuses a base that is not an absolute http(s) URL without query/fragment. */
    [[nodiscard]] static sgl::domain::Status checkCanonicalBase(const QString &canonicalBase);

    [[nodiscard]] static QByteArray write(const sgl::domain::Catalogue &catalogue,
                                          const sgl::domain::LoincSubset &loinc,
                                          const ConceptMapOptions &options = {});
    [[nodiscard]] static ImportedCatalogue read(const QByteArray &json, const QString &source);
};

} // namespace sgl::interop::catalogue
