#pragma once

#include "domain/report/ReportContent.h"
#include "interop/cda/SubcontractorReport.h"

namespace sgl::interop::cda {

/**
 * Merges a subcontractor's results into our report: its batteries join our chapter with the
 * same LOINC code (or a new chapter), each observation keeping its performer (rendered as
 * the entry performer FR-Laboratoire-executant), and the received PDF is attached (second-line
 * results section) so that what was not mapped is still delivered.
 */
class SubcontractorMerge {
public:
    static void merge(domain::ReportContent &into, const SubcontractorReport &from);
};

} // namespace sgl::interop::cda
