#include "workflow/dispatch/LeaseKeeper.h"

#include "storage/AuditRepository.h"
#include "storage/Database.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;

namespace sgl::workflow::dispatch {

namespace {
Q_LOGGING_CATEGORY(lcLease, "sgl.dispatch.lease")
} // namespace

LeaseKeeper::LeaseKeeper(storage::DbUrl url, QString claimant, qint64 leaseSeconds, std::function<QDateTime()> clock,
                         domain::AuditActor actor)
    : m_url(std::move(url)), m_claimant(std::move(claimant)), m_leaseSeconds(std::max<qint64>(1, leaseSeconds)),
      m_interval(std::chrono::milliseconds(m_leaseSeconds * 1000 / 3)), m_clock(std::move(clock)),
      m_actor(std::move(actor))
{
    m_thread = std::jthread([this](std::stop_token stop) { run(stop); });
}

LeaseKeeper::~LeaseKeeper()
{
    m_thread.request_stop();
    m_wake.notify_all();
}

void LeaseKeeper::hold(const QList<storage::OutboxEntry> &rows)
{
    {
        std::lock_guard lock(m_mutex);
        m_rows = rows;
        m_due = std::chrono::steady_clock::now() + m_interval;
    }
    m_wake.notify_all();
}

void LeaseKeeper::release()
{
    std::lock_guard lock(m_mutex);
    m_rows.clear();
}

void LeaseKeeper::run(std::stop_token stop)
{
    std::unique_ptr<storage::Database> db;
    const bool unusable = m_url.memory;
    while (!stop.stop_requested()) {
        QList<storage::OutboxEntry> rows;
        {
            std::unique_lock lock(m_mutex);
            if (!m_wake.wait(lock, stop, [this] { return !m_rows.isEmpty(); }))
                break; // stop requested
            const auto due = m_due;
            // Until the renewal is due; a release or a new batch (hold) re-evaluates.
            if (m_wake.wait_until(lock, stop, due, [this, due] { return m_rows.isEmpty() || m_due != due; }))
                continue;
            if (stop.stop_requested())
                break;
            rows = m_rows;
            m_due = std::chrono::steady_clock::now() + m_interval;
        }
        if (unusable)
            continue;
        if (!db) {
            auto opened = storage::Database::open(m_url);
            if (!opened) {
                qCWarning(lcLease) << "bail non renouvelé, base injoignable :" << opened.error().toString();
                continue;
            }
            db = std::move(*opened);
        }
        const QDateTime now = m_clock();
        const QDateTime until = now.addSecs(m_leaseSeconds);
        auto ok = db->write([&](storage::WriteTx &tx) -> domain::Result<int> {
            int renewed = 0;
            for (const storage::OutboxEntry &row : rows) {
                auto held = storage::OutboxRepository::renewLease(tx, row, until, now);
                if (!held)
                    return std::unexpected(held.error());
                if (!*held)
                    continue; // recorded meanwhile, or no longer ours
                const QJsonObject after{{u"claimant"_s, m_claimant},
                                        {u"lease_until"_s, until.toString(Qt::ISODate)},
                                        {u"attempt"_s, row.attempts}};
                if (auto a = storage::AuditRepository::append(
                        tx, m_actor, u"dispatch.lease_renewed"_s, u"outbox"_s, QString::number(row.id), {},
                        QString::fromUtf8(QJsonDocument(after).toJson(QJsonDocument::Compact)));
                    !a)
                    return std::unexpected(a.error());
                ++renewed;
            }
            return renewed;
        });
        if (!ok)
            qCWarning(lcLease) << "bail non renouvelé :" << ok.error().toString();
        else
            m_renewals += *ok;
    }
    db.reset(); // closed on the thread that opened it
}

} // namespace sgl::workflow::dispatch
