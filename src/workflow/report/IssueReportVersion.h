#pragma once

#include "domain/Error.h"
#include "domain/report/ReportContent.h"
#include "domain/report/ReportVersion.h"
#include "domain/report/SharingChoices.h"
#include "domain/security/UserSession.h"
#include "storage/OutboxEntry.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace sgl::storage {
class Database;
class WriteTx;
} // namespace sgl::storage

namespace sgl::workflow::report {

/** What to issue: the dossier, who signs, why (amendment) and how the version is shared. */
struct IssueRequest {
    qint64 dossierId = 0;
    /** The signing biologist (Permission::ReportSign; author and legal authenticator). */
    domain::UserSession signer;
    /**
     * Mandatory when a final (non-partial) version is already issued: the new version is an
     * amended report (rectificatif). After a partial version it may stay empty (the version
     * completing it then records "Compte rendu complété").
     */
    QString amendmentReason;
    /** nullopt: SharingChoices::defaultsFor(the patient's INS is qualified). */
    std::optional<domain::SharingChoices> sharing;
};

/** The version stored and the outbox rows created for it (one per channel and recipient). */
struct IssuedReport {
    domain::ReportVersion version;      ///< id, documentId, setId, partial, sharing...
    QList<storage::OutboxEntry> outbox; ///< state pending, withheld or blocked (docs/architecture.md)
};

/**
 * The one use case that issues a report version, for biological validation, the Comptes rendus
 * screen (ReportArchive::issue) and `sgl report build`.
 *
 * issueIn() works entirely inside the caller's write transaction (no nested db.read/db.write):
 * it checks Permission::ReportSign, loads the lab settings, reads the dossier (audited),
 * assembles the content (ReportAssembler::assembleIn: partial while a non-cancelled result is
 * not biologically validated; no validated result at all: report.no_validated_results),
 * validates the sharing choices, then BuildReport::runIn numbers the version (N+1, same setId,
 * RPLC of the issued one, which becomes "replaced"), runs the CR-BIO requirements check ONCE,
 * renders the professional and patient PDF, writes CDA N3 and N1, stores the version, its four
 * documents and the dossier's move to Reported (final version of a Validated dossier). It then
 * enqueues the outbox rows: DMP (patient INS; `withheld` with the reason when the biologist
 * withheld it, `blocked` when the INS is not qualified), MSSanté professional (prescriber and
 * each copy recipient with an MSSanté address), MSSanté patient (`<INS>@patient.mssante.fr`,
 * when chosen). documentRef is the version's documentId.
 *
 * On any failure it returns the error (French messages of the report itself, e.g.
 * cda.missing_data listing what CR-BIO lacks) having possibly written through `tx`: the caller
 * must roll back (return the error from its db.write body), and then nothing is stored.
 */
class IssueReportVersion {
public:
    /** Renders the PDF/A of a content (pro or patient copy, see ReportContent::patientVersion). */
    using PdfRenderer = std::function<domain::Result<QByteArray>(const domain::ReportContent &)>;

    /** The product renderer (interop/pdf with the lab letterhead read in the transaction). */
    IssueReportVersion() = default;
    /** An injected renderer (tests, previews). */
    explicit IssueReportVersion(PdfRenderer renderer) : m_renderer(std::move(renderer)) {}

    [[nodiscard]] domain::Result<IssuedReport> issueIn(storage::WriteTx &tx, const IssueRequest &request) const;
    /** issueIn() in its own write transaction: all or nothing. */
    [[nodiscard]] domain::Result<IssuedReport> issue(storage::Database &db, const IssueRequest &request) const;

private:
    PdfRenderer m_renderer;
};

} // namespace sgl::workflow::report
