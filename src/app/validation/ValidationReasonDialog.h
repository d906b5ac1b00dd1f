#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class ValidationReasonDialog;
}

namespace sgl::app {

/**
 * Asks the mandatory reason of a biologist's action (unvalidate, decline a reflex proposal) and,
 * when the action needs one, a value first (the corrected value).
 * OK stays disabled until every asked field is filled; the use case checks them again.
 */
class ValidationReasonDialog : public QDialog {
    Q_OBJECT
public:
    ValidationReasonDialog(const QString &title, const QString &prompt, QWidget *parent = nullptr);
    ~ValidationReasonDialog() override;

    /** Adds the value field with its label and initial text, focused first. */
    void askValue(const QString &label, const QString &initial = {});
    void setValue(const QString &value);
    void setReason(const QString &reason);
    [[nodiscard]] QString value() const;
    [[nodiscard]] QString reason() const;

private:
    void updateOk();

    std::unique_ptr<Ui::ValidationReasonDialog> m_ui;
    bool m_valueAsked = false;
};

} // namespace sgl::app
