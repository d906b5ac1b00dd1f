#pragma once

#include "domain/catalogue/Catalogue.h"
#include "domain/security/UserSession.h"

#include <QDialog>
#include <QStringList>

#include <memory>
#include <optional>

namespace sgl::workflow {
class CatalogueAdmin;
}

namespace Ui {
class ReflexRuleDialog;
}

namespace sgl::app {

/**
 * Creates or edits a reflex rule (test réflexe) through CatalogueAdmin::saveReflexRule: code
 * (typed only at creation), label, trigger analysis (active analyses), condition, threshold in
 * the trigger's unit shown beside it (decimal comma accepted; only for the four numeric
 * conditions), coded values to match (checkable list of the trigger's value options; only for
 * the coded condition), the analysis or exam to add, automatic and active flags, and a mandatory
 * reason. Refusals keep the dialog open with every problem, naming the field.
 */
class ReflexRuleDialog : public QDialog {
    Q_OBJECT
public:
    /** `rule` empty: creation. */
    ReflexRuleDialog(workflow::CatalogueAdmin &admin, domain::UserSession session, domain::Catalogue catalogue,
                     std::optional<domain::ReflexRule> rule, QWidget *parent = nullptr);
    ~ReflexRuleDialog() override;

    [[nodiscard]] QString errorText() const;
    [[nodiscard]] QString savedCode() const { return m_savedCode; }
    /** The unit shown beside the threshold (the trigger's catalogue unit). */
    [[nodiscard]] QString thresholdUnitText() const;
    [[nodiscard]] bool isThresholdEnabled() const;
    [[nodiscard]] bool isCodedValuesEnabled() const;
    /** False for a condition that does not fit the trigger's result type (numeric / coded). */
    [[nodiscard]] bool isConditionOffered(domain::ReflexCondition condition) const;
    /** Value-option codes of the trigger offered in the coded list. */
    [[nodiscard]] QStringList offeredCodedValues() const;

    bool setTriggerCode(const QString &code);
    void setCondition(domain::ReflexCondition condition);
    /** Checks exactly `codes` in the coded list; false when one is not offered. */
    bool setCodedValues(const QStringList &codes);
    bool setAddCode(const QString &code);

public slots:
    void accept() override;

private:
    void triggerChanged();
    void conditionChanged();
    [[nodiscard]] domain::ReflexCondition condition() const;

    std::unique_ptr<Ui::ReflexRuleDialog> m_ui;
    workflow::CatalogueAdmin &m_admin;
    domain::UserSession m_session;
    domain::Catalogue m_catalogue;
    std::optional<domain::ReflexRule> m_original;
    QString m_savedCode;
};

} // namespace sgl::app
