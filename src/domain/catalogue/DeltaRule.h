#pragma once

#include "domain/Error.h"

#include <QList>
#include <QString>

#include <optional>

namespace sgl::domain {

/**
 * Delta-check thresholds of one numeric analysis, set in the catalogue: the change from the
 * patient's previous result (the most recent one observed within `windowDays` days before the
 * current one) that deserves the biologist's attention.
 *
 * Contract: at least one threshold is set; each set threshold is > 0; `windowDays` > 0.
 * `absolute` is in the analysis unit (Analysis::unit); `relativePercent` is a percentage of the
 * previous value. A check alerts when ANY set threshold is reached (|change| >= threshold);
 * see DeltaCheck. The rule is part of the analysis definition: changing it gives a new version.
 */
struct DeltaRule {
    std::optional<double> absolute;         ///< absolute change, in the analysis unit
    std::optional<double> relativePercent;  ///< relative change, % of the previous value
    int windowDays = 0;                     ///< previous results older than this are ignored

    /**
     * Every broken constraint as a "catalogue.delta_rule" error; `location` names the
     * analysis and is completed with the field ("analyse GLU, delta_relative"). Exchange-format
     * field names: delta_absolute, delta_relative, delta_window_days.
     */
    [[nodiscard]] QList<Error> problems(const QString &location) const;
    [[nodiscard]] bool isValid() const { return problems({}).isEmpty(); }
    /** "Δ ≥ 1,5 ou ≥ 30 % en 30 jours" for screens (French, decimal comma). */
    [[nodiscard]] QString displayFr(const QString &unit = {}) const;

    friend bool operator==(const DeltaRule &, const DeltaRule &) = default;
};

} // namespace sgl::domain
