#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace sgl::domain {

/**
 * An age bracket limit in completed days, months or years ("30d", "6m", "18y").
 * The age of a patient is compared in the limit's own unit, in completed units at the
 * collection date, so a patient whose 18th birthday is the collection day is 18y old.
 */
struct AgeLimit {
    enum class Unit { Days, Months, Years };
    int value = 0;
    Unit unit = Unit::Years;

    /** Parses "30d", "6m", "18y" (also "j"/"a" for French jour/an); nullopt otherwise. */
    [[nodiscard]] static std::optional<AgeLimit> parse(const QString &text);
    [[nodiscard]] QString toString() const;
    /** Completed units of age at `at` for someone born on `birth` (negative if born after). */
    [[nodiscard]] static int completed(Unit unit, QDate birth, QDate at);
    /** Approximate length in days (for ordering brackets of mixed units in validation). */
    [[nodiscard]] double approximateDays() const;
    friend bool operator==(const AgeLimit &, const AgeLimit &) = default;
};

} // namespace sgl::domain
