#include "domain/autoval/Applicability.h"

#include "domain/Tr.h"

#include <limits>

namespace sgl::domain::autoval {

namespace {

bool containsCi(const QStringList &list, const QString &value)
{
    return list.contains(value, Qt::CaseInsensitive);
}

QString ageFr(const AgeLimit &a)
{
    switch (a.unit) {
    case AgeLimit::Unit::Days:
        return Tr::tr("%1 j").arg(a.value);
    case AgeLimit::Unit::Months:
        return Tr::tr("%1 mois").arg(a.value);
    case AgeLimit::Unit::Years:
        return Tr::tr("%1 ans").arg(a.value);
    }
    return {};
}

} // namespace

bool Applicability::matches(std::optional<Sex> patientSex, QDate birthDate, QDate collectionDate,
                            const QString &origin, const QString &ward) const
{
    if (sex && (!patientSex || *patientSex != *sex))
        return false;
    if (ageMin || ageMax) {
        if (!birthDate.isValid() || !collectionDate.isValid())
            return false;
        if (ageMin && AgeLimit::completed(ageMin->unit, birthDate, collectionDate) < ageMin->value)
            return false;
        if (ageMax && AgeLimit::completed(ageMax->unit, birthDate, collectionDate) >= ageMax->value)
            return false;
    }
    if (!origins.isEmpty() && !containsCi(origins, origin))
        return false;
    if (!wards.isEmpty() && origin.compare(QStringLiteral("ward"), Qt::CaseInsensitive) == 0
        && !containsCi(wards, ward))
        return false;
    return true;
}

bool Applicability::overlaps(const Applicability &other) const
{
    if (sex && other.sex && *sex != *other.sex)
        return false;
    // Age brackets in days (approximate across units, exact within one unit).
    const double lo1 = ageMin ? ageMin->approximateDays() : 0;
    const double lo2 = other.ageMin ? other.ageMin->approximateDays() : 0;
    const double hi1 = ageMax ? ageMax->approximateDays() : std::numeric_limits<double>::infinity();
    const double hi2 = other.ageMax ? other.ageMax->approximateDays() : std::numeric_limits<double>::infinity();
    if (std::max(lo1, lo2) >= std::min(hi1, hi2))
        return false;
    if (!origins.isEmpty() && !other.origins.isEmpty()) {
        bool common = false;
        for (const QString &o : origins)
            common = common || containsCi(other.origins, o);
        if (!common)
            return false;
        // Both restricted to wards with no ward in common: disjoint only when "ward" is the
        // only shared origin.
        if (!wards.isEmpty() && !other.wards.isEmpty()) {
            bool commonWard = false;
            for (const QString &w : wards)
                commonWard = commonWard || containsCi(other.wards, w);
            const bool onlyWard = [&] {
                for (const QString &o : origins)
                    if (containsCi(other.origins, o) && o.compare(QStringLiteral("ward"), Qt::CaseInsensitive) != 0)
                        return false;
                return true;
            }();
            if (!commonWard && onlyWard)
                return false;
        }
    }
    return true;
}

QString Applicability::displayFr() const
{
    QStringList parts;
    if (sex)
        parts << (*sex == Sex::Female ? Tr::tr("femmes") : Tr::tr("hommes"));
    if (ageMin && ageMax)
        parts << Tr::tr("de %1 à moins de %2").arg(ageFr(*ageMin), ageFr(*ageMax));
    else if (ageMin)
        parts << Tr::tr("%1 et plus").arg(ageFr(*ageMin));
    else if (ageMax)
        parts << Tr::tr("moins de %1").arg(ageFr(*ageMax));
    if (!origins.isEmpty()) {
        QStringList names;
        for (const QString &o : origins)
            names << (o.compare(QStringLiteral("ward"), Qt::CaseInsensitive) == 0 ? Tr::tr("services")
                                                                                     : Tr::tr("externes"));
        parts << Tr::tr("origine : %1").arg(names.join(QStringLiteral(", ")));
    }
    if (!wards.isEmpty())
        parts << Tr::tr("services : %1").arg(wards.join(QStringLiteral(", ")));
    return parts.join(QStringLiteral(", "));
}

} // namespace sgl::domain::autoval
