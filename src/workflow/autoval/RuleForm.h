#pragma once

#include "domain/Error.h"
#include "domain/autoval/Rule.h"

#include <QString>

namespace sgl::workflow::autoval {

/**
 * One rule as the administrator's editor shows it: the common fields as form fields, the
 * condition and the population ("when") as their JSON members of the rule-set format
 * (docs/autovalidation.md). Conversions go through domain::autoval::RuleSetJson, so the editor
 * accepts exactly what a saved rule set accepts, and a mistake is named by its JSON path.
 */
struct RuleForm {
    QString id;
    QString label;
    bool enabled = true;
    QString analyses;        ///< codes separated by commas or spaces
    QString exam;
    QString waives;          ///< rule ids separated by commas or spaces
    QString conditionJson;   ///< {"type": "limits", ...}
    QString whenJson;        ///< {"sex": "F", ...}; empty: every patient

    [[nodiscard]] static RuleForm of(const domain::autoval::Rule &rule);
    /** The rule, or the JSON error (autoval.json_invalid, location "rules[0].condition.high"…). */
    [[nodiscard]] domain::Result<domain::autoval::Rule> toRule() const;
    /** The rule as one element of the rule-set JSON "rules" array, indented (what an export writes). */
    [[nodiscard]] static QString ruleJson(const domain::autoval::Rule &rule);
    /** « limites », « delta »... for the rules table (the JSON type code when unknown). */
    [[nodiscard]] static QString typeLabel(const domain::autoval::Rule &rule);
    /** A short French summary of the condition's parameters: « bas 3,5 ; haut 11,5 ; unité 10*9/L »
     *  (French names in a reading order, decimal comma; a member this list does not know is shown
     *  with its JSON key, nested values as compact JSON). */
    [[nodiscard]] static QString conditionSummary(const domain::autoval::Rule &rule);
};

} // namespace sgl::workflow::autoval
