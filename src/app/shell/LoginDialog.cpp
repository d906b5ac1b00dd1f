#include "app/shell/LoginDialog.h"

#include "app/shell/PscLoginFlow.h"
#include "workflow/Authenticator.h"
#include "ui_LoginDialog.h"

#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
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

LoginDialog::~LoginDialog()
{
    // The flow outlives the dialog (AppServices): an attempt left waiting must not keep the port.
    if (m_psc)
        m_psc->cancel();
}

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
    if (m_pscButton != nullptr)
        return;
    m_psc = &flow;
    m_pscButton = new QPushButton(tr("Se connecter avec &Pro Santé Connect"), this);
    m_pscButton->setObjectName(QStringLiteral("pscButton"));
    m_pscButton->setToolTip(tr("Carte CPS ou application e-CPS, dans le navigateur du poste"));
    m_pscWaiting = new QLabel(tr("Validez la connexion dans votre navigateur…"), this);
    m_pscWaiting->setObjectName(QStringLiteral("pscWaitingLabel"));
    m_pscWaiting->setWordWrap(true);
    m_pscCancel = new QPushButton(tr("Annuler"), this);
    m_pscCancel->setObjectName(QStringLiteral("pscCancelButton"));
    auto *waitingRow = new QHBoxLayout;
    waitingRow->addWidget(m_pscWaiting, 1);
    waitingRow->addWidget(m_pscCancel);
    const int at = m_ui->mainLayout->indexOf(m_ui->errorLabel);
    m_ui->mainLayout->insertWidget(at, m_pscButton);
    m_ui->mainLayout->insertLayout(at + 1, waitingRow);
    setPscWaiting(false);
    connect(m_pscButton, &QPushButton::clicked, this, &LoginDialog::startPsc);
    connect(m_pscCancel, &QPushButton::clicked, this, &LoginDialog::cancelPsc);
    connect(&flow, &PscLoginFlow::succeeded, this, [this](const domain::UserSession &session) {
        setPscWaiting(false);
        m_session = session;
        m_ui->errorLabel->hide();
        accept();
    });
    connect(&flow, &PscLoginFlow::failed, this, [this](const QString &message) {
        setPscWaiting(false);
        showError(message);
    });
    // Closing the dialog (Quitter) abandons the attempt: nothing may keep listening.
    connect(this, &QDialog::rejected, this, &LoginDialog::cancelPsc);
}

void LoginDialog::setNotice(const QString &message)
{
    if (!message.isEmpty())
        showError(message);
}

bool LoginDialog::isWaitingForPsc() const
{
    return m_psc && m_psc->isRunning();
}

void LoginDialog::startPsc()
{
    if (!m_psc)
        return;
    m_ui->errorLabel->hide();
    setPscWaiting(true);
    m_psc->start(); // may fail at once (gateway unreachable): failed() restores the dialog
}

void LoginDialog::cancelPsc()
{
    if (m_psc)
        m_psc->cancel();
    if (m_pscButton != nullptr)
        setPscWaiting(false);
}

void LoginDialog::setPscWaiting(bool waiting)
{
    m_pscButton->setVisible(!waiting);
    m_pscWaiting->setVisible(waiting);
    m_pscCancel->setVisible(waiting);
    m_ui->loginEdit->setEnabled(!waiting);
    m_ui->passwordEdit->setEnabled(!waiting);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(!waiting);
}

void LoginDialog::showError(const QString &message)
{
    m_ui->errorLabel->setText(message);
    m_ui->errorLabel->show();
}

} // namespace sgl::app
