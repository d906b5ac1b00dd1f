#pragma once

#include "domain/audit/AuditActor.h"
#include "domain/Error.h"
#include "domain/report/ReportContent.h"

#include <QByteArray>
#include <QStringList>

namespace sgl::storage {
class Database;
}

namespace sgl::workflow::report {

/**
 * Receives a subcontracting lab's report for a dossier (file or MSSanté attachment): a CR-BIO
 * CDA is checked (CR-BIO, same patient as the dossier, something importable) by
 * SubcontractorCdaReader, a PDF by its signature; it is then stored as received with its hash.
 * Its results are merged into the dossier's next report by ReportAssembler. On any refusal
 * nothing is stored and the reason is returned (French).
 */
class ImportSubcontractorResults {
public:
    struct Summary {
        qint64 receivedDocumentId = 0;
        int observations = 0;      ///< results that will be merged (0 for a PDF)
        QStringList skipped;       ///< results kept only in the PDF
        QString producer;
    };

    explicit ImportSubcontractorResults(storage::Database &db) : m_db(db) {}

    [[nodiscard]] domain::Result<Summary> importCda(qint64 dossierId, const QByteArray &cda,
                                                    const domain::AuditActor &actor);
    [[nodiscard]] domain::Result<Summary> importPdf(qint64 dossierId, const QByteArray &pdf,
                                                    const domain::Organisation &producer,
                                                    const domain::AuditActor &actor);

private:
    storage::Database &m_db;
};

} // namespace sgl::workflow::report
