#include "simulators/psc/PscSimCiba.h"

#include <QUuid>

#include <algorithm>

namespace sgl::simulators::psc {

bool PscSimCiba::acceptableBindingMessage(const QString &message)
{
    return message.size() <= 64
        && std::none_of(message.cbegin(), message.cend(), [](QChar c) { return c.category() == QChar::Other_Control; });
}

QString PscSimCiba::open(Request request)
{
    // A UUID is what Keycloak hands out; it is unguessable enough for a loopback simulator.
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_requests.insert(id, std::move(request));
    return id;
}

PscSimCiba::PollResult PscSimCiba::poll(const QString &authReqId, const QString &clientId, qint64 now)
{
    auto found = m_requests.find(authReqId);
    if (found == m_requests.end() || found->clientId != clientId)
        return {};
    if (now >= found->expires) {
        m_requests.erase(found);
        return {Outcome::Expired, {}};
    }
    if (now - found->lastPoll < found->interval) {
        found->lastPoll = now;
        found->interval += 5;
        return {Outcome::SlowDown, {}};
    }
    found->lastPoll = now;
    switch (found->state) {
    case Request::State::Pending:
        return {Outcome::Pending, {}};
    case Request::State::Denied:
        m_requests.erase(found);
        return {Outcome::Denied, {}};
    case Request::State::Approved:
        break;
    }
    PollResult approved{Outcome::Approved, *found};
    m_requests.erase(found);
    return approved;
}

bool PscSimCiba::answer(const QString &authReqId, bool approve)
{
    auto found = m_requests.find(authReqId);
    if (found == m_requests.end() || found->state != Request::State::Pending)
        return false;
    found->state = approve ? Request::State::Approved : Request::State::Denied;
    return true;
}

} // namespace sgl::simulators::psc
