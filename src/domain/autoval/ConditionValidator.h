#pragma once

#include "domain/Error.h"
#include "domain/autoval/Rule.h"
#include "domain/catalogue/Catalogue.h"

#include <QList>
#include <QString>

namespace sgl::domain::autoval {

/**
 * The problems of one rule's condition and scope against the catalogue (internal to
 * RuleSetValidator, which documents the codes). `where` is "règle <ID>", completed with the field.
 */
class ConditionValidator {
public:
    [[nodiscard]] static QList<Error> problems(const Rule &rule, const QString &where, const Catalogue &catalogue);
    /** The analyses a rule concerns, exam expanded through the catalogue (unknown codes kept). */
    [[nodiscard]] static QStringList scope(const Rule &rule, const Catalogue &catalogue);
    /** The factor f with value in `unit` × f = value in the analysis unit; nullopt when `unit` is not one the
     *  analysis uses (its unit or its second unit). */
    [[nodiscard]] static std::optional<double> toAnalysisUnit(const Analysis &analysis, const QString &unit);
};

} // namespace sgl::domain::autoval
