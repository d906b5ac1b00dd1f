#pragma once

#include "domain/security/UserSession.h"

#include <QList>
#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;

namespace sgl::app {

class PscLoginFlow;

/**
 * The « … avec Pro Santé Connect » button of the login and unlock dialogs, with its waiting row
 * (« Validez la connexion dans votre navigateur… » and Annuler). A click starts the flow's attempt
 * (the browser opens); the panel then forwards the flow's outcome, once, as succeeded(session) or
 * failed(French message) and shows the button again. Outcomes of attempts the panel did not start
 * are ignored. The flow outlives the panel (AppServices): destroying the panel while it waits
 * cancels the attempt, so nothing keeps listening on the loopback port.
 * Child object names: pscButton, pscWaitingLabel, pscCancelButton (tests find them).
 */
class PscSignInPanel : public QWidget {
    Q_OBJECT
public:
    PscSignInPanel(PscLoginFlow &flow, const QString &buttonText, QWidget *parent = nullptr);
    ~PscSignInPanel() override;

    [[nodiscard]] bool isWaiting() const { return m_waitingForFlow; }
    /** Widgets of the dialog (login, password, OK) disabled while an attempt waits. */
    void disableWhileWaiting(const QList<QWidget *> &widgets);

public slots:
    /** Abandons the attempt under way, if any (Annuler, or the dialog closing). */
    void cancel();

signals:
    /** An attempt starts (true) or ends (false): the dialog clears its error on a start. */
    void waitingChanged(bool waiting);
    void succeeded(const sgl::domain::UserSession &session);
    void failed(const QString &message);

private:
    void start();
    void setWaiting(bool waiting);

    QPointer<PscLoginFlow> m_flow;
    QPushButton *m_button = nullptr;
    QLabel *m_waiting = nullptr;
    QPushButton *m_cancel = nullptr;
    QList<QPointer<QWidget>> m_disabledWhileWaiting;
    bool m_waitingForFlow = false;
};

} // namespace sgl::app
