#pragma once

#include "domain/audit/AuditActor.h"
#include "domain/Error.h"
#include "domain/report/ReportContent.h"
#include "domain/report/ReportVersion.h"

#include <QByteArray>
#include <QString>

#include <functional>

namespace sgl::storage {
class Database;
}

namespace sgl::workflow::report {

/**
 * Issues a report version of a dossier: numbers it (version N+1 of the dossier's set, RPLC of
 * the issued one), renders the PDF (through the injected renderer, interop/pdf in the product),
 * the patient PDF, the CDA N3 and N1, then stores the version and every document with its
 * SHA-256 in ONE transaction, together with the dossier's move to "reported" for a final report. Nothing is stored when any rendering fails or when data required
 * by CR-BIO is missing (the error lists it in French). Documents are never regenerated in
 * place: building again creates the next version.
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

    BuildReport(storage::Database &db, PdfRenderer renderer, Options options)
        : m_db(db), m_renderer(std::move(renderer)), m_options(std::move(options)) {}

    /**
     * `content` is the assembled report (patient, results, participants); its document
     * identity fields are overwritten here. `amendmentReason` is required when a version is
     * already issued for the dossier.
     */
    [[nodiscard]] domain::Result<domain::ReportVersion> run(qint64 dossierId, domain::ReportContent content,
                                                            const domain::AuditActor &actor,
                                                            const QString &amendmentReason = {});

private:
    storage::Database &m_db;
    PdfRenderer m_renderer;
    Options m_options;
};

} // namespace sgl::workflow::report
