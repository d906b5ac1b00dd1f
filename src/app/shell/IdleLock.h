#pragma once

#include "domain/security/UserSession.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>
#include <functional>
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
 *
 * Idle time is measured on `clock` (steady clock by default): input only records the time of the
 * last event, and a single-shot timer calls checkIdle() when the timeout could have expired. Tests
 * inject a manual clock and call checkIdle() themselves, so no test depends on timer races.
 */
class IdleLock : public QObject {
    Q_OBJECT
public:
    using Clock = std::function<std::chrono::steady_clock::time_point()>;

    IdleLock(workflow::Authenticator &authenticator, QWidget *window,
             std::chrono::milliseconds timeout, QObject *parent = nullptr, Clock clock = {});
    ~IdleLock() override;

    /** Starts watching for this session (after login or unlock). */
    void setSession(const domain::UserSession &session);
    /** Stops watching (logout). */
    void clearSession();
    void setTimeout(std::chrono::milliseconds timeout);
    [[nodiscard]] std::chrono::milliseconds timeout() const;
    [[nodiscard]] bool isLocked() const { return m_locked; }
    /** Called on each new unlock dialog before it opens (the application offers PSC there). */
    void setDialogPreparer(std::function<void(UnlockDialog &)> prepare) { m_prepareDialog = std::move(prepare); }
    /** The dialog shown while locked, null otherwise (tests drive it). */
    [[nodiscard]] UnlockDialog *unlockDialog() const;

public slots:
    /** Locks at once (menu "Verrouiller le poste"); no-op without a session or when locked. */
    void lockNow();
    /** Locks when no input came for the timeout (measured on the clock); otherwise re-arms. */
    void checkIdle();

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
    void restartIdle();

    workflow::Authenticator &m_authenticator;
    QPointer<QWidget> m_window;
    QTimer m_timer;
    Clock m_clock;
    std::chrono::milliseconds m_timeout;
    std::chrono::steady_clock::time_point m_lastInput;
    std::optional<domain::UserSession> m_session;
    bool m_locked = false;
    QPointer<UnlockDialog> m_dialog;
    std::function<void(UnlockDialog &)> m_prepareDialog;
};

} // namespace sgl::app
