#include "domain/catalogue/RangeResolver.h"

namespace sgl::domain {

std::optional<ReferenceRange> RangeResolver::resolve(const QList<ReferenceRange> &ranges, Sex sex,
                                                     QDate birthDate, QDate collectionDate)
{
    const bool ageKnown = birthDate.isValid() && collectionDate.isValid()
                          && birthDate <= collectionDate;
    auto ageMatches = [&](const ReferenceRange &r) {
        if (ageKnown)
            return r.containsAge(birthDate, collectionDate);
        return r.ageMin.value == 0 && !r.ageMax;
    };
    std::optional<ReferenceRange> anySex;
    for (const ReferenceRange &r : ranges) {
        if (!ageMatches(r))
            continue;
        if (r.sex && sex != Sex::Unknown && *r.sex == sex)
            return r;
        if (!r.sex && !anySex)
            anySex = r;
    }
    return anySex;
}

} // namespace sgl::domain
