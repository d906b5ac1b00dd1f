#pragma once

#include "domain/Error.h"
#include "domain/identity/IdentityTraits.h"

#include <QDate>

namespace sgl::domain {

/**
 * Checks and normalises traits typed at the desk before they are stored.
 *
 * Names are put in the INS form (NameNormaliser::forInsi); a name holding digits or other
 * symbols is refused rather than silently cleaned. Rules and error codes (location = field):
 * - "identity.birth_name_required" / "identity.first_name_required" (birthName / firstBirthName)
 * - "identity.invalid_characters" (any name field with digits or symbols)
 * - "identity.first_names_mismatch": birthFirstNames given but not starting with firstBirthName
 *   (filled with firstBirthName when empty)
 * - "identity.birth_date": missing, in the future or before 1880; a partial date
 *   ("1950-00-00", as INSi may return) is accepted in birthDateRaw with an invalid birthDate
 * - "identity.birth_place": COG not 5 characters (digits, 2A/2B + 3 digits, or 99 + country)
 */
class IdentityTraitsValidator
{
public:
    [[nodiscard]] static Result<IdentityTraits> normalise(const IdentityTraits &input,
                                                          QDate today = QDate::currentDate());
};

} // namespace sgl::domain
