#include "app/shell/PscSignInPanel.h"

#include "app/shell/PscLoginFlow.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace sgl::app {

PscSignInPanel::PscSignInPanel(PscLoginFlow &flow, const QString &buttonText, QWidget *parent)
    : QWidget(parent), m_flow(&flow)
{
    m_button = new QPushButton(buttonText, this);
    m_button->setObjectName(QStringLiteral("pscButton"));
    m_button->setToolTip(tr("Carte CPS ou application e-CPS, dans le navigateur du poste"));
    m_waiting = new QLabel(tr("Validez la connexion dans votre navigateur…"), this);
    m_waiting->setObjectName(QStringLiteral("pscWaitingLabel"));
    m_waiting->setWordWrap(true);
    m_cancel = new QPushButton(tr("Annuler"), this);
    m_cancel->setObjectName(QStringLiteral("pscCancelButton"));
    auto *waitingRow = new QHBoxLayout;
    waitingRow->addWidget(m_waiting, 1);
    waitingRow->addWidget(m_cancel);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_button);
    layout->addLayout(waitingRow);
    setWaiting(false);
    connect(m_button, &QPushButton::clicked, this, &PscSignInPanel::start);
    connect(m_cancel, &QPushButton::clicked, this, &PscSignInPanel::cancel);
    connect(&flow, &PscLoginFlow::succeeded, this, [this](const domain::UserSession &session) {
        if (!m_waitingForFlow)
            return;
        setWaiting(false);
        emit succeeded(session);
    });
    connect(&flow, &PscLoginFlow::failed, this, [this](const QString &message) {
        if (!m_waitingForFlow)
            return;
        setWaiting(false);
        emit failed(message);
    });
}

PscSignInPanel::~PscSignInPanel()
{
    if (m_waitingForFlow && m_flow)
        m_flow->cancel();
}

void PscSignInPanel::disableWhileWaiting(const QList<QWidget *> &widgets)
{
    m_disabledWhileWaiting.clear();
    for (QWidget *w : widgets)
        m_disabledWhileWaiting << QPointer<QWidget>(w);
}

void PscSignInPanel::start()
{
    if (!m_flow)
        return;
    setWaiting(true);
    m_flow->start(); // may fail at once (gateway unreachable): failed() restores the panel
}

void PscSignInPanel::cancel()
{
    if (m_waitingForFlow && m_flow)
        m_flow->cancel();
    setWaiting(false);
}

void PscSignInPanel::setWaiting(bool waiting)
{
    const bool changed = waiting != m_waitingForFlow;
    m_waitingForFlow = waiting;
    m_button->setVisible(!waiting);
    m_waiting->setVisible(waiting);
    m_cancel->setVisible(waiting);
    for (const QPointer<QWidget> &w : m_disabledWhileWaiting)
        if (w)
            w->setEnabled(!waiting);
    if (changed)
        emit waitingChanged(waiting);
}

} // namespace sgl::app
