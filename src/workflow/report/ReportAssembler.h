#pragma once

#include "domain/audit/AuditActor.h"
#include "domain/Error.h"
#include "domain/report/ReportContent.h"
#include "workflow/report/LabSettings.h"

namespace sgl::domain {
struct Dossier;
}

namespace sgl::storage {
class Database;
class WriteTx;
} // namespace sgl::storage

namespace sgl::workflow::report {

/**
 * Assembles the ReportContent of a dossier from storage: patient, dossier, specimens, results
 * (validated ones reported; others listed as pending, which makes the report partial;
 * cancelled ones as "annulé"), previous results, the analyses' definitions from the catalogue
 * (the version each result was produced with, else the current one: label, LOINC, UCUM unit,
 * method, second unit, the patient's range when the result records none; its exam as battery
 * and its top chapter as CR-BIO section), validating biologists (users), the lab settings, and
 * the documents received from subcontractors (merged, PDF attached). Reads are audited.
 * A result whose analysis the catalogue does not know refuses the whole report
 * (report.unknown_analysis, every such code listed): nothing is printed from a guess.
 * Missing data is not invented: what CR-BIO requires and is absent is reported by the
 * requirements check when the report is built.
 */
class ReportAssembler {
public:
    /** Inside a transaction, pass tx.database(): assembleIn() never opens another one. */
    ReportAssembler(storage::Database &db, LabSettings settings) : m_db(db), m_settings(std::move(settings)) {}

    /** `signer` is the login of the biologist issuing the report (author, legal authenticator).
     *  assembleIn() in its own write transaction (reads are audited). */
    [[nodiscard]] domain::Result<domain::ReportContent> assemble(qint64 dossierId, const QString &signer,
                                                                 const domain::AuditActor &actor);
    /** The same inside the caller's transaction (a WriteTx: every read of the file is audited in
     *  it); reads the dossier (audited) first. */
    [[nodiscard]] domain::Result<domain::ReportContent> assembleIn(storage::WriteTx &tx, qint64 dossierId,
                                                                   const QString &signer,
                                                                   const domain::AuditActor &actor) const;
    /** With the dossier the caller already read in `tx` (no second audited read). */
    [[nodiscard]] domain::Result<domain::ReportContent> assembleIn(storage::WriteTx &tx, const domain::Dossier &dossier,
                                                                   const QString &signer,
                                                                   const domain::AuditActor &actor) const;

    /** "Dr Paul BIOLOGISTE" -> prefix Dr, given Paul, family BIOLOGISTE (upper-case words = family). */
    [[nodiscard]] static domain::HealthProfessional professionalFromDisplayName(const QString &displayName,
                                                                                const QString &rpps);

private:
    storage::Database &m_db;
    LabSettings m_settings;
};

} // namespace sgl::workflow::report
