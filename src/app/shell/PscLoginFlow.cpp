#include "app/shell/PscLoginFlow.h"

#include "app/shell/PscSessionHolder.h"
#include "workflow/auth/PscLogin.h"

#include <QDesktopServices>

namespace sgl::app {

PscLoginFlow::PscLoginFlow(PscSessionHolder &holder, workflow::PscLogin &login, quint16 loopbackPort,
                           QObject *parent)
    : QObject(parent), m_holder(holder), m_login(login), m_port(loopbackPort),
      m_opener([](const QUrl &url) { return QDesktopServices::openUrl(url); })
{
    connect(&m_listener, &interop::psc::PscLoopbackListener::received, this, &PscLoginFlow::onCallback);
    connect(&m_listener, &interop::psc::PscLoopbackListener::failed, this,
            [this](const domain::Error &error) { fail(error); });
}

PscLoginFlow::~PscLoginFlow() = default;

void PscLoginFlow::start()
{
    cancel();
    auto signIn = m_holder.signIn();
    if (!signIn)
        return fail(signIn.error());
    // The redirect URI must be exactly the one registered at PSC: 127.0.0.1 and the lab's fixed port.
    const QString redirect = QStringLiteral("http://127.0.0.1:%1/psc/callback").arg(m_port);
    auto attempt = (*signIn)->begin(redirect);
    if (!attempt)
        return fail(attempt.error());
    if (auto listening = m_listener.start(m_port, attempt->state, m_timeout); !listening)
        return fail(listening.error());
    m_attempt = std::move(*attempt);
    if (!m_opener((*signIn)->authorizationUrl(*m_attempt))) {
        m_listener.stop();
        m_attempt.reset();
        emit failed(tr("Le navigateur du poste n'a pas pu être ouvert pour la connexion Pro Santé Connect."));
    }
}

void PscLoginFlow::cancel()
{
    m_listener.stop();
    m_attempt.reset();
}

void PscLoginFlow::onCallback(const QUrl &callback)
{
    if (!m_attempt)
        return;
    const interop::psc::PscAuthorizationRequest attempt = *m_attempt;
    m_attempt.reset();
    auto signIn = m_holder.signIn();
    if (!signIn)
        return fail(signIn.error());
    auto identity = (*signIn)->complete(attempt, callback, QDateTime::currentDateTimeUtc());
    if (!identity)
        return fail(identity.error());
    // PscLogin audits its own refusals; only PSC-side failures go through recordFailure().
    auto session = m_login.open(*identity);
    if (!session) {
        emit failed(session.error().message);
        return;
    }
    m_holder.start(std::move(*identity));
    emit succeeded(*session);
}

void PscLoginFlow::fail(const domain::Error &error)
{
    m_listener.stop();
    m_attempt.reset();
    // An audit failure must not hide the login error: the message shown is the login's.
    (void)m_login.recordFailure(error);
    emit failed(error.message);
}

} // namespace sgl::app
