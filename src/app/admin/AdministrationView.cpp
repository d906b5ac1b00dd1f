#include "app/admin/AdministrationView.h"

#include "app/admin/DirectoryAdminView.h"
#include "app/admin/NationalServicesDialog.h"
#include "app/admin/UserEditDialog.h"
#include "app/admin/UserListModel.h"
#include "workflow/admin/UserAdmin.h"
#include "workflow/directory/DirectorySearch.h"
#include "ui_AdministrationView.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QHeaderView>
#include <QScreen>
#include <QVBoxLayout>
#include <QItemSelectionModel>
#include <QStyle>

namespace sgl::app {

AdministrationView::AdministrationView(workflow::UserAdmin &admin, domain::UserSession session,
                                       bool readOnly, QWidget *parent)
    : QWidget(parent),
      m_ui(std::make_unique<Ui::AdministrationView>()),
      m_admin(admin),
      m_session(std::move(session)),
      m_readOnly(readOnly),
      m_model(new UserListModel(this))
{
    m_ui->setupUi(this);
    m_ui->titleLabel->setObjectName(QStringLiteral("screenTitle"));
    m_ui->messageLabel->hide();
    m_ui->usersTable->setModel(m_model);
    m_ui->usersTable->horizontalHeader()->setStretchLastSection(true);
    m_ui->usersTable->verticalHeader()->hide();
    connect(m_ui->usersTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AdministrationView::updateButtons);
    connect(m_ui->refreshButton, &QPushButton::clicked, this, &AdministrationView::reload);
    connect(m_ui->newUserButton, &QPushButton::clicked, this,
            [this] { openEditor(static_cast<int>(UserEditDialog::Mode::Create)); });
    connect(m_ui->rolesButton, &QPushButton::clicked, this,
            [this] { openEditor(static_cast<int>(UserEditDialog::Mode::Roles)); });
    connect(m_ui->passwordButton, &QPushButton::clicked, this,
            [this] { openEditor(static_cast<int>(UserEditDialog::Mode::Password)); });
    connect(m_ui->activeButton, &QPushButton::clicked, this, &AdministrationView::toggleActive);
    connect(m_ui->unlockButton, &QPushButton::clicked, this, &AdministrationView::unlockSelected);
    // A short label: the action bar fits 1366 px; what it covers is in the tooltip.
    m_nationalServicesButton = new QPushButton(tr("Services &nationaux…"), this);
    m_nationalServicesButton->setToolTip(tr("DMP, MSSanté et vérification en ligne de l'Annuaire Santé"));
    m_nationalServicesButton->setObjectName(QStringLiteral("nationalServicesButton"));
    m_nationalServicesButton->hide();
    m_ui->actionsLayout->insertWidget(m_ui->actionsLayout->count() - 1, m_nationalServicesButton);
    connect(m_nationalServicesButton, &QPushButton::clicked, this, [this] {
        if (!m_nationalServices)
            return;
        NationalServicesDialog dialog(*m_nationalServices, m_session, this);
        if (dialog.exec() == QDialog::Accepted)
            showMessage(tr("Réglages DMP et MSSanté enregistrés : pris en compte au prochain démarrage du service "
                           "d'envoi et des postes."),
                        false);
    });
    m_directoryButton = new QPushButton(tr("Annuaire &Santé…"), this);
    m_directoryButton->setObjectName(QStringLiteral("directoryButton"));
    m_directoryButton->hide();
    m_ui->actionsLayout->insertWidget(m_ui->actionsLayout->count() - 1, m_directoryButton);
    connect(m_directoryButton, &QPushButton::clicked, this, &AdministrationView::openDirectory);
    reload();
}

AdministrationView::~AdministrationView() = default;

void AdministrationView::setDirectory(std::unique_ptr<workflow::directory::DirectorySearch> search,
                                      QString databaseUrl)
{
    m_directory = std::move(search);
    m_databaseUrl = std::move(databaseUrl);
    m_directoryButton->setVisible(m_directory && !m_databaseUrl.isEmpty());
}

void AdministrationView::openDirectory()
{
    if (!m_directory || m_databaseUrl.isEmpty())
        return;
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Annuaire Santé"));
    auto *layout = new QVBoxLayout(&dialog);
    auto *view = new DirectoryAdminView(*m_directory, m_databaseUrl, m_session, m_readOnly, &dialog);
    layout->addWidget(view, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    // Enter in a search field searches; it must not close the window through a default button.
    buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    // Fits a 1366 x 768 screen (taskbar and title bar included).
    QSize size(1200, 680);
    if (const QScreen *screen = QGuiApplication::primaryScreen())
        size = size.boundedTo(screen->availableGeometry().size() - QSize(20, 60));
    dialog.resize(size);
    dialog.exec();
    // The view's destructor cancels an import still running and waits for its current batch.
}

QString AdministrationView::messageText() const
{
    return m_ui->messageLabel->isHidden() ? QString() : m_ui->messageLabel->text();
}

bool AdministrationView::reload()
{
    auto users = m_admin.listUsers(m_session);
    if (!users) {
        m_model->setUsers({});
        showMessage(users.error().message, true);
        updateButtons();
        return false;
    }
    m_model->setUsers(std::move(*users));
    m_ui->usersTable->resizeColumnsToContents();
    updateButtons();
    return true;
}

bool AdministrationView::selectLogin(const QString &login)
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->userAt(row)->login == login) {
            m_ui->usersTable->selectRow(row);
            return true;
        }
    }
    return false;
}

int AdministrationView::selectedRow() const
{
    const QModelIndexList rows = m_ui->usersTable->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

void AdministrationView::updateButtons()
{
    const domain::UserAccount *user = m_model->userAt(selectedRow());
    m_ui->newUserButton->setEnabled(!m_readOnly);
    for (QPushButton *b : {m_ui->rolesButton, m_ui->passwordButton, m_ui->activeButton})
        b->setEnabled(!m_readOnly && user);
    m_ui->unlockButton->setEnabled(!m_readOnly && user && user->failedAttempts > 0);
    m_ui->activeButton->setText(user && !user->active ? tr("&Réactiver") : tr("&Désactiver"));
}

void AdministrationView::showMessage(const QString &text, bool error)
{
    m_ui->messageLabel->setObjectName(error ? QStringLiteral("errorLabel")
                                            : QStringLiteral("infoBanner"));
    // Selectors match on the object name: polish again so the new colours apply.
    m_ui->messageLabel->style()->unpolish(m_ui->messageLabel);
    m_ui->messageLabel->style()->polish(m_ui->messageLabel);
    m_ui->messageLabel->setText(text);
    m_ui->messageLabel->show();
}

void AdministrationView::openEditor(int mode)
{
    const auto editMode = static_cast<UserEditDialog::Mode>(mode);
    const domain::UserAccount *user = m_model->userAt(selectedRow());
    if (editMode != UserEditDialog::Mode::Create && !user)
        return;
    const QString login = user ? user->login : QString();
    UserEditDialog dialog(m_admin, m_session, editMode, user ? *user : domain::UserAccount{},
                          this);
    dialog.setDirectory(m_directory.get());
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    showMessage(tr("Modification enregistrée."), false);
    if (!login.isEmpty())
        selectLogin(login);
}

void AdministrationView::toggleActive()
{
    const domain::UserAccount *user = m_model->userAt(selectedRow());
    if (!user || m_readOnly)
        return;
    const QString login = user->login;
    const bool activate = !user->active;
    if (!activate && user->id == m_session.userId) {
        showMessage(tr("Vous ne pouvez pas désactiver votre propre compte."), true);
        return;
    }
    auto status = m_admin.setActive(m_session, user->id, user->version, activate);
    reload();
    selectLogin(login);
    if (!status)
        showMessage(status.error().message, true);
    else
        showMessage(activate ? tr("Compte %1 réactivé.").arg(login)
                             : tr("Compte %1 désactivé.").arg(login),
                    false);
}

void AdministrationView::setNationalServices(workflow::dispatch::NationalServicesSettings *settings)
{
    m_nationalServices = settings;
    m_nationalServicesButton->setVisible(settings != nullptr);
    m_nationalServicesButton->setEnabled(settings != nullptr && !m_readOnly);
}

void AdministrationView::unlockSelected()
{
    const domain::UserAccount *user = m_model->userAt(selectedRow());
    if (!user || m_readOnly)
        return;
    const QString login = user->login;
    auto status = m_admin.unlock(m_session, user->id);
    reload();
    selectLogin(login);
    if (!status)
        showMessage(status.error().message, true);
    else
        showMessage(tr("Compte %1 débloqué.").arg(login), false);
}

} // namespace sgl::app
