#include "app/admin/UserEditDialog.h"

#include "app/widgets/RppsFlag.h"
#include "workflow/admin/UserAdmin.h"
#include "ui_UserEditDialog.h"

#include <QGuiApplication>

namespace sgl::app {

using domain::Role;

UserEditDialog::UserEditDialog(workflow::UserAdmin &admin, domain::UserSession session, Mode mode,
                               domain::UserAccount account, QWidget *parent)
    : QDialog(parent),
      m_ui(std::make_unique<Ui::UserEditDialog>()),
      m_admin(admin),
      m_session(std::move(session)),
      m_mode(mode),
      m_account(std::move(account))
{
    m_ui->setupUi(this);
    m_ui->errorLabel->setObjectName(QStringLiteral("errorLabel"));
    m_ui->errorLabel->hide();
    m_ui->rppsWarningLabel->setObjectName(QStringLiteral("rppsWarning"));
    m_ui->rppsWarningLabel->setStyleSheet(QStringLiteral("color: #8a5a00;"));
    m_ui->rppsWarningLabel->hide();
    const bool create = mode == Mode::Create;
    if (!create) {
        m_ui->loginEdit->setText(m_account.login);
        m_ui->displayNameEdit->setText(m_account.displayName);
        m_ui->rppsEdit->setText(m_account.rpps);
        for (QLineEdit *edit : {m_ui->loginEdit, m_ui->displayNameEdit, m_ui->rppsEdit})
            edit->setReadOnly(true);
    }
    m_ui->secretaryCheck->setChecked(m_account.roles.contains(Role::Secretary));
    m_ui->technicianCheck->setChecked(m_account.roles.contains(Role::Technician));
    m_ui->biologistCheck->setChecked(m_account.roles.contains(Role::Biologist));
    m_ui->adminCheck->setChecked(m_account.roles.contains(Role::Admin));
    const bool rolesEditable = mode != Mode::Password;
    m_ui->rolesBox->setEnabled(rolesEditable);
    const bool passwordVisible = mode != Mode::Roles;
    for (QWidget *w : std::initializer_list<QWidget *>{m_ui->passwordEdit, m_ui->passwordEditLabel,
                                                       m_ui->confirmEdit, m_ui->confirmEditLabel})
        w->setVisible(passwordVisible);
    switch (mode) {
    case Mode::Create:
        setWindowTitle(tr("Nouveau compte"));
        m_ui->loginEdit->setFocus();
        break;
    case Mode::Roles:
        setWindowTitle(tr("Rôles de %1").arg(m_account.login));
        m_ui->secretaryCheck->setFocus();
        break;
    case Mode::Password:
        setWindowTitle(tr("Nouveau mot de passe de %1").arg(m_account.login));
        m_ui->passwordEdit->setFocus();
        break;
    }
}

UserEditDialog::~UserEditDialog() = default;

void UserEditDialog::setDirectory(workflow::directory::DirectorySearch *directory)
{
    m_directory = directory;
    connect(m_ui->rppsEdit, &QLineEdit::editingFinished, this, &UserEditDialog::checkRpps, Qt::UniqueConnection);
    connect(m_ui->rppsEdit, &QLineEdit::textChanged, this, &UserEditDialog::checkRpps, Qt::UniqueConnection);
    connect(m_ui->biologistCheck, &QCheckBox::toggled, this, &UserEditDialog::checkRpps, Qt::UniqueConnection);
    checkRpps();
}

void UserEditDialog::checkRpps()
{
    // Only a biologist's number matters (it signs reports); a half-typed number is not judged.
    const QString rpps = m_ui->rppsEdit->text().trimmed();
    QString warning;
    if (m_directory && m_ui->biologistCheck->isChecked() && (rpps.size() >= 11 || !m_ui->rppsEdit->hasFocus()))
        warning = RppsFlag(m_directory).flagFor(rpps);
    if (warning.isEmpty()) {
        m_ui->rppsWarningLabel->clear();
        m_ui->rppsWarningLabel->hide();
        return;
    }
    m_ui->rppsWarningLabel->setText(tr("⚠ %1 — le compte peut quand même être enregistré.").arg(warning));
    m_ui->rppsWarningLabel->setToolTip(warning);
    m_ui->rppsWarningLabel->show();
}

QString UserEditDialog::rppsWarning() const
{
    return m_ui->rppsWarningLabel->isHidden() ? QString() : m_ui->rppsWarningLabel->text();
}

QString UserEditDialog::errorText() const
{
    return m_ui->errorLabel->isHidden() ? QString() : m_ui->errorLabel->text();
}

QList<Role> UserEditDialog::checkedRoles() const
{
    QList<Role> roles;
    if (m_ui->secretaryCheck->isChecked())
        roles << Role::Secretary;
    if (m_ui->technicianCheck->isChecked())
        roles << Role::Technician;
    if (m_ui->biologistCheck->isChecked())
        roles << Role::Biologist;
    if (m_ui->adminCheck->isChecked())
        roles << Role::Admin;
    return roles;
}

void UserEditDialog::showError(const QString &message)
{
    m_ui->errorLabel->setText(message);
    m_ui->errorLabel->show();
}

void UserEditDialog::accept()
{
    if (m_mode != Mode::Roles && m_ui->passwordEdit->text() != m_ui->confirmEdit->text()) {
        showError(tr("Les deux mots de passe saisis sont différents."));
        m_ui->confirmEdit->clear();
        m_ui->confirmEdit->setFocus();
        return;
    }
    QGuiApplication::setOverrideCursor(Qt::WaitCursor); // password hashing is slow on purpose
    domain::Status status;
    switch (m_mode) {
    case Mode::Create: {
        workflow::NewUser user;
        user.login = m_ui->loginEdit->text().trimmed();
        user.displayName = m_ui->displayNameEdit->text().trimmed();
        user.rpps = m_ui->rppsEdit->text().trimmed();
        user.roles = checkedRoles();
        user.password = m_ui->passwordEdit->text();
        auto created = m_admin.createUser(m_session, user);
        if (created)
            m_account = *created;
        else
            status = std::unexpected(created.error());
        break;
    }
    case Mode::Roles:
        status = m_admin.setRoles(m_session, m_account.id, m_account.version, checkedRoles());
        break;
    case Mode::Password:
        status = m_admin.resetPassword(m_session, m_account.id, m_account.version,
                                       m_ui->passwordEdit->text());
        break;
    }
    QGuiApplication::restoreOverrideCursor();
    if (!status) {
        showError(status.error().message);
        return;
    }
    m_ui->passwordEdit->clear();
    m_ui->confirmEdit->clear();
    QDialog::accept();
}

} // namespace sgl::app
