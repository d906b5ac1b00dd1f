#pragma once

#include "domain/catalogue/Catalogue.h"
#include "domain/catalogue/LoincSubset.h"
#include "domain/Error.h"
#include "interop/catalogue/FhirConceptMap.h"
#include "storage/Database.h"

#include <QByteArray>
#include <QString>

namespace sgl::workflow {

/**
 * Exports the current catalogue: the exchange CSV for the LOINC transcoding provider (with the
 * LOINC long name and verified/unverified status of each code), its ranges companion, the
 * FHIR R4 Bundle (vague 2) or the FHIR R4 ConceptMap local codes → LOINC (transcoding tools).
 * Reading the catalogue needs no permission (it is not patient data and every workstation needs
 * it); the CLI and admin screen call this.
 *
 * Retired analyses and exams are never exported, in any format: exportable() removes them (and
 * the retired analyses from the exams that still list them) before any writer runs, so the
 * writers stay format-only.
 */
class ExportCatalogue
{
public:
    enum class Format { Csv, RangesCsv, Fhir, FhirConceptMap };
    ExportCatalogue(storage::Database &db, domain::LoincSubset loinc) : m_db(db), m_loinc(std::move(loinc)) {}

    /**
     * The lab's FHIR canonical base for the ConceptMap url (FhirConceptMap::checkCanonicalBase;
     * run() refuses an invalid one with "catalogue.canonical_base"). Empty = reserved base.
     */
    void setCanonicalBase(const QString &base) { m_canonicalBase = base; }

    /** Reads the current catalogue (and, for the ConceptMap, its version number) and writes it. */
    [[nodiscard]] domain::Result<QByteArray> run(Format format);

    /** `catalogue` without retired analyses and exams; active exams lose their retired analyses. */
    [[nodiscard]] static domain::Catalogue exportable(const domain::Catalogue &catalogue);
    /** exportable(catalogue) written in `format` (no database; `options` only for the ConceptMap). */
    [[nodiscard]] static QByteArray write(const domain::Catalogue &catalogue, Format format,
                                          const domain::LoincSubset &loinc,
                                          const interop::catalogue::ConceptMapOptions &options = {});

private:
    storage::Database &m_db;
    domain::LoincSubset m_loinc;
    QString m_canonicalBase;
};

} // namespace sgl::workflow
