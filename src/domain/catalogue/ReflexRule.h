#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace sgl::domain {

/** What must be true of the trigger analysis' result for a reflex rule to fire. */
enum class ReflexCondition {
    Above,        ///< numeric value >  threshold
    AtOrAbove,    ///< numeric value >= threshold
    Below,        ///< numeric value <  threshold
    AtOrBelow,    ///< numeric value <= threshold
    Abnormal,     ///< flagged outside the normal range (L, H, LL, HH, A, AA, <, >)
    Critical,     ///< flagged critical (LL, HH, AA)
    CodedValue    ///< coded result whose code is one of `codedValues`
};

/** Exchange/storage code: ">", ">=", "<", "<=", "abnormal", "critical", "coded". */
[[nodiscard]] QString reflexConditionCode(ReflexCondition condition);
[[nodiscard]] std::optional<ReflexCondition> reflexConditionFromCode(const QString &code);
/** True for the four threshold conditions (>, >=, <, <=), which need a numeric trigger and a threshold. */
[[nodiscard]] bool isNumericCondition(ReflexCondition condition);
/** French wording for the editors and proposals ("supérieur à", "anormal", "critique"...). */
[[nodiscard]] QString reflexConditionLabel(ReflexCondition condition);

/**
 * A reflex test rule of the catalogue (test réflexe): when the result of `triggerCode` meets
 * the condition, the analysis or exam `addCode` is added to the dossier — proposed to the
 * biologist (default, CSP art. L6211-8: the biologist decides additional exams), or added
 * without asking when `automatic` is set (protocol agreed with prescribers, e.g. TSH → T4L).
 *
 * Contract: `code` is unique in the catalogue; `threshold` is in the trigger analysis' catalogue
 * unit and is required for the four numeric conditions only; `codedValues` lists value-option
 * codes of a coded trigger and is required for CodedValue only. Inactive rules never fire but
 * are kept (history). Rules are updated in place; each change is logged in the catalogue history.
 */
struct ReflexRule {
    QString code;                   ///< local code, e.g. "RFX-TSH-HAUTE"
    QString label;                  ///< French, shown to the biologist: "TSH élevée : T4 libre"
    QString triggerCode;            ///< analysis local code whose result is tested
    ReflexCondition condition = ReflexCondition::Above;
    std::optional<double> threshold;
    QStringList codedValues;
    QString addCode;                ///< analysis or exam local code to add
    bool automatic = false;
    bool active = true;

    /** Exchange names of the fields that differ ("label", "trigger", "condition", ...). */
    [[nodiscard]] QStringList changedFields(const ReflexRule &other) const;
    friend bool operator==(const ReflexRule &, const ReflexRule &) = default;
};

} // namespace sgl::domain
