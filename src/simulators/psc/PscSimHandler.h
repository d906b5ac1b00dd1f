#pragma once

#include "domain/Error.h"
#include "simulators/common/SimHttp.h"
#include "simulators/psc/PscSimCiba.h"
#include "simulators/psc/PscSimConfig.h"
#include "simulators/psc/PscSimKeyRing.h"
#include "simulators/psc/PscSimProfessionals.h"

#include <QHash>
#include <QJsonObject>
#include <QMutex>
#include <QSet>

namespace sgl::simulators::psc {

/**
 * The Pro Santé Connect provider logic (Keycloak realm esante-wallet), behind common::SimTlsServer.
 * Paths under /auth/realms/esante-wallet: the non-standard discovery
 * .well-known/wallet-openid-configuration, and protocol/openid-connect/{auth, token, userinfo,
 * token/introspect, logout, certs, ext/ciba/auth}. Admin: POST /sim/rotate-keys, and the CIBA test
 * hooks POST /sim/ciba/approve and /sim/ciba/deny (auth_req_id in the query or the form; 404 when
 * unknown or already answered).
 *
 * CIBA poll mode (ext/ciba/auth, grant urn:openid:params:grant-type:ciba, see PscSimCiba): client
 * authentication required (401 invalid_client), only for config.cibaClientIds (unauthorized_client),
 * scope with openid and a login_hint (invalid_request), unknown professional (unknown_user_id),
 * inactive e-CPS (403 access_denied), binding_message over 64 characters or with control characters
 * (invalid_binding_message). Polling answers authorization_pending, slow_down, expired_token,
 * access_denied or the token set (ID token with acr eidas1, no nonce).
 *
 * The auth endpoint needs no login page: it "authenticates" at once the professional named by
 * login_hint (RPPS or 8+RPPS) or config.defaultRpps, and redirects (302) to redirect_uri with code
 * and state; setApprove(false) makes it answer error=access_denied (the professional refused on
 * their e-CPS), as does an unknown or inactive professional.
 *
 * It refuses what the real one refuses: unknown client_id or a redirect_uri not registered exactly
 * (400 page, no redirect), a missing or non-S256 PKCE challenge, a bad client secret (401
 * invalid_client), a code reused (invalid_grant, and the tokens issued from it are revoked), expired
 * or issued to another client or redirect_uri, a bad PKCE verifier, an expired or revoked token.
 *
 * handle() runs in the simulator's thread; the test hooks (rotateKeys, advanceClock, setApprove…)
 * may be called from any thread: one mutex guards everything.
 */
class PscSimHandler final : public common::SimHttpHandler
{
public:
    static constexpr const char *Realm = "/auth/realms/esante-wallet";

    [[nodiscard]] static domain::Result<std::unique_ptr<PscSimHandler>> create(PscSimConfig config);

    /** Paths this handler answers (for the server's HTTP framing). */
    [[nodiscard]] static QStringList postPaths();
    [[nodiscard]] static QStringList getPaths();

    /** https://127.0.0.1:<port>: set by the server once it listens (issuer = base + Realm). */
    void setBaseUrl(const QString &base);
    [[nodiscard]] QString issuer() const;

    common::SimHttpResponse handle(const common::SimHttpRequest &request) override;

    // Test hooks (thread-safe).
    [[nodiscard]] domain::Result<QString> rotateKeys();
    void advanceClock(int seconds);
    void setApprove(bool approve);
    /** The professional approves (or denies) a pending CIBA request; false when unknown or answered. */
    bool answerCiba(const QString &authReqId, bool approve);
    [[nodiscard]] QString currentKeyId() const;
    [[nodiscard]] QByteArray publicKeyPem(const QString &kid) const;

private:
    struct Grant {        ///< what an authorization code, a session and its tokens carry
        QString clientId;
        QString redirectUri;
        QString challenge;
        QString nonce;
        QString rpps;
        QString scope;
        QString session;
        qint64 expires = 0;
        bool used = false;
    };
    struct Token {
        QString session;
        QString clientId;
        QString rpps;
        QString scope;
        qint64 expires = 0;
    };

    PscSimHandler(PscSimConfig config, PscSimKeyRing keys);
    [[nodiscard]] qint64 now() const;
    [[nodiscard]] const PscSimClient *authenticateClient(const common::SimHttpRequest &request,
                                                         const QHash<QString, QString> &form) const;
    [[nodiscard]] const PscSimProfessional *professional(const QString &hint) const;

    common::SimHttpResponse discovery() const;
    common::SimHttpResponse authorize(const common::SimHttpRequest &request);
    common::SimHttpResponse token(const common::SimHttpRequest &request);
    common::SimHttpResponse codeGrant(const PscSimClient &client, const QHash<QString, QString> &form);
    common::SimHttpResponse cibaAuth(const common::SimHttpRequest &request);
    common::SimHttpResponse cibaGrant(const PscSimClient &client, const QHash<QString, QString> &form);
    common::SimHttpResponse cibaHook(const common::SimHttpRequest &request, bool approve);
    common::SimHttpResponse refreshGrant(const PscSimClient &client, const QHash<QString, QString> &form);
    common::SimHttpResponse issueTokens(const Grant &grant, bool withIdToken);
    common::SimHttpResponse userInfo(const common::SimHttpRequest &request);
    common::SimHttpResponse introspect(const common::SimHttpRequest &request);
    common::SimHttpResponse logout(const common::SimHttpRequest &request);
    void endSession(const QString &session);

    PscSimConfig m_config;
    PscSimKeyRing m_keys;
    QList<PscSimProfessional> m_professionals;
    QString m_base;
    qint64 m_clockOffset = 0;
    QHash<QString, Grant> m_codes;
    QHash<QByteArray, Token> m_accessTokens;
    QHash<QByteArray, Token> m_refreshTokens;
    PscSimCiba m_ciba;
    QSet<QString> m_sessions; ///< live sessions; a token of an ended session is no longer active
    mutable QMutex m_mutex;
};

} // namespace sgl::simulators::psc
