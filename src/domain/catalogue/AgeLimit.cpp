#include "domain/catalogue/AgeLimit.h"

namespace sgl::domain {

std::optional<AgeLimit> AgeLimit::parse(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t.size() < 2)
        return std::nullopt;
    const QChar u = t.back();
    bool ok = false;
    const int v = t.left(t.size() - 1).toInt(&ok);
    if (!ok || v < 0 || v > 200 * 366)
        return std::nullopt;
    for (QChar c : t.left(t.size() - 1))
        if (!c.isDigit())
            return std::nullopt;
    if (u == QLatin1Char('d') || u == QLatin1Char('j'))
        return AgeLimit{v, Unit::Days};
    if (u == QLatin1Char('m'))
        return AgeLimit{v, Unit::Months};
    if (u == QLatin1Char('y') || u == QLatin1Char('a'))
        return AgeLimit{v, Unit::Years};
    return std::nullopt;
}

QString AgeLimit::toString() const
{
    const char u = unit == Unit::Days ? 'd' : unit == Unit::Months ? 'm' : 'y';
    return QString::number(value) + QLatin1Char(u);
}

int AgeLimit::completed(Unit unit, QDate birth, QDate at)
{
    if (unit == Unit::Days)
        return int(birth.daysTo(at));
    int months = (at.year() - birth.year()) * 12 + (at.month() - birth.month());
    // A month is completed on the same day-of-month; someone born on the 31st completes a
    // month on the last day of a shorter month.
    const int dayNeeded = std::min(birth.day(), at.daysInMonth());
    if (at.day() < dayNeeded)
        --months;
    return unit == Unit::Months ? months : (months >= 0 ? months / 12 : -((-months + 11) / 12));
}

double AgeLimit::approximateDays() const
{
    switch (unit) {
    case Unit::Days:
        return value;
    case Unit::Months:
        return value * 30.436875;
    case Unit::Years:
        break;
    }
    return value * 365.2425;
}

} // namespace sgl::domain
