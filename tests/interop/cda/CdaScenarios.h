#pragma once

#include "domain/report/ReportContent.h"

#include <QList>
#include <QString>

namespace sgl::test {

struct CdaScenario {
    QString name;
    domain::ReportContent content;
};

/**
 * The conformance scenarios of the CR-BIO generator: NIR and NIA patients, non-qualified
 * identity, numeric/coded/text results, two units, out-of-range and critical flags, comments,
 * partial, amended, subcontracted, cancelled and censored results, a 40-result report.
 */
QList<CdaScenario> cdaScenarios();

} // namespace sgl::test
