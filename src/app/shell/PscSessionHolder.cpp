#include "app/shell/PscSessionHolder.h"

#include "interop/psc/ErrorCodes.h"
#include "interop/psc/PscBackChannel.h"

#include <algorithm>

namespace sgl::app {

namespace {
/** Renew this long before the access token ends, at most a third of its lifetime (short-lived tokens). */
constexpr qint64 kRenewMarginSeconds = 60;
constexpr qint64 kMinimumDelayMs = 1000;
} // namespace

PscSessionHolder::PscSessionHolder(QObject *parent, Clock clock)
    : QObject(parent), m_clock(clock ? std::move(clock) : Clock([] { return QDateTime::currentDateTimeUtc(); }))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &PscSessionHolder::renewNow);
}

PscSessionHolder::~PscSessionHolder() = default;

void PscSessionHolder::configure(interop::psc::PscClientConfig config)
{
    // A workstation never holds the secret (decision 0003); PscBackChannel refuses it too.
    config.clientSecret.clear();
    m_config = std::move(config);
    m_signIn.reset();
    m_service.reset();
}

void PscSessionHolder::setTokenService(std::unique_ptr<interop::psc::PscTokenService> service)
{
    m_signIn.reset();
    m_service = std::move(service);
}

bool PscSessionHolder::isConfigured() const
{
    return m_service != nullptr || m_config.has_value();
}

domain::Result<interop::psc::PscSignIn *> PscSessionHolder::signIn()
{
    if (!m_service) {
        if (!m_config)
            return domain::fail(QString(interop::psc::errc::Config),
                                tr("Pro Santé Connect n'est pas paramétré sur ce poste (Paramètres ▸ Pro Santé "
                                   "Connect)."));
        auto channel = interop::psc::PscBackChannel::connect(*m_config);
        if (!channel)
            return std::unexpected(channel.error());
        m_service = std::move(*channel);
    }
    if (!m_signIn)
        m_signIn = std::make_unique<interop::psc::PscSignIn>(*m_service);
    return m_signIn.get();
}

void PscSessionHolder::start(interop::psc::PscIdentity identity)
{
    m_identity = std::move(identity);
    schedule();
}

QDateTime PscSessionHolder::expiresAt() const
{
    return m_identity ? m_identity->tokens.accessExpiresAt : QDateTime();
}

void PscSessionHolder::schedule()
{
    m_timer.stop();
    m_renewalAt = {};
    if (!m_identity || !m_identity->tokens.accessExpiresAt.isValid())
        return;
    const QDateTime now = m_clock();
    const qint64 lifetime = std::max<qint64>(0, now.secsTo(m_identity->tokens.accessExpiresAt));
    const qint64 margin = std::min(kRenewMarginSeconds, lifetime / 3);
    m_renewalAt = m_identity->tokens.accessExpiresAt.addSecs(-margin);
    m_timer.start(int(std::max(kMinimumDelayMs, now.msecsTo(m_renewalAt))));
}

void PscSessionHolder::renewNow()
{
    if (!m_identity)
        return;
    const QDateTime now = m_clock();
    const auto &tokens = m_identity->tokens;
    if (tokens.refreshToken.isEmpty())
        return expire(tr("Pro Santé Connect n'a pas fourni de jeton de renouvellement."));
    if (tokens.refreshExpiresAt.isValid() && tokens.refreshExpiresAt <= now)
        return expire(tr("la durée maximale de la session est atteinte."));
    auto signIn = this->signIn();
    if (!signIn)
        return expire(signIn.error().message);
    auto next = (*signIn)->renew(*m_identity, now);
    if (!next)
        return expire(next.error().message);
    m_identity = std::move(*next);
    schedule();
    emit renewed(m_identity->tokens.accessExpiresAt);
}

void PscSessionHolder::expire(const QString &reason)
{
    clear();
    emit expired(tr("Votre session Pro Santé Connect a expiré : %1 Reconnectez-vous.").arg(reason));
}

domain::Status PscSessionHolder::signOut()
{
    if (!m_identity)
        return {};
    const interop::psc::PscIdentity identity = *m_identity;
    clear();
    auto signIn = this->signIn();
    if (!signIn)
        return std::unexpected(signIn.error());
    return (*signIn)->signOut(identity);
}

void PscSessionHolder::clear()
{
    m_timer.stop();
    m_renewalAt = {};
    m_identity.reset();
}

} // namespace sgl::app
