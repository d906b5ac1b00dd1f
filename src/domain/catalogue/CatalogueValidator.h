#pragma once

#include "domain/catalogue/Catalogue.h"
#include "domain/catalogue/LoincSubset.h"
#include "domain/catalogue/UcumUnit.h"
#include "domain/Error.h"

#include <QList>

namespace sgl::domain {

/**
 * Every rule a catalogue must satisfy before it is stored, shared by the admin editors and the
 * imports so both refuse the same things.
 *
 * Errors (refuse): "catalogue.duplicate_code", "catalogue.missing_field", "catalogue.unknown_reference",
 * "loinc.*" (syntax, check digit), "ucum.*" (syntax, unknown to the ANS kit),
 * "catalogue.range_overlap", "catalogue.range_order", "catalogue.range_sex", "catalogue.decimals",
 * "catalogue.second_unit", "catalogue.value_list", "formula.*", "catalogue.formula_cycle",
 * "catalogue.retired_reference" (an active exam listing, or an active formula using, a retired
 * analysis), "catalogue.unknown_container", "catalogue.unknown_question" (codes not built in),
 * "catalogue.container_calculated" (a calculated analysis naming a tube), "catalogue.delta_rule"
 * (a delta rule without threshold, with a threshold or window not positive, or on a non-numeric
 * analysis; location "analyse X, delta_absolute|delta_relative|delta_window_days"), an unknown bench
 * ("catalogue.unknown_reference"), and the reflex rule errors of ReflexRuleValidator.
 * Warnings (flag only): "loinc.unverified" (valid code outside the shipped subset),
 * "loinc.missing" (no LOINC yet: CR-BIO N3 cannot carry the result).
 * Every problem's `location` names the item ("analyse GLU", "analyse GLU, plage F 18y-∞").
 */
class CatalogueValidator
{
public:
    struct Report {
        QList<Error> errors;
        QList<Error> warnings;
        [[nodiscard]] bool ok() const { return errors.isEmpty(); }
    };

    CatalogueValidator(UcumKnownUnits units, LoincSubset loinc)
        : m_units(std::move(units)), m_loinc(std::move(loinc)) {}

    /** Rules on one analysis alone; `where` prefixes locations (e.g. "ligne 12"). */
    [[nodiscard]] Report validateAnalysis(const Analysis &analysis, const QString &where = {}) const;
    /** Non-overlap per sex of age brackets, ordering of limits. */
    [[nodiscard]] static QList<Error> validateRanges(const QList<ReferenceRange> &ranges,
                                                     const QString &where);
    /** Whole catalogue: per-analysis rules + validateStructure(). */
    [[nodiscard]] Report validate(const Catalogue &catalogue) const;
    /** Uniqueness of codes, chapter/exam/formula references, formula cycles, chapter LOINC, retired references, reflex rules. */
    [[nodiscard]] static Report validateStructure(const Catalogue &catalogue);

    [[nodiscard]] const LoincSubset &loinc() const { return m_loinc; }
    [[nodiscard]] const UcumKnownUnits &units() const { return m_units; }

private:
    UcumKnownUnits m_units;
    LoincSubset m_loinc;
};

} // namespace sgl::domain
