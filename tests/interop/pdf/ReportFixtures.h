#pragma once

#include "domain/report/ReportContent.h"
#include "interop/pdf/PdfLayoutOptions.h"

namespace sgl::interop::pdf::testing {

/** A complete letterhead (synthetic lab). */
PdfLayoutOptions layoutOptions();
/** Ada LOVELACE, qualified, INS-NIR test OID, birth in Paris 1815 (synthetic). */
domain::Patient qualifiedPatient();
/**
 * A report with `observationCount` results spread over Hématologie, Biochimie and Sérologie,
 * with flags, ranges, previous results, comments, one subcontracted result and a prescriber.
 */
domain::ReportContent report(int observationCount = 12);

} // namespace sgl::interop::pdf::testing
