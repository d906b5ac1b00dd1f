#pragma once

#include "domain/audit/AuditActor.h"
#include "storage/DbUrl.h"
#include "storage/OutboxRepository.h"

#include <QDateTime>
#include <QList>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <thread>

namespace sgl::workflow::dispatch {

/**
 * Keeps the claim of the rows a Dispatcher is sending while a send runs longer than the lease
 * (issue 13: "a send that runs longer than its lease keeps its claim").
 *
 * A background thread, with its own database connection (storage::Database is bound to the
 * thread that opened it; the dispatcher's thread is busy in the sender), renews the lease of the
 * held rows every third of the lease: lease_until = clock() + leaseSeconds, only while this
 * claimant still holds the same attempt (storage::OutboxRepository::renewLease), each renewal
 * audited ("dispatch.lease_renewed", entity "outbox"). The connection is opened at the first
 * renewal only: passes whose sends are quick never open it. A renewal that fails (database
 * down) is logged and tried again at the next tick; the send then may lose its row to another
 * dispatcher once the lease has passed, which the Dispatcher records as "lost" (the sender is
 * idempotent on uniqueId: nothing is sent twice as a second document).
 *
 * An in-memory SQLite database cannot be shared with another connection: nothing is renewed
 * there (one process, one dispatcher: nobody else can claim).
 */
class LeaseKeeper {
public:
    LeaseKeeper(storage::DbUrl url, QString claimant, qint64 leaseSeconds, std::function<QDateTime()> clock,
                domain::AuditActor actor);
    ~LeaseKeeper();
    LeaseKeeper(const LeaseKeeper &) = delete;
    LeaseKeeper &operator=(const LeaseKeeper &) = delete;

    /** From now on keeps these rows (the batch being sent); the first renewal is a third of the lease away. */
    void hold(const QList<storage::OutboxEntry> &rows);
    /** Stops renewing (the batch is recorded). */
    void release();
    /** Row renewals done so far (tests, diagnostics). */
    [[nodiscard]] int renewals() const { return m_renewals.load(); }

private:
    void run(std::stop_token stop);
    void renew(const QList<storage::OutboxEntry> &rows);

    storage::DbUrl m_url;
    QString m_claimant;
    qint64 m_leaseSeconds;
    std::chrono::milliseconds m_interval;
    std::function<QDateTime()> m_clock;
    domain::AuditActor m_actor;

    std::mutex m_mutex;
    std::condition_variable_any m_wake;
    QList<storage::OutboxEntry> m_rows;
    std::chrono::steady_clock::time_point m_due;
    std::atomic<int> m_renewals = 0;
    std::jthread m_thread; ///< last: started after every member above is ready, joined first
};

} // namespace sgl::workflow::dispatch
