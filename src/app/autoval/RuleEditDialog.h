#pragma once

#include "domain/autoval/Rule.h"

#include <QDialog>
#include <QList>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QStackedWidget;

namespace sgl::app {

class ConditionForm;
class PopulationForm;

/**
 * Creating or changing one auto-validation rule: identity, label, active, analyses or exam, rules
 * it lifts (waiver), the condition chosen in « Type de condition » and filled in its own form
 * (ConditionForm, one page per condition type), and the population (PopulationForm).
 *
 * The forms write the condition and "when" members of the rule-set JSON and
 * workflow::autoval::RuleForm parses the rule, so the dialog accepts exactly what a saved rule set
 * accepts. « OK » keeps the dialog open with the error until the rule parses: a form error names
 * the condition and the field (« Delta : seuil absolu ou relatif requis. »), a parse error its JSON
 * path. « Avancé : JSON » shows the rule as the rule-set file holds it (read-only). The rule set is
 * checked against the catalogue when saved (RuleSetValidator), not here.
 */
class RuleEditDialog : public QDialog {
    Q_OBJECT
public:
    explicit RuleEditDialog(const domain::autoval::Rule &rule, QWidget *parent = nullptr);

    [[nodiscard]] const domain::autoval::Rule &rule() const { return m_rule; }
    [[nodiscard]] QString errorText() const;
    /** Parses the fields; true (and rule() set) when the rule is well formed. */
    bool apply();
    /** The page of condition type `typeCode` ("limits", "delta"...), nullptr when unknown. */
    [[nodiscard]] ConditionForm *conditionForm(const QString &typeCode) const;
    /** Shows the page of `typeCode` in the combo and the stack; false when unknown. */
    bool selectType(const QString &typeCode);
    /** The pages, in the combo's order. */
    [[nodiscard]] const QList<ConditionForm *> &conditionForms() const { return m_forms; }

    QLineEdit *idEdit = nullptr;
    QLineEdit *labelEdit = nullptr;
    QCheckBox *enabledCheck = nullptr;
    QLineEdit *analysesEdit = nullptr;
    QLineEdit *examEdit = nullptr;
    QLineEdit *waivesEdit = nullptr;
    QComboBox *typeCombo = nullptr;
    QStackedWidget *conditionStack = nullptr;
    PopulationForm *population = nullptr;
    QCheckBox *advancedCheck = nullptr;
    QPlainTextEdit *jsonView = nullptr;

private:
    void refreshJson();
    void showError(const QString &text);

    domain::autoval::Rule m_rule;
    QList<ConditionForm *> m_forms;
    QLabel *m_error = nullptr;
};

} // namespace sgl::app
