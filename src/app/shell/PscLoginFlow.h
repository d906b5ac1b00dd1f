#pragma once

#include "domain/security/UserSession.h"
#include "interop/psc/PscAuthorizationRequest.h"
#include "interop/psc/PscLoopbackListener.h"

#include <QObject>
#include <QUrl>

#include <chrono>
#include <functional>
#include <optional>

namespace sgl::workflow {
class PscLogin;
}

namespace sgl::app {

class PscSessionHolder;

/**
 * One « Se connecter avec Pro Santé Connect » attempt on this workstation (decision 0003):
 * start() creates the attempt (PKCE, state, nonce), listens on the loopback redirect
 * http://127.0.0.1:<port>/psc/callback and opens the authorization URL in the system browser;
 * the redirect completes the attempt (PscSignIn::complete: code exchange through the lab's
 * gateway, ID token and UserInfo validated), then workflow::PscLogin opens the session of the
 * account linked by RPPS. The identity (tokens) goes to the PscSessionHolder.
 *
 * Ends with exactly one of succeeded(session) or failed(French message), or nothing after
 * cancel(). Every failure is audited (PscLogin::recordFailure for the PSC-side ones). The
 * browser opener is injectable: tests GET the URL themselves instead of a browser.
 */
class PscLoginFlow : public QObject {
    Q_OBJECT
public:
    using UrlOpener = std::function<bool(const QUrl &)>;

    PscLoginFlow(PscSessionHolder &holder, workflow::PscLogin &login, quint16 loopbackPort,
                 QObject *parent = nullptr);
    ~PscLoginFlow() override;

    /** Default: QDesktopServices::openUrl (the system browser). */
    void setUrlOpener(UrlOpener opener) { m_opener = std::move(opener); }
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    [[nodiscard]] quint16 loopbackPort() const { return m_port; }

    /** Starts an attempt (a running one is cancelled first). */
    void start();
    /** Abandons the attempt under way (Annuler): stops listening, emits nothing. */
    void cancel();
    [[nodiscard]] bool isRunning() const { return m_attempt.has_value(); }

signals:
    void succeeded(const sgl::domain::UserSession &session);
    void failed(const QString &message);

private:
    void onCallback(const QUrl &callback);
    void fail(const domain::Error &error);

    PscSessionHolder &m_holder;
    workflow::PscLogin &m_login;
    quint16 m_port;
    UrlOpener m_opener;
    std::chrono::milliseconds m_timeout{interop::psc::PscLoopbackListener::kDefaultTimeout};
    interop::psc::PscLoopbackListener m_listener;
    std::optional<interop::psc::PscAuthorizationRequest> m_attempt;
};

} // namespace sgl::app
