#pragma once

#include "domain/Error.h"
#include "domain/report/ReportVersion.h"
#include "domain/security/UserSession.h"
#include "storage/Transaction.h"

#include <QString>

#include <functional>

namespace sgl::workflow::validation {

/** The biologist's choices for the report version a validation issues. */
struct ReportOptions {
    QString amendmentReason;   ///< why a new version replaces the issued one; defaults to the last correction reason
};

/** What validation asks the report module to issue, in the validation's transaction. */
struct ReportOrder {
    qint64 dossierId = 0;
    bool partial = false;      ///< results of the dossier remain to validate
    ReportOptions options;
};

/**
 * How validation issues a report version inside its own transaction. `issue` builds and stores
 * the version (CDA N3/N1, PDF, outbox rows) in `tx` or returns the report's own refusal (French
 * messages), which makes the validation roll back. The product wires report::IssueReportVersion
 * (ValidationReport::standard); tests may wire a failing one.
 */
struct ReportServices {
    using Issue = std::function<domain::Result<domain::ReportVersion>(storage::WriteTx &, const domain::UserSession &,
                                                                      const ReportOrder &)>;
    Issue issue;
};

} // namespace sgl::workflow::validation
