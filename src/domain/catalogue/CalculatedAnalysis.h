#pragma once

#include "domain/catalogue/Analysis.h"
#include "domain/Error.h"
#include "domain/Sex.h"

#include <QDate>
#include <QHash>

namespace sgl::domain {

/**
 * Computes a calculated analysis (eGFR, LDL...) from the other results of the same dossier.
 *
 * `values` maps local codes to numeric results in each analysis' catalogue unit. The patient
 * context is added as AGE (completed years at collection, only when birth and collection dates
 * are known) and FEMALE (1/0, only for a known sex): a formula that needs them is then "not
 * computable" (formula.missing_value) rather than computed on a guess. The value is rounded to
 * the analysis' decimals when set. Errors: those of Formula, plus "formula.not_calculated" when
 * the analysis has no formula.
 */
class CalculatedAnalysis
{
public:
    [[nodiscard]] static Result<double> evaluate(const Analysis &analysis, QHash<QString, double> values, Sex sex,
                                                 QDate birthDate, QDate collectionDate);
};

} // namespace sgl::domain
