#pragma once

#include "domain/audit/AuditActor.h"
#include "domain/Error.h"
#include "domain/lab/Dossier.h"
#include "domain/report/ReportContent.h"
#include "domain/report/ReportVersion.h"
#include "domain/report/SharingChoices.h"

#include <QByteArray>
#include <QString>

#include <functional>

namespace sgl::storage {
class Database;
class WriteTx;
} // namespace sgl::storage

namespace sgl::workflow::report {

/**
 * The build step of IssueReportVersion (no permission check here: the use case does it): from
 * an assembled content, numbers the version (N+1 of the dossier's set, RPLC of the issued one),
 * runs the CR-BIO requirements check ONCE (the PDF copy item excluded by its code, the PDF
 * being rendered just after), renders the PDF and the patient PDF through the injected
 * renderer, writes the CDA N3 and N1 through the writers' pre-checked entries, then stores the
 * version with its sharing choices, every document with its SHA-256 and the dossier's move to
 * "reported" for a final report. Nothing is stored when any rendering fails or when data
 * required by CR-BIO is missing (cda.missing_data lists it in French). Documents are never
 * regenerated in place: building again creates the next version.
 *
 * Versions: a version after a final one is an amended report and needs a reason
 * (report.reason_required); a version after a partial one completes it, and records
 * "Compte rendu complété..." when no reason is given.
 */
class BuildReport {
public:
    /** Renders the PDF/A of a content (pro or patient copy, see ReportContent::patientVersion). */
    using PdfRenderer = std::function<domain::Result<QByteArray>(const domain::ReportContent &)>;

    struct Options {
        /** OID under which this lab numbers its documents: ids are <root>.<dossierId>.<n>
         *  (setId <root>.<dossierId>). */
        QString documentRootOid;
    };

    /** Inside a transaction pass tx.database(): runIn() never opens another transaction. */
    BuildReport(storage::Database &db, PdfRenderer renderer, Options options)
        : m_db(db), m_renderer(std::move(renderer)), m_options(std::move(options)) {}

    /**
     * runIn() in its own write transaction (the dossier read there, audited). `content` is the
     * assembled report (patient, results, participants); its document identity fields are
     * overwritten here.
     */
    [[nodiscard]] domain::Result<domain::ReportVersion> run(qint64 dossierId, domain::ReportContent content,
                                                            const domain::AuditActor &actor,
                                                            const QString &amendmentReason = {},
                                                            const domain::SharingChoices &sharing = {});
    /**
     * The build in the caller's transaction; `dossier` was read in `tx` (its version is bumped
     * when it moves to Reported). On error the caller must roll back.
     */
    [[nodiscard]] domain::Result<domain::ReportVersion> runIn(storage::WriteTx &tx, domain::Dossier &dossier,
                                                              domain::ReportContent content,
                                                              const domain::AuditActor &actor,
                                                              const QString &amendmentReason,
                                                              const domain::SharingChoices &sharing) const;

private:
    storage::Database &m_db;
    PdfRenderer m_renderer;
    Options m_options;
};

} // namespace sgl::workflow::report
