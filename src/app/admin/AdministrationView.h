#pragma once

#include "domain/security/UserSession.h"

#include <QWidget>

class QPushButton;

#include <memory>

namespace sgl::workflow {
class UserAdmin;
}
namespace sgl::workflow::dispatch {
class NationalServicesSettings;
}
namespace sgl::workflow::directory {
class DirectorySearch;
}

namespace Ui {
class AdministrationView;
}

namespace sgl::app {

class UserListModel;

/**
 * Administration screen: the staff accounts with their roles and state; create an account,
 * change roles, reset a password, disable/enable, clear a lockout. Every action goes through
 * workflow::UserAdmin (permission check, audit, optimistic lock) and the list is reloaded after
 * it, so the screen always shows what is stored.
 */
class AdministrationView : public QWidget {
    Q_OBJECT
public:
    AdministrationView(workflow::UserAdmin &admin, domain::UserSession session, bool readOnly, QWidget *parent = nullptr);
    ~AdministrationView() override;

    [[nodiscard]] UserListModel *model() const { return m_model; }
    /** Last message shown (error or confirmation). */
    [[nodiscard]] QString messageText() const;
    /** Reloads the list; false (and a message) when the use case refused. */
    bool reload();
    /** Selects the row of this login; false when not listed. */
    bool selectLogin(const QString &login);
    /** Actions, public for tests and menu shortcuts; they act on the selected account. */
    void toggleActive();
    void unlockSelected();
    /**
     * Shows « Services nationaux (DMP, MSSanté)… » (the [dmp] and [mssante] settings), for a
     * session allowed to change the configuration; the settings outlive the view.
     */
    void setNationalServices(workflow::dispatch::NationalServicesSettings *settings);
    /** The button opening them (hidden when not set). */
    [[nodiscard]] QPushButton *nationalServicesButton() const { return m_nationalServicesButton; }
    /**
     * The Annuaire Santé: biologists' RPPS are checked in the account dialog (a warning, never a
     * refusal), and « Annuaire Santé… » opens DirectoryAdminView (status, import, search) when
     * `databaseUrl` is given (the import opens its own connection on a worker thread).
     */
    void setDirectory(std::unique_ptr<workflow::directory::DirectorySearch> search, QString databaseUrl);
    /** The button opening the Annuaire Santé screen (hidden when not set). */
    [[nodiscard]] QPushButton *directoryButton() const { return m_directoryButton; }
    /** Opens the Annuaire Santé screen (modal, until closed; closing cancels a running import). */
    void openDirectory();

private:
    void updateButtons();
    void showMessage(const QString &text, bool error);
    void openEditor(int mode);
    [[nodiscard]] int selectedRow() const;

    std::unique_ptr<Ui::AdministrationView> m_ui;
    workflow::UserAdmin &m_admin;
    domain::UserSession m_session;
    bool m_readOnly;
    UserListModel *m_model;
    QPushButton *m_nationalServicesButton = nullptr;
    workflow::dispatch::NationalServicesSettings *m_nationalServices = nullptr;
    QPushButton *m_directoryButton = nullptr;
    std::unique_ptr<workflow::directory::DirectorySearch> m_directory;
    QString m_databaseUrl;
};

} // namespace sgl::app
