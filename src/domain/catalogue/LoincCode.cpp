#include "domain/catalogue/LoincCode.h"

#include "domain/ErrorCodes.h"
#include "domain/Tr.h"


namespace sgl::domain {

int LoincCode::checkDigit(const QString &body)
{
    if (body.isEmpty() || body.size() > 7)
        return -1;
    // Luhn (mod 10) as LOINC defines it: from the rightmost digit, double every other digit
    // starting with the rightmost one, add the digits of the products, and complete to a ten.
    int sum = 0;
    bool doubleIt = true;
    for (qsizetype i = body.size() - 1; i >= 0; --i) {
        const QChar c = body.at(i);
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return -1;
        int d = c.unicode() - '0';
        if (doubleIt) {
            d *= 2;
            if (d > 9)
                d -= 9;
        }
        sum += d;
        doubleIt = !doubleIt;
    }
    return (10 - sum % 10) % 10;
}

Result<LoincCode> LoincCode::parse(const QString &text, const QString &location)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return fail(errc::LoincEmpty,
                    Tr::tr("Code LOINC vide."), location);
    const qsizetype dash = t.indexOf(QLatin1Char('-'));
    const bool shapeOk = dash >= 1 && dash <= 7 && dash == t.size() - 2;
    const int expected = shapeOk ? checkDigit(t.left(dash)) : -1;
    const QChar last = t.back();
    if (!shapeOk || expected < 0 || last < QLatin1Char('0') || last > QLatin1Char('9'))
        return fail(errc::LoincSyntax,
                    Tr::tr("Code LOINC « %1 » mal formé (attendu : 1 à 7 chiffres, un "
                                     "tiret, un chiffre de contrôle, p. ex. 2345-7).")
                        .arg(t),
                    location);
    if (last.unicode() - '0' != expected)
        return fail(errc::LoincCheckDigit,
                    Tr::tr("Code LOINC « %1 » : chiffre de contrôle faux (attendu %2).")
                        .arg(t)
                        .arg(expected),
                    location);
    return LoincCode(t);
}

bool LoincCode::isValid(const QString &text)
{
    return parse(text).has_value();
}

} // namespace sgl::domain
