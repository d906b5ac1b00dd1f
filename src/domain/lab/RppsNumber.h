#pragma once

#include <QString>

namespace sgl::domain {

/**
 * The RPPS number of a health professional: 11 digits, the last one a Luhn check digit over the
 * first ten. A wrong key is a warning at entry, not a refusal: some prescribers (students,
 * professionals registered elsewhere) have none or only an ADELI number.
 */
class RppsNumber {
public:
    enum class Check { Valid, WrongLength, NotDigits, WrongKey };

    [[nodiscard]] static Check check(const QString &rpps);
    /** The Luhn key of ten digits (0-9), or -1 when `tenDigits` is not ten digits. */
    [[nodiscard]] static int luhnKey(const QString &tenDigits);
};

} // namespace sgl::domain
