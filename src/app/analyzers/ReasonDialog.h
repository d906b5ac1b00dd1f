#pragma once

#include "domain/Error.h"

#include <QDialog>

#include <functional>

class QLabel;
class QVBoxLayout;
class QLineEdit;

namespace sgl::app {

/**
 * Asks why (the reason every analyzer change records) and runs `submit` with it on OK. A
 * refusal of `submit` is shown in the dialog, which stays open; it closes only once the use
 * case accepted. The dialog checks nothing itself: an empty reason is the use case's refusal.
 */
class ReasonDialog : public QDialog {
    Q_OBJECT
public:
    using Submit = std::function<domain::Status(const QString &reason)>;

    ReasonDialog(const QString &title, const QString &prompt, Submit submit, QWidget *parent = nullptr);

    void setReason(const QString &reason);
    /** Puts `options` (checkboxes the submit function reads) above the reason; the dialog owns it. */
    void addOptions(QWidget *options);
    [[nodiscard]] QString reason() const;
    [[nodiscard]] QString errorText() const;

public slots:
    void accept() override;

private:
    Submit m_submit;
    QLineEdit *m_reason;
    QLabel *m_error;
    QVBoxLayout *m_layout;
    int m_optionsAt = 1; ///< layout position of the next options (after the prompt)
};

} // namespace sgl::app
