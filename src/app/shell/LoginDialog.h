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

class PscLoginFlow;
class PscSignInPanel;

/**
 * Asks for a login and password and checks them with the Authenticator. Stays open on failure
 * (showing the authenticator's French message, which never says which field was wrong) and
 * accepts only once a session is open. The password field is cleared after every attempt.
 *
 * With enableProSanteConnect(), a « Se connecter avec Pro Santé Connect » button starts the flow
 * (system browser); while it waits, « Validez la connexion dans votre navigateur… » and Annuler
 * are shown; a refusal shows the flow's French message, a success accepts with the PSC session.
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
    /** Offers the Pro Santé Connect login through this flow (only when the workstation's PSC settings are set). */
    void enableProSanteConnect(PscLoginFlow &flow);
    /** A message shown on opening, e.g. why the previous session ended. */
    void setNotice(const QString &message);
    /** True while a PSC attempt waits for the browser. */
    [[nodiscard]] bool isWaitingForPsc() const;
    /** Last error shown, empty when none (for tests and accessibility). */
    [[nodiscard]] QString errorText() const;

private:
    void attempt();
    void showError(const QString &message);

    std::unique_ptr<Ui::LoginDialog> m_ui;
    workflow::Authenticator &m_authenticator;
    std::optional<domain::UserSession> m_session;
    PscSignInPanel *m_psc = nullptr;
};

} // namespace sgl::app
