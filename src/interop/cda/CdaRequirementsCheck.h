#pragma once

#include "domain/Error.h"
#include "domain/report/ReportContent.h"
#include "domain/report/ReportRequirement.h"
#include "interop/cda/CdaHeaderWriter.h"

#include <QList>

#include <optional>

namespace sgl::interop::cda {

/**
 * Lists every piece of data a CR-BIO document needs and the content lacks (RPPS of the
 * validating biologist, LOINC of an analysis, FINESS of the lab, INS traits of a qualified
 * identity, the PDF copy...), each item with its stable code (domain/ErrorCodes.h,
 * `report.missing_rpps`...) and its French message. The N3 list contains the N1 one (N1 only
 * skips the structured body), so one N3 check covers both documents of a build.
 *
 * The writers' safe entries (CdaN3Writer::write, CdaN1Writer::write) run it first and write
 * nothing when the list is not empty; a caller that already ran it on the very content it
 * writes (workflow BuildReport) uses their pre-checked entries instead, so a build checks once.
 */
class CdaRequirementsCheck {
public:
    /** Empty when the content can be written at this level. */
    [[nodiscard]] static QList<domain::ReportRequirement> missing(const domain::ReportContent &content, CdaLevel level);
    /** The PDF-copy item alone (report.missing_pdf_copy) when content.pdfCopy is not a PDF. */
    [[nodiscard]] static std::optional<domain::ReportRequirement> pdfCopy(const domain::ReportContent &content);
    /** Error "cda.missing_data" whose message lists every item, one per line ("\n- "). */
    [[nodiscard]] static domain::Error refusal(const QList<domain::ReportRequirement> &items);
    /** missing() then refusal() when something is missing. */
    [[nodiscard]] static domain::Status check(const domain::ReportContent &content, CdaLevel level);
    /**
     * How many times missing() ran in this process (thread-safe, monotonic): lets tests show
     * that one report build checks the content once.
     */
    [[nodiscard]] static quint64 evaluations();
};

} // namespace sgl::interop::cda
