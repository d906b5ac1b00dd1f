#pragma once

#include "domain/Error.h"

#include <QString>

#include <optional>

namespace sgl::domain {

/**
 * Control key of a 13-character NIR/NIA matricule: 97 - (n mod 97), where n is the matricule
 * read as a number. Corsica: "2A" is read as 19 and "2B" as 18 (equivalently: 20, minus
 * 1 000 000 or 2 000 000).
 *
 * Error codes: "ins.matricule_format" (not 13 characters of the form \d{5}[0-9AB]\d{7} with
 * 2A/2B only at positions 6-7), "ins.key_format" (key not 2 digits),
 * "ins.nir_key_mismatch" (key does not match; message gives the expected key).
 */
class NirKey
{
public:
    /** The expected key (1..97) or nullopt when the matricule is malformed. */
    [[nodiscard]] static std::optional<int> compute(const QString &matricule);
    /** Checks format and key of matricule + key ("1090763220834", "89"). */
    [[nodiscard]] static Status check(const QString &matricule, const QString &key);
    /** Two-digit text form of compute(): "05", "97". Empty for a malformed matricule. */
    [[nodiscard]] static QString computeText(const QString &matricule);
};

} // namespace sgl::domain
