#pragma once

#include "domain/Error.h"
#include "domain/catalogue/LoincSubset.h"
#include "storage/Database.h"

#include <QByteArray>

namespace sgl::workflow {

/**
 * Exports the current catalogue: the exchange CSV for the LOINC transcoding provider (with the
 * LOINC long name and verified/unverified status of each code), its ranges companion, or the
 * FHIR R4 Bundle (vague 2). Reading the catalogue needs no permission (it is not patient data
 * and every workstation needs it); the CLI and admin screen call this.
 */
class ExportCatalogue
{
public:
    enum class Format { Csv, RangesCsv, Fhir };
    ExportCatalogue(storage::Database &db, domain::LoincSubset loinc) : m_db(db), m_loinc(std::move(loinc)) {}

    [[nodiscard]] domain::Result<QByteArray> run(Format format);

private:
    storage::Database &m_db;
    domain::LoincSubset m_loinc;
};

} // namespace sgl::workflow
