#include "app/shell/UnlockDialog.h"

#include "workflow/Authenticator.h"
#include "ui_UnlockDialog.h"

#include <QCloseEvent>
#include <QGuiApplication>
#include <QPushButton>

namespace sgl::app {

UnlockDialog::UnlockDialog(workflow::Authenticator &authenticator, domain::UserSession locked,
                           QWidget *parent)
    : QDialog(parent),
      m_ui(std::make_unique<Ui::UnlockDialog>()),
      m_authenticator(authenticator),
      m_locked(std::move(locked))
{
    m_ui->setupUi(this);
    setWindowFlag(Qt::WindowCloseButtonHint, false);
    m_ui->titleLabel->setObjectName(QStringLiteral("dialogTitle"));
    m_ui->errorLabel->setObjectName(QStringLiteral("errorLabel"));
    m_ui->errorLabel->hide();
    m_ui->infoLabel->setText(
        tr("Le poste a été verrouillé après une période d'inactivité. Session de %1 : "
           "saisissez son mot de passe, ou un administrateur peut reprendre le poste.")
            .arg(m_locked.displayName.isEmpty() ? m_locked.login : m_locked.displayName));
    m_ui->loginEdit->setText(m_locked.login);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Déverrouiller"));
    QPushButton *logout =
        m_ui->buttonBox->addButton(tr("&Fermer la session"), QDialogButtonBox::DestructiveRole);
    logout->setObjectName(QStringLiteral("logoutButton"));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &UnlockDialog::attempt);
    connect(logout, &QPushButton::clicked, this, [this] { done(LogoutResult); });
    m_ui->passwordEdit->setFocus();
}

UnlockDialog::~UnlockDialog() = default;

QString UnlockDialog::errorText() const
{
    return m_ui->errorLabel->isHidden() ? QString() : m_ui->errorLabel->text();
}

void UnlockDialog::reject()
{
    // Escape must not reveal the window: only a successful unlock or a logout closes this.
}

void UnlockDialog::closeEvent(QCloseEvent *event)
{
    event->ignore();
}

void UnlockDialog::attempt()
{
    const QString login = m_ui->loginEdit->text().trimmed();
    const QString password = m_ui->passwordEdit->text();
    m_ui->passwordEdit->clear();
    if (login.isEmpty() || password.isEmpty()) {
        showError(tr("Saisissez l'identifiant et le mot de passe."));
        return;
    }
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    auto result = m_authenticator.authenticate(login, password);
    QGuiApplication::restoreOverrideCursor();
    if (!result) {
        showError(result.error().message);
        m_ui->passwordEdit->setFocus();
        return;
    }
    if (result->userId != m_locked.userId && !result->hasRole(domain::Role::Admin)) {
        showError(tr("Seul l'utilisateur de la session ou un administrateur peut déverrouiller "
                     "ce poste."));
        m_ui->passwordEdit->setFocus();
        return;
    }
    m_session = std::move(*result);
    accept();
}

void UnlockDialog::showError(const QString &message)
{
    m_ui->errorLabel->setText(message);
    m_ui->errorLabel->show();
}

} // namespace sgl::app
