#include "domain/lab/RppsNumber.h"

namespace sgl::domain {

int RppsNumber::luhnKey(const QString &tenDigits)
{
    if (tenDigits.size() != 10)
        return -1;
    int sum = 0;
    // Luhn: from the right of the payload, every second digit (starting with the rightmost) doubled.
    for (int i = 0; i < 10; ++i) {
        const QChar c = tenDigits[9 - i];
        if (!c.isDigit() || c.unicode() > u'9')
            return -1;
        int d = c.digitValue();
        if (i % 2 == 0) {
            d *= 2;
            if (d > 9)
                d -= 9;
        }
        sum += d;
    }
    return (10 - sum % 10) % 10;
}

RppsNumber::Check RppsNumber::check(const QString &rpps)
{
    if (rpps.size() != 11)
        return Check::WrongLength;
    for (QChar c : rpps)
        if (c < u'0' || c > u'9')
            return Check::NotDigits;
    return luhnKey(rpps.left(10)) == rpps[10].digitValue() ? Check::Valid : Check::WrongKey;
}

} // namespace sgl::domain
