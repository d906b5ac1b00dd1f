#include "domain/identity/IdentityTraits.h"

namespace sgl::domain {

bool IdentityTraits::strictTraitsDiffer(const IdentityTraits &other) const
{
    return birthName != other.birthName || firstBirthName != other.firstBirthName
        || birthFirstNames != other.birthFirstNames || birthDate != other.birthDate
        || birthDateRaw != other.birthDateRaw || sex != other.sex
        || birthPlaceCog != other.birthPlaceCog;
}

} // namespace sgl::domain
