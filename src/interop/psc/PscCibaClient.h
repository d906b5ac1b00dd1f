#pragma once

#include "domain/Error.h"
#include "interop/psc/PscClientConfig.h"
#include "interop/psc/PscDiscovery.h"
#include "interop/psc/PscTokenSet.h"

#include <QDateTime>
#include <QString>

namespace sgl::interop::psc {

class PscBackChannel;

/** A CIBA request accepted by Pro Santé Connect: the professional is being asked on their e-CPS. */
struct PscCibaRequest {
    QString authReqId;       ///< opaque; a bearer-like secret of this request: never logged
    int expiresInSeconds = 0;
    int intervalSeconds = 5; ///< minimum wait between two polls (5 s when the provider names none)
    QDateTime expiresAt;     ///< UTC, from expires_in
};

/** What one poll of the token endpoint says. */
struct PscCibaPoll {
    enum class Status {
        Pending,  ///< authorization_pending: ask again after the interval
        SlowDown, ///< slow_down: polled too fast; add 5 s to the interval (CIBA Core §11, RFC 8628 §3.5)
        Denied,   ///< access_denied: the professional refused on their e-CPS or card
        Expired,  ///< expired_token: nobody answered in time; start again
        Tokens,   ///< approved: tokens holds the token set (ID token: acr eidas1, no nonce)
    };
    Status status = Status::Pending;
    PscTokenSet tokens;

    /** The wait before the next poll: current + 5 after SlowDown, current otherwise. */
    [[nodiscard]] static int nextIntervalSeconds(int currentSeconds, Status status);
};

/**
 * Client-Initiated Backchannel Authentication, poll mode (OpenID Connect CIBA Core 1.0), with Pro
 * Santé Connect: the sign-in needs no browser, the professional approves on their e-CPS app or with
 * their CPS card. Confidential client: it sends the client secret (client_secret_basic), so it
 * runs only where the secret lives, the lab's back-channel (never on a workstation: a config with a
 * gatewayUrl or without secret is refused). CIBA is enabled per service at PSC.
 *
 * start() posts scope, login_hint (the professional's national id, 8 + RPPS) and an optional
 * binding_message to the discovery's backchannel_authentication_endpoint; poll() posts grant
 * urn:openid:params:grant-type:ciba with the auth_req_id to the token endpoint. Both block; neither
 * sleeps: the caller waits intervalSeconds (PscCibaPoll::nextIntervalSeconds) between polls. The
 * ID token of the answer has no nonce: validate it with an empty expected nonce.
 *
 * Errors: "psc.config" (no secret, gateway form, or no backchannel endpoint published),
 * "psc.ciba_login_hint" (empty or not digits), "psc.ciba_unknown_user" (unknown_user_id),
 * "psc.ciba_refused" (any other refusal of start(): invalid_client, unauthorized_client,
 * access_denied of an inactive account, invalid_binding_message…), "psc.grant_refused" (poll of an
 * unknown, already used or foreign auth_req_id, bad client secret), "psc.malformed_response",
 * "psc.http_status", and those of PscHttp.
 */
class PscCibaClient
{
public:
    [[nodiscard]] static domain::Result<PscCibaClient> create(PscClientConfig config, PscDiscovery discovery);
    /** The back-channel's config and discovery. */
    [[nodiscard]] static domain::Result<PscCibaClient> create(const PscBackChannel &channel);

    [[nodiscard]] domain::Result<PscCibaRequest> start(const QString &loginHint, const QString &bindingMessage = {});
    [[nodiscard]] domain::Result<PscCibaPoll> poll(const QString &authReqId);

private:
    PscCibaClient(PscClientConfig config, PscDiscovery discovery);
    domain::Result<PscHttpResponse> post(const QString &endpoint, const QList<QPair<QString, QString>> &fields);

    PscClientConfig m_config;
    PscDiscovery m_discovery;
};

} // namespace sgl::interop::psc
