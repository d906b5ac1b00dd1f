#pragma once

#include "domain/Error.h"
#include "domain/autoval/RuleSet.h"
#include "domain/catalogue/Catalogue.h"

#include <QList>

namespace sgl::domain::autoval {

/**
 * What makes a rule set unsavable, against the catalogue it will be used with. Each error's
 * `location` names the rule and field ("règle K.LIMITES, condition.unit"), its message says what
 * is wrong in French. Codes (src/domain/ErrorCodes.h):
 * - autoval.missing_field: empty id, label, or scope (no analysis and no exam where needed).
 * - autoval.bad_rule_id: id outside A-Z 0-9 . _ - or over 40 characters; autoval.duplicate_rule.
 * - autoval.unknown_analysis / autoval.unknown_exam: not in the catalogue.
 * - autoval.retired_analysis: an analysis (or exam) that is retired.
 * - autoval.not_numeric: a numeric condition on a coded/text analysis (or codes on a numeric one).
 * - autoval.unit_mismatch: a threshold unit that is neither the analysis unit nor its second unit.
 * - autoval.bad_threshold: low > high, negative or zero where a positive value is needed, no
 *   threshold in a delta, window <= 0, ratio minimum > maximum, ageMin >= ageMax, sex "U".
 * - autoval.unknown_rule: a waiver naming a rule id absent from the set.
 * - autoval.circular_rules: the waiver graph has a cycle (a rule waiving itself, or A waives B …
 *   waives A): the result would depend on evaluation order. A waiver naming another waiver
 *   (which never holds) is also refused with this code: such a chain is what a cycle is made of.
 * - autoval.contradictory_rules: (1) two enabled limits rules on the same analysis whose
 *   applicabilities overlap and whose intervals are disjoint (no value can ever pass them both);
 *   (2) limits that let through a value the catalogue calls critical for a patient the rule
 *   applies to (the rule would promise what the engine must refuse); (3) a waiver and a rule it
 *   waives that have no analysis and no patient in common (the waiver can never lift it).
 * Pure; problems() lists every error, validate() returns the first.
 */
class RuleSetValidator {
public:
    [[nodiscard]] static QList<Error> problems(const RuleSet &ruleSet, const Catalogue &catalogue);
    [[nodiscard]] static Status validate(const RuleSet &ruleSet, const Catalogue &catalogue);
};

} // namespace sgl::domain::autoval
