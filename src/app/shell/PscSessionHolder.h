#pragma once

#include "domain/Error.h"
#include "interop/psc/PscClientConfig.h"
#include "interop/psc/PscSignIn.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>

namespace sgl::app {

/**
 * The Pro Santé Connect side of the open session, for the whole workstation (owned by
 * AppServices): the workstation's PSC client (PscBackChannel in its gateway form, connected on
 * first use), and the signed-in professional's PscIdentity with its tokens, IN MEMORY ONLY
 * (never written to disk, never logged).
 *
 * Keeps the PSC session alive: renewNow() runs PscSignIn::renew shortly before
 * tokens.accessExpiresAt (a timer); when renewal fails or the refresh token has expired, the
 * identity is dropped and expired() says why, in French (« Votre session Pro Santé Connect a
 * expiré… »): the Application then ends the SGL session.
 *
 * Others read identity() (e.g. the DMP web access needs session.signInMethod and session.rpps
 * only, tokens when it talks to PSC itself). Lives in the GUI thread; PSC calls are blocking
 * (libcurl, a few hundred milliseconds).
 */
class PscSessionHolder : public QObject {
    Q_OBJECT
public:
    using Clock = std::function<QDateTime()>;

    explicit PscSessionHolder(QObject *parent = nullptr, Clock clock = {});
    ~PscSessionHolder() override;

    /** The workstation's PSC client (gatewayUrl set, no secret); connected at the first signIn(). */
    void configure(interop::psc::PscClientConfig config);
    /** A ready token service instead of configure() (tests). */
    void setTokenService(std::unique_ptr<interop::psc::PscTokenService> service);
    [[nodiscard]] bool isConfigured() const;
    /** The login driver; connects to PSC (discovery, JWKS) on first call. Errors of PscBackChannel::connect. */
    [[nodiscard]] domain::Result<interop::psc::PscSignIn *> signIn();

    /** Keeps the identity of the session just opened and schedules its renewal. */
    void start(interop::psc::PscIdentity identity);
    [[nodiscard]] std::optional<interop::psc::PscIdentity> identity() const { return m_identity; }
    /** End of the current PSC session (accessExpiresAt, pushed back by each renewal); invalid when none. */
    [[nodiscard]] QDateTime expiresAt() const;
    /** When the next renewal is planned (invalid when none). */
    [[nodiscard]] QDateTime renewalAt() const { return m_renewalAt; }
    /** Logout: ends the provider session (best effort: the local session ends anyway) and forgets the identity. */
    domain::Status signOut();
    /** Forgets the identity without calling PSC (session already ended). */
    void clear();

public slots:
    /** Renews the tokens now (the timer calls it before expiry; tests call it directly). */
    void renewNow();

signals:
    /** Tokens renewed: the SGL session now ends at expiresAt. */
    void renewed(const QDateTime &expiresAt);
    /** The PSC session is over (renewal refused, refresh token expired): identity dropped. */
    void expired(const QString &message);

private:
    void schedule();
    void expire(const QString &reason);

    Clock m_clock;
    std::optional<interop::psc::PscClientConfig> m_config;
    std::unique_ptr<interop::psc::PscTokenService> m_service;
    std::unique_ptr<interop::psc::PscSignIn> m_signIn;
    std::optional<interop::psc::PscIdentity> m_identity;
    QTimer m_timer;
    QDateTime m_renewalAt;
};

} // namespace sgl::app
