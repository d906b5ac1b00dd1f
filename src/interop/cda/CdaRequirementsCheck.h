#pragma once

#include "domain/Error.h"
#include "domain/report/ReportContent.h"
#include "interop/cda/CdaHeaderWriter.h"

#include <QStringList>

namespace sgl::interop::cda {

/**
 * Lists, in French, every piece of data a CR-BIO document needs and the content lacks (RPPS of
 * the validating biologist, LOINC of an analysis, FINESS of the lab, INS traits of a qualified
 * identity, the PDF copy...). Writers run it first and write nothing when the list is not empty,
 * so no partial document can ever be produced or stored.
 */
class CdaRequirementsCheck {
public:
    /** Empty when the content can be written at this level. */
    [[nodiscard]] static QStringList missing(const domain::ReportContent &content, CdaLevel level);
    /** Error "cda.missing_data" whose message lists every missing item, one per line. */
    [[nodiscard]] static domain::Status check(const domain::ReportContent &content, CdaLevel level);
};

} // namespace sgl::interop::cda
