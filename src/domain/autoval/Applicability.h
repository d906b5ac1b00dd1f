#pragma once

#include "domain/Sex.h"
#include "domain/catalogue/AgeLimit.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>

namespace sgl::domain::autoval {

/**
 * Which patients and requests a rule applies to; every field left empty means "any".
 * Age is compared in completed units at the collection date (AgeLimit): ageMin inclusive,
 * ageMax exclusive. `origins` holds Dossier origin codes ("external", "ward"); `wards` the ward
 * names (exact, case-insensitive) and only restricts requests whose origin is a ward.
 */
struct Applicability {
    std::optional<Sex> sex;      ///< Female or Male; never Unknown
    std::optional<AgeLimit> ageMin;
    std::optional<AgeLimit> ageMax;
    QStringList origins;
    QStringList wards;

    [[nodiscard]] bool isEmpty() const
    {
        return !sex && !ageMin && !ageMax && origins.isEmpty() && wards.isEmpty();
    }
    /** True when a patient/request so described is concerned. An unknown sex (or birth date)
     *  matches only rules without sex (age) condition. */
    [[nodiscard]] bool matches(std::optional<Sex> patientSex, QDate birthDate, QDate collectionDate,
                               const QString &origin, const QString &ward) const;
    /** True when some patient could match both (used to find contradictory rules). */
    [[nodiscard]] bool overlaps(const Applicability &other) const;
    /** "femmes, 18 ans et plus, services : URG" — empty text when isEmpty(). */
    [[nodiscard]] QString displayFr() const;
    friend bool operator==(const Applicability &, const Applicability &) = default;
};

} // namespace sgl::domain::autoval
