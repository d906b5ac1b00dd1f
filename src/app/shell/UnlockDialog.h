#pragma once

#include "domain/security/UserSession.h"
#include "interop/psc/PscSignIn.h"

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

class PscLoginFlow;
class PscSessionHolder;
class PscSignInPanel;

/**
 * Re-authentication over a locked window. Unlocks only for the user whose session was locked
 * or for an administrator (whose session then replaces the locked one, so the audit trail names
 * who works). Escape and the close button do nothing; "Fermer la session" ends with
 * result() == LogoutResult so the application returns to the login dialog.
 *
 * With enableProSanteConnect(), « Déverrouiller avec Pro Santé Connect » unlocks through the
 * browser as at login: the PSC identity must open the locked user's account or an administrator's.
 * Another professional is refused, and the PSC session that identity just opened on this
 * workstation is signed out at once (its tokens must not outlive the refusal); the locked user's
 * own PSC session, which that sign-in had replaced in the holder, is put back, still renewed, so
 * the locked user can go on with it.
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
    /** Offers the PSC unlock (only when the workstation's PSC settings are set). */
    void enableProSanteConnect(PscLoginFlow &flow, PscSessionHolder &holder);
    /** True while a PSC attempt waits for the browser. */
    [[nodiscard]] bool isWaitingForPsc() const;

public slots:
    void reject() override;

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void attempt();
    /** The session's user or an administrator; otherwise shows why and returns false. */
    bool mayUnlock(const domain::UserSession &session);
    void showError(const QString &message);

    std::unique_ptr<Ui::UnlockDialog> m_ui;
    workflow::Authenticator &m_authenticator;
    domain::UserSession m_locked;
    std::optional<domain::UserSession> m_session;
    PscSignInPanel *m_psc = nullptr;
    /** The PSC session held when an attempt began (the locked user's, if any), kept up to date
     *  by its renewals while the attempt waits; put back if the attempt is refused. */
    std::optional<interop::psc::PscIdentity> m_heldPsc;
};

} // namespace sgl::app
