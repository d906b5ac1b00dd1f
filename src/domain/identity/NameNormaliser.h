#pragma once

#include <QString>

namespace sgl::domain {

/**
 * Normalisation of names as the INS referential writes them, and for comparison/search.
 *
 * - forInsi(): upper case, diacritics removed (É -> E, Ç -> C), ligatures expanded
 *   (Œ -> OE, Æ -> AE, ß -> SS), apostrophes unified to "'", runs of spaces collapsed, trimmed;
 *   letters, space, hyphen and apostrophe kept, any other character removed.
 * - forComparison(): forInsi() then hyphens and apostrophes become spaces and spaces collapse:
 *   "Dupont-Martin" and "DUPONT MARTIN" compare equal; used to compare local and INSi traits.
 * - compact(): forComparison() without spaces ("LE GALL" == "LEGALL"), the input of PhoneticKey.
 */
class NameNormaliser
{
public:
    [[nodiscard]] static QString forInsi(const QString &name);
    [[nodiscard]] static QString forComparison(const QString &name);
    [[nodiscard]] static QString compact(const QString &name);
};

} // namespace sgl::domain
