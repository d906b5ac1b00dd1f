#include "domain/catalogue/ReferenceRange.h"

namespace sgl::domain {

bool ReferenceRange::containsAge(QDate birth, QDate collection) const
{
    if (AgeLimit::completed(ageMin.unit, birth, collection) < ageMin.value)
        return false;
    return !ageMax || AgeLimit::completed(ageMax->unit, birth, collection) < ageMax->value;
}

QString ReferenceRange::bracketLabel() const
{
    const QString s = sex ? sexCode(*sex) : QStringLiteral("*");
    return QStringLiteral("%1 %2-%3").arg(s, ageMin.toString(),
                                          ageMax ? ageMax->toString() : QStringLiteral("∞"));
}

} // namespace sgl::domain
