#pragma once

#include "domain/autoval/Rule.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace sgl::app {

/**
 * Creating or changing one auto-validation rule: identity, label, active, analyses or exam,
 * rules it lifts (waiver), the condition and the population as JSON members of the rule-set
 * format (workflow::autoval::RuleForm). « OK » keeps the dialog open with the error, its JSON
 * path named, until the rule parses; the rule set is checked against the catalogue when saved.
 */
class RuleEditDialog : public QDialog {
    Q_OBJECT
public:
    explicit RuleEditDialog(const domain::autoval::Rule &rule, QWidget *parent = nullptr);

    [[nodiscard]] const domain::autoval::Rule &rule() const { return m_rule; }
    [[nodiscard]] QString errorText() const;
    /** Parses the fields; true (and rule() set) when the rule is well formed. */
    bool apply();

    QLineEdit *idEdit = nullptr;
    QLineEdit *labelEdit = nullptr;
    QCheckBox *enabledCheck = nullptr;
    QLineEdit *analysesEdit = nullptr;
    QLineEdit *examEdit = nullptr;
    QLineEdit *waivesEdit = nullptr;
    QPlainTextEdit *conditionEdit = nullptr;
    QLineEdit *whenEdit = nullptr;

private:
    domain::autoval::Rule m_rule;
    QLabel *m_error = nullptr;
};

} // namespace sgl::app
