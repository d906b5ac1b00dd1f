#include "app/shell/LoginDialog.h"

#include "app/shell/PscSignInPanel.h"
#include "workflow/Authenticator.h"
#include "ui_LoginDialog.h"

#include <QGuiApplication>
#include <QPushButton>

namespace sgl::app {

LoginDialog::LoginDialog(workflow::Authenticator &authenticator, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::LoginDialog>()), m_authenticator(authenticator)
{
    m_ui->setupUi(this);
    m_ui->titleLabel->setObjectName(QStringLiteral("dialogTitle"));
    m_ui->errorLabel->setObjectName(QStringLiteral("errorLabel"));
    m_ui->errorLabel->hide();
    m_ui->labLabel->hide();
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("Se &connecter"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setText(tr("&Quitter"));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &LoginDialog::attempt);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_ui->loginEdit->setFocus();
}

LoginDialog::~LoginDialog() = default; // the PSC panel cancels an attempt left waiting

void LoginDialog::setLabName(const QString &name)
{
    m_ui->labLabel->setText(name);
    m_ui->labLabel->setVisible(!name.isEmpty());
}

QString LoginDialog::errorText() const
{
    return m_ui->errorLabel->isHidden() ? QString() : m_ui->errorLabel->text();
}

void LoginDialog::attempt()
{
    const QString login = m_ui->loginEdit->text().trimmed();
    const QString password = m_ui->passwordEdit->text();
    m_ui->passwordEdit->clear();
    if (login.isEmpty() || password.isEmpty()) {
        showError(tr("Saisissez votre identifiant et votre mot de passe."));
        (login.isEmpty() ? m_ui->loginEdit : m_ui->passwordEdit)->setFocus();
        return;
    }
    // Password hashing is deliberately slow: tell the user we are working.
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    auto result = m_authenticator.authenticate(login, password);
    QGuiApplication::restoreOverrideCursor();
    if (!result) {
        showError(result.error().message);
        m_ui->passwordEdit->setFocus();
        return;
    }
    m_session = std::move(*result);
    m_ui->errorLabel->hide();
    accept();
}

void LoginDialog::enableProSanteConnect(PscLoginFlow &flow)
{
    if (m_psc != nullptr)
        return;
    m_psc = new PscSignInPanel(flow, tr("Se connecter avec &Pro Santé Connect"), this);
    m_ui->mainLayout->insertWidget(m_ui->mainLayout->indexOf(m_ui->errorLabel), m_psc);
    m_psc->disableWhileWaiting({m_ui->loginEdit, m_ui->passwordEdit, m_ui->buttonBox->button(QDialogButtonBox::Ok)});
    connect(m_psc, &PscSignInPanel::waitingChanged, m_ui->errorLabel, [this](bool waiting) {
        if (waiting)
            m_ui->errorLabel->hide();
    });
    connect(m_psc, &PscSignInPanel::succeeded, this, [this](const domain::UserSession &session) {
        m_session = session;
        m_ui->errorLabel->hide();
        accept();
    });
    connect(m_psc, &PscSignInPanel::failed, this, &LoginDialog::showError);
    // Closing the dialog (Quitter) abandons the attempt: nothing may keep listening.
    connect(this, &QDialog::rejected, m_psc, &PscSignInPanel::cancel);
}

void LoginDialog::setNotice(const QString &message)
{
    if (!message.isEmpty())
        showError(message);
}

bool LoginDialog::isWaitingForPsc() const
{
    return m_psc != nullptr && m_psc->isWaiting();
}

void LoginDialog::showError(const QString &message)
{
    m_ui->errorLabel->setText(message);
    m_ui->errorLabel->show();
}

} // namespace sgl::app
