#pragma once

#include "domain/report/ReportContent.h"

#include <QStringList>

#include <optional>

namespace sgl::interop::cda {

/** What a subcontractor's CR-BIO gives us once read and checked (SubcontractorCdaReader). */
struct SubcontractorReport {
    QString documentId;                 ///< id of the received document (root or root^extension)
    domain::Organisation producer;      ///< the subcontracting lab (custodian)
    QList<domain::ReportChapter> chapters; ///< mapped results; each observation has its performer
    QStringList skipped;                ///< results not mapped (no LOINC...), in French, for the user
    std::optional<domain::EmbeddedDocument> pdf; ///< PDF copy (N3) or body (N1), embedded as is
    int observationCount = 0;
};

} // namespace sgl::interop::cda
