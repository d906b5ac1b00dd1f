#pragma once

#include "domain/Sex.h"

#include <QDate>
#include <QString>
#include <QStringList>

namespace sgl::domain {

/**
 * The strict identity traits of the INS referential plus the used (extended) traits.
 * Editing a strict trait of a qualified identity downgrades it (RNIV).
 */
struct IdentityTraits {
    // Strict traits
    QString birthName;          ///< nom de naissance, upper case without diacritics as in INSi
    QString firstBirthName;     ///< premier prénom de naissance
    QStringList birthFirstNames;///< liste des prénoms de naissance, in order
    QDate birthDate;            ///< may be partial in INSi ("00"); invalid QDate when unknown
    QString birthDateRaw;       ///< YYYY-MM-DD as received, keeps "00" parts of partial dates
    Sex sex = Sex::Unknown;
    QString birthPlaceCog;      ///< INSEE/COG commune code, or 99xxx for a country; may be empty
    // Used traits
    QString usedName;           ///< nom utilisé
    QString usedFirstName;      ///< prénom utilisé

    /** True when any strict trait differs (used traits are ignored). */
    [[nodiscard]] bool strictTraitsDiffer(const IdentityTraits &other) const;
    friend bool operator==(const IdentityTraits &, const IdentityTraits &) = default;
};

} // namespace sgl::domain
