#pragma once

#include "domain/catalogue/ReferenceRange.h"
#include "domain/Sex.h"

#include <QDate>
#include <QList>

#include <optional>

namespace sgl::domain {

/**
 * Picks the reference range that applies to a patient at collection.
 *
 * Rules: the age is taken in completed units on the collection date (brackets are
 * [min, max)). A range for the patient's own sex wins over an any-sex range. With an unknown
 * sex (or Sex::Unknown) only any-sex ranges apply: printing a male or female range for a
 * patient of unknown sex would be a guess, so nullopt is returned instead. Unknown birth date:
 * only a range whose bracket is the whole life (0d, open) applies.
 */
class RangeResolver
{
public:
    [[nodiscard]] static std::optional<ReferenceRange>
    resolve(const QList<ReferenceRange> &ranges, Sex sex, QDate birthDate, QDate collectionDate);
};

} // namespace sgl::domain
