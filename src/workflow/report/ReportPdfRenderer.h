#pragma once

#include "workflow/report/BuildReport.h"
#include "workflow/report/LabSettings.h"

namespace sgl::workflow::report {

/**
 * The product's PDF renderer for BuildReport: interop/pdf PdfReportWriter (PDF/A-1b with the
 * INS DataMatrix) with the lab's letterhead from LabSettings. The writer is created per call
 * (it is not thread-safe) and its letterhead check runs first, so an unconfigured lab gets
 * the list of missing letterhead fields.
 */
class ReportPdfRenderer {
public:
    [[nodiscard]] static BuildReport::PdfRenderer make(const LabSettings &settings);
};

} // namespace sgl::workflow::report
