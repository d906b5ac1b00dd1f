#pragma once

#include "domain/Error.h"
#include "domain/identity/Patient.h"
#include "interop/cda/SubcontractorReport.h"

#include <QByteArray>

namespace sgl::interop::cda {

/**
 * Reads a CR-BIO received from a subcontracting lab (MSSanté or file) for one of our patients.
 *
 * Checks, in order, refusing with the reason and returning nothing on failure:
 * well-formed XML parsed safely (cda.malformed), a ClinicalDocument (cda.not_cda), a CR-BIO
 * (code 11502-2 and XD-LAB or XDS-SD template, cda.not_crbio), about this patient
 * (CdaPatientMatcher, cda.patient_mismatch), something to import (cda.no_results).
 *
 * Mapping: every Laboratory Observation of every chapter (previous results excluded) becomes a
 * ReportObservation with its LOINC, value (PQ/IVL_PQ/CD/ST/REAL/INT), interpretation,
 * reference range, time and performer = the executing lab named in the entry, or the
 * document's custodian. Observations without LOINC are listed in `skipped`; the document's
 * PDF copy (or N1 body) is kept so nothing received is lost.
 */
class SubcontractorCdaReader {
public:
    [[nodiscard]] static domain::Result<SubcontractorReport> read(const QByteArray &cda,
                                                                   const domain::Patient &expected);
    /** A PDF received alone: checks the %PDF- signature (cda.not_pdf). */
    [[nodiscard]] static domain::Result<domain::EmbeddedDocument> readPdf(const QByteArray &pdf,
                                                                          const domain::Organisation &producer,
                                                                          const QString &title);
};

} // namespace sgl::interop::cda
