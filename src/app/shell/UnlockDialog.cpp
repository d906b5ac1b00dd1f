#include "app/shell/UnlockDialog.h"

#include "app/shell/PscSessionHolder.h"
#include "app/shell/PscSignInPanel.h"
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
    if (!mayUnlock(*result)) {
        m_ui->passwordEdit->setFocus();
        return;
    }
    m_session = std::move(*result);
    accept();
}

bool UnlockDialog::mayUnlock(const domain::UserSession &session)
{
    if (session.userId == m_locked.userId || session.hasRole(domain::Role::Admin))
        return true;
    showError(tr("Seul l'utilisateur de la session ou un administrateur peut déverrouiller "
                 "ce poste."));
    return false;
}

void UnlockDialog::enableProSanteConnect(PscLoginFlow &flow, PscSessionHolder &holder)
{
    if (m_psc != nullptr)
        return;
    m_psc = new PscSignInPanel(flow, tr("Déverrouiller avec &Pro Santé Connect"), this);
    m_ui->mainLayout->insertWidget(m_ui->mainLayout->indexOf(m_ui->errorLabel), m_psc);
    m_ui->infoLabel->setText(
        tr("Le poste a été verrouillé après une période d'inactivité. Session de %1 : "
           "saisissez son mot de passe ou passez par Pro Santé Connect ; un administrateur peut "
           "aussi reprendre le poste.")
            .arg(m_locked.displayName.isEmpty() ? m_locked.login : m_locked.displayName));
    m_psc->disableWhileWaiting({m_ui->loginEdit, m_ui->passwordEdit, m_ui->buttonBox->button(QDialogButtonBox::Ok)});
    connect(m_psc, &PscSignInPanel::waitingChanged, m_ui->errorLabel, [this](bool waiting) {
        if (waiting)
            m_ui->errorLabel->hide();
    });
    connect(m_psc, &PscSignInPanel::waitingChanged, this, [this, &holder](bool waiting) {
        if (waiting)
            m_heldPsc = holder.identity();
    });
    connect(&holder, &PscSessionHolder::renewed, this, [this, &holder] {
        if (isWaitingForPsc()) // the locked user's session renewed while the browser is out
            m_heldPsc = holder.identity();
    });
    connect(m_psc, &PscSignInPanel::succeeded, this, [this, &holder](const domain::UserSession &session) {
        if (!mayUnlock(session)) {
            (void)holder.signOut(); // best effort: the refused professional's tokens go now
            if (m_heldPsc)
                holder.start(*m_heldPsc); // and the locked user's own PSC session stays
            return;
        }
        m_session = session;
        accept();
    });
    connect(m_psc, &PscSignInPanel::failed, this, &UnlockDialog::showError);
}

bool UnlockDialog::isWaitingForPsc() const
{
    return m_psc != nullptr && m_psc->isWaiting();
}

void UnlockDialog::showError(const QString &message)
{
    m_ui->errorLabel->setText(message);
    m_ui->errorLabel->show();
}

} // namespace sgl::app
