#pragma once

#include "domain/catalogue/AgeLimit.h"
#include "domain/Sex.h"

#include <QString>

#include <optional>

namespace sgl::domain {

/**
 * The ranges of one analysis for one sex and age bracket [ageMin, ageMax) (ageMax open when
 * absent). Three kinds (OpenELIS model): normal (printed, flags L/H), critical (flags LL/HH,
 * acknowledgement required) and valid (physiologically possible; outside = entry error).
 * Values are in the analysis' UCUM unit. `text` is the expected value of a coded/text result
 * ("Négatif").
 */
struct ReferenceRange {
    std::optional<Sex> sex;   ///< nullopt: any sex
    AgeLimit ageMin{0, AgeLimit::Unit::Days};
    std::optional<AgeLimit> ageMax;
    std::optional<double> low;
    std::optional<double> high;
    std::optional<double> criticalLow;
    std::optional<double> criticalHigh;
    std::optional<double> validLow;
    std::optional<double> validHigh;
    QString text;

    /** True when a patient aged as given (completed units at collection) is in the bracket. */
    [[nodiscard]] bool containsAge(QDate birth, QDate collection) const;
    /** "F 18y-65y" style label for messages. */
    [[nodiscard]] QString bracketLabel() const;
    friend bool operator==(const ReferenceRange &, const ReferenceRange &) = default;
};

} // namespace sgl::domain
