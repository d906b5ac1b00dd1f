#pragma once

#include <QString>

/**
 * Code system URIs shared by the FHIR forms of the catalogue (FhirCatalogue's Bundle and
 * FhirConceptMap): one definition, so the ConceptMap's sourceUri is exactly the system of the
 * local codings in the Bundle. Changing one of them breaks re-import of files already sent.
 */
namespace sgl::interop::catalogue::fhir {

/** System of the lab's local analysis codes (identifier and coding of ObservationDefinition). */
inline QString analysisSystem() { return QStringLiteral("urn:sgl:catalogue:analysis"); }
inline QString loincSystem() { return QStringLiteral("http://loinc.org"); }
/** System of the catalogue's bench codes (CodeSystem of the benches, bench extension coding). */
inline QString benchSystem() { return QStringLiteral("urn:sgl:catalogue:bench"); }
/** System of the built-in container type codes (SpecimenDefinition identifier and container type). */
inline QString containerSystem() { return QStringLiteral("urn:sgl:catalogue:container"); }
/** System of the built-in clinical question codes (clinical-question extension coding). */
inline QString clinicalQuestionSystem() { return QStringLiteral("urn:sgl:catalogue:clinical-question"); }
/** Prefix of SGL extension URLs (urn:sgl:fhir:StructureDefinition:<name>). */
inline QString extensionBase() { return QStringLiteral("urn:sgl:fhir:StructureDefinition:"); }
/** Reserved base (RFC 6761 .invalid) used when the lab has not given its own canonical base. */
inline QString reservedBase() { return QStringLiteral("https://sgl.invalid/fhir"); }

} // namespace sgl::interop::catalogue::fhir
