#include "app/shell/IdleLock.h"

#include "app/shell/UnlockDialog.h"

#include <QCoreApplication>
#include <QEvent>
#include <QWidget>

namespace sgl::app {

namespace {

bool isUserInput(QEvent::Type type)
{
    switch (type) {
    case QEvent::KeyPress:
    case QEvent::KeyRelease:
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonDblClick:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
    case QEvent::TabletPress:
        return true;
    default:
        return false;
    }
}

} // namespace

IdleLock::IdleLock(workflow::Authenticator &authenticator, QWidget *window,
                   std::chrono::milliseconds timeout, QObject *parent, Clock clock)
    : QObject(parent), m_authenticator(authenticator), m_window(window),
      m_clock(clock ? std::move(clock) : Clock([] { return std::chrono::steady_clock::now(); })),
      m_timeout(timeout), m_lastInput(m_clock())
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &IdleLock::checkIdle);
    QCoreApplication::instance()->installEventFilter(this);
}

IdleLock::~IdleLock()
{
    if (QCoreApplication *app = QCoreApplication::instance())
        app->removeEventFilter(this);
    delete m_dialog;
}

UnlockDialog *IdleLock::unlockDialog() const
{
    return m_dialog.data();
}

void IdleLock::setSession(const domain::UserSession &session)
{
    m_session = session;
    if (!m_locked)
        restartIdle();
}

void IdleLock::restartIdle()
{
    m_lastInput = m_clock();
    m_timer.start(m_timeout);
}

void IdleLock::checkIdle()
{
    if (!m_session || m_locked)
        return;
    const auto idle = std::chrono::duration_cast<std::chrono::milliseconds>(m_clock() - m_lastInput);
    if (idle >= m_timeout) {
        lockNow();
        return;
    }
    // Input came meanwhile: wait for the rest of the timeout from the last input.
    m_timer.start(m_timeout - idle);
}

void IdleLock::clearSession()
{
    m_session.reset();
    m_timer.stop();
    m_locked = false;
    delete m_dialog;
}

void IdleLock::setTimeout(std::chrono::milliseconds timeout)
{
    m_timeout = timeout;
    if (m_session && !m_locked)
        restartIdle();
}

std::chrono::milliseconds IdleLock::timeout() const
{
    return m_timeout;
}

void IdleLock::lockNow()
{
    if (!m_session || m_locked)
        return;
    m_timer.stop();
    m_locked = true;
    emit locked();
    m_dialog = new UnlockDialog(m_authenticator, *m_session, m_window);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &QDialog::finished, this, &IdleLock::onDialogFinished);
    if (m_prepareDialog)
        m_prepareDialog(*m_dialog);
    // Window-modal and non-blocking: the event loop (and the dispatcher) keep running.
    m_dialog->open();
}

void IdleLock::onDialogFinished(int result)
{
    if (!m_dialog)
        return;
    const std::optional<domain::UserSession> session = m_dialog->session();
    m_dialog = nullptr; // deleted on close
    m_locked = false;
    if (result == UnlockDialog::LogoutResult || !session) {
        m_session.reset();
        emit logoutRequested();
        return;
    }
    m_session = *session;
    restartIdle();
    emit unlocked(*session);
}

bool IdleLock::eventFilter(QObject *watched, QEvent *event)
{
    // Only the time is recorded: restarting a timer on every mouse move would cost more than
    // the check it saves.
    if (m_session && !m_locked && isUserInput(event->type()))
        m_lastInput = m_clock();
    return QObject::eventFilter(watched, event);
}

} // namespace sgl::app
