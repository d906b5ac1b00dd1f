#include "domain/catalogue/CalculatedAnalysis.h"

#include "domain/catalogue/AgeLimit.h"
#include "domain/catalogue/Formula.h"
#include "domain/ErrorCodes.h"
#include "domain/Tr.h"

#include <cmath>

namespace sgl::domain {

Result<double> CalculatedAnalysis::evaluate(const Analysis &analysis, QHash<QString, double> values, Sex sex,
                                            QDate birthDate, QDate collectionDate)
{
    if (!analysis.isCalculated())
        return fail(errc::FormulaNotCalculated,
                    Tr::tr("L'analyse %1 n'est pas calculée.")
                        .arg(analysis.localCode));
    auto formula = Formula::parse(analysis.formula, QStringLiteral("analyse %1, formula").arg(analysis.localCode));
    if (!formula)
        return std::unexpected(formula.error());
    values.remove(QStringLiteral("AGE"));
    values.remove(QStringLiteral("FEMALE"));
    if (birthDate.isValid() && collectionDate.isValid() && birthDate <= collectionDate)
        values.insert(QStringLiteral("AGE"), AgeLimit::completed(AgeLimit::Unit::Years, birthDate, collectionDate));
    if (sex == Sex::Female || sex == Sex::Male)
        values.insert(QStringLiteral("FEMALE"), sex == Sex::Female ? 1.0 : 0.0);
    auto v = formula->evaluate(values);
    if (!v || analysis.decimals < 0)
        return v;
    const double scale = std::pow(10.0, analysis.decimals);
    return std::round(*v * scale) / scale;
}

} // namespace sgl::domain
