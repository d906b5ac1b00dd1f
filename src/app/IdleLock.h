#pragma once

#include "domain/security/UserSession.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>
#include <optional>

namespace sgl::workflow {
class Authenticator;
}

namespace sgl::app {

class UnlockDialog;

/**
 * Locks the workstation after a period without keyboard or mouse input (patient data must not
 * stay on an unattended screen). Watches every input event of the application through an event
 * filter; on timeout emits locked() (the window hides its content) and opens an UnlockDialog
 * over `window`. Active only while a session is set.
 */
class IdleLock : public QObject {
    Q_OBJECT
public:
    IdleLock(workflow::Authenticator &authenticator, QWidget *window,
             std::chrono::milliseconds timeout, QObject *parent = nullptr);
    ~IdleLock() override;

    /** Starts watching for this session (after login or unlock). */
    void setSession(const domain::UserSession &session);
    /** Stops watching (logout). */
    void clearSession();
    void setTimeout(std::chrono::milliseconds timeout);
    [[nodiscard]] std::chrono::milliseconds timeout() const;
    [[nodiscard]] bool isLocked() const { return m_locked; }
    /** The dialog shown while locked, null otherwise (tests drive it). */
    [[nodiscard]] UnlockDialog *unlockDialog() const;

public slots:
    /** Locks at once (menu "Verrouiller le poste"); no-op without a session or when locked. */
    void lockNow();

signals:
    void locked();
    /** The window may show its content again, for `session` (maybe an administrator's). */
    void unlocked(const sgl::domain::UserSession &session);
    /** The user chose to close the session from the lock dialog. */
    void logoutRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onDialogFinished(int result);

    workflow::Authenticator &m_authenticator;
    QPointer<QWidget> m_window;
    QTimer m_timer;
    std::optional<domain::UserSession> m_session;
    bool m_locked = false;
    QPointer<UnlockDialog> m_dialog;
};

} // namespace sgl::app
