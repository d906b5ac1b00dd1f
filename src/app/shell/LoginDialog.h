#pragma once

#include "domain/security/UserSession.h"

#include <QDialog>

#include <memory>
#include <optional>

namespace sgl::workflow {
class Authenticator;
}

namespace Ui {
class LoginDialog;
}

namespace sgl::app {

/**
 * Asks for a login and password and checks them with the Authenticator. Stays open on failure
 * (showing the authenticator's French message, which never says which field was wrong) and
 * accepts only once a session is open. The password field is cleared after every attempt.
 */
class LoginDialog : public QDialog {
    Q_OBJECT
public:
    explicit LoginDialog(workflow::Authenticator &authenticator, QWidget *parent = nullptr);
    ~LoginDialog() override;

    /** Shown under the title (the lab's name from the settings). */
    void setLabName(const QString &name);
    /** The session opened by the last successful attempt. */
    [[nodiscard]] std::optional<domain::UserSession> session() const { return m_session; }
    /** Last error shown, empty when none (for tests and accessibility). */
    [[nodiscard]] QString errorText() const;

private:
    void attempt();
    void showError(const QString &message);

    std::unique_ptr<Ui::LoginDialog> m_ui;
    workflow::Authenticator &m_authenticator;
    std::optional<domain::UserSession> m_session;
};

} // namespace sgl::app
