#pragma once

#include "domain/security/UserSession.h"

#include <QDialog>

#include <memory>
#include <optional>

namespace sgl::workflow {
class Authenticator;
}

namespace Ui {
class UnlockDialog;
}

namespace sgl::app {

/**
 * Re-authentication over a locked window. Unlocks only for the user whose session was locked
 * or for an administrator (whose session then replaces the locked one, so the audit trail names
 * who works). Escape and the close button do nothing; "Fermer la session" ends with
 * result() == LogoutResult so the application returns to the login dialog.
 */
class UnlockDialog : public QDialog {
    Q_OBJECT
public:
    static constexpr int LogoutResult = 2;

    UnlockDialog(workflow::Authenticator &authenticator, domain::UserSession locked,
                 QWidget *parent = nullptr);
    ~UnlockDialog() override;

    /** The session that unlocked the window (same user, or an administrator). */
    [[nodiscard]] std::optional<domain::UserSession> session() const { return m_session; }
    [[nodiscard]] QString errorText() const;

public slots:
    void reject() override;

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void attempt();
    void showError(const QString &message);

    std::unique_ptr<Ui::UnlockDialog> m_ui;
    workflow::Authenticator &m_authenticator;
    domain::UserSession m_locked;
    std::optional<domain::UserSession> m_session;
};

} // namespace sgl::app
