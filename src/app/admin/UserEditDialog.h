#pragma once

#include "domain/security/UserAccount.h"
#include "domain/security/UserSession.h"

#include <QDialog>

#include <memory>

namespace sgl::workflow {
class UserAdmin;
}

namespace Ui {
class UserEditDialog;
}

namespace sgl::app {

/**
 * Creates an account, changes its roles or resets its password through workflow::UserAdmin.
 * OK runs the use case; on failure (weak password, login taken, missing RPPS, stale version...)
 * the dialog stays open with the French message, so nothing typed is lost.
 */
class UserEditDialog : public QDialog {
    Q_OBJECT
public:
    enum class Mode { Create, Roles, Password };

    /** `account` is ignored in Create mode. */
    UserEditDialog(workflow::UserAdmin &admin, domain::UserSession session, Mode mode,
                   domain::UserAccount account = {}, QWidget *parent = nullptr);
    ~UserEditDialog() override;

    [[nodiscard]] QString errorText() const;

public slots:
    void accept() override;

private:
    [[nodiscard]] QList<domain::Role> checkedRoles() const;
    void showError(const QString &message);

    std::unique_ptr<Ui::UserEditDialog> m_ui;
    workflow::UserAdmin &m_admin;
    domain::UserSession m_session;
    Mode m_mode;
    domain::UserAccount m_account;
};

} // namespace sgl::app
