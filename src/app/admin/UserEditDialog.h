#pragma once

#include "domain/security/UserAccount.h"
#include "domain/security/UserSession.h"

#include <QDialog>

#include <memory>

namespace sgl::workflow {
class UserAdmin;
}
namespace sgl::workflow::directory {
class DirectorySearch;
}

namespace Ui {
class UserEditDialog;
}

namespace sgl::app {

/**
 * Creates an account, changes its roles or resets its password through workflow::UserAdmin.
 * OK runs the use case; on failure (weak password, login taken, missing RPPS, stale version...)
 * the dialog stays open with the French message, so nothing typed is lost.
 *
 * With the Annuaire Santé (setDirectory), a biologist's RPPS unknown to the directory (or
 * inactive, or with a wrong key) is flagged under the field with a warning icon: a warning
 * only, the account can still be saved (the directory may lag behind a new registration).
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
    /** Enables the RPPS check (null: none); not owned. Checks the number shown at once. */
    void setDirectory(workflow::directory::DirectorySearch *directory);
    /** The RPPS warning under the field, empty when none. */
    [[nodiscard]] QString rppsWarning() const;

public slots:
    void accept() override;

private:
    [[nodiscard]] QList<domain::Role> checkedRoles() const;
    void showError(const QString &message);
    void checkRpps();

    std::unique_ptr<Ui::UserEditDialog> m_ui;
    workflow::UserAdmin &m_admin;
    domain::UserSession m_session;
    Mode m_mode;
    domain::UserAccount m_account;
    workflow::directory::DirectorySearch *m_directory = nullptr;
};

} // namespace sgl::app
