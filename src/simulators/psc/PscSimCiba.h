#pragma once

#include <QHash>
#include <QString>

namespace sgl::simulators::psc {

/**
 * The pending CIBA (OpenID Connect Client-Initiated Backchannel Authentication, poll mode) requests
 * of the simulated provider: what the professional's e-CPS app would be asked to approve.
 *
 * Not thread-safe on its own: PscSimHandler owns it and calls it under its mutex. Times are the
 * handler's clock (seconds since the epoch, test offset included), so advancing the simulator's
 * clock expires requests and opens polling windows.
 *
 * Poll order (what a client observes): unknown, already consumed or another client's auth_req_id →
 * Invalid; past expiry → Expired (and forgotten); polled less than `interval` seconds after the
 * previous poll (or the request) → SlowDown, and the interval grows by 5 s as RFC 8628 §3.5 asks;
 * denied → Denied (forgotten); still waiting → Pending; approved → Approved (forgotten: an
 * auth_req_id gives tokens once).
 */
class PscSimCiba
{
public:
    struct Request {
        QString clientId;
        QString rpps;
        QString scope;
        QString bindingMessage;
        qint64 expires = 0;
        qint64 lastPoll = 0; ///< the request time until the first poll
        int interval = 5;
        enum class State { Pending, Approved, Denied } state = State::Pending;
    };
    enum class Outcome { Invalid, Expired, SlowDown, Denied, Pending, Approved };
    struct PollResult {
        Outcome outcome = Outcome::Invalid;
        Request request; ///< meaningful for Approved
    };

    /** At most 64 characters, no control character (shown as is on the professional's phone). */
    [[nodiscard]] static bool acceptableBindingMessage(const QString &message);
    /** Records a pending request and returns its auth_req_id (random, URL-safe). */
    [[nodiscard]] QString open(Request request);
    [[nodiscard]] PollResult poll(const QString &authReqId, const QString &clientId, qint64 now);
    /** The professional's answer on their e-CPS: false when the id is unknown or already answered. */
    bool answer(const QString &authReqId, bool approve);

private:
    QHash<QString, Request> m_requests;
};

} // namespace sgl::simulators::psc
