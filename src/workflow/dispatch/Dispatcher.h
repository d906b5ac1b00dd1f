#pragma once

#include "domain/Error.h"
#include "domain/audit/AuditActor.h"
#include "domain/report/DispatchBackoff.h"
#include "workflow/dispatch/SenderRegistry.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>
#include <memory>
#include <stop_token>

namespace sgl::storage {
class Database;
} // namespace sgl::storage

namespace sgl::workflow::dispatch {

/** How a dispatcher claims and retries. Clock and random source are injectable for tests. */
struct DispatcherConfig {
    /** Recorded on claimed rows and attempts; unique per running dispatcher (makeClaimantId()). */
    QString claimant;
    /**
     * A claimed row is claimable again by anyone this long after the claim or its last renewal:
     * while a batch is being sent its lease is renewed every third of it (LeaseKeeper), so only
     * a dead (or cut-off) dispatcher loses its rows.
     */
    qint64 leaseSeconds = 600;
    int batchSize = 20;
    domain::DispatchBackoff backoff;
    std::function<QDateTime()> clock;         ///< UTC now; default QDateTime::currentDateTimeUtc
    domain::DispatchBackoff::Random random;   ///< [0, 1); default QRandomGenerator::global()
    domain::AuditActor actor;                 ///< default AuditActor::system("sgl dispatch", host)
};

/** "host:pid:random": the claimant id of this process. */
[[nodiscard]] QString makeClaimantId();

/** One attempt, as printed by `sgl dispatch --once` (one JSON line each). */
struct AttemptReport {
    qint64 outboxId = 0;
    domain::Channel channel = domain::Channel::MssPro;
    QString recipient;
    QString documentRef;
    qint64 dossierId = 0;
    QString dossierNumber;
    int attempt = 0;
    /** "sent", "retry" (transient, next attempt planned), "parked" (permanent or attempts exhausted),
     *  "lost" (the lease had passed to another dispatcher: outcome not recorded on the row). */
    QString outcome;
    QString acknowledgement;
    QString error;            ///< French
    QDateTime nextAttemptAt;  ///< retry only
};

/** What one pass did. */
struct DispatchRunSummary {
    QList<AttemptReport> attempts;
    int sent = 0;
    int retried = 0;
    int parked = 0;
    int lost = 0;
    [[nodiscard]] bool anyFailure() const { return retried + parked + lost > 0; }
};

/**
 * The outbox engine: claims due rows of the configured channels (storage::OutboxRepository::claim,
 * FOR UPDATE SKIP LOCKED on PostgreSQL), hands each to its channel's sender outside any
 * transaction, then records the outcome in its own transaction: sent (with acknowledgement),
 * transient failure (retried after DispatchBackoff with jitter), permanent failure or attempts
 * exhausted (parked for a human). Every claimed row and every outcome is audited (actions
 * "dispatch.claim", "dispatch.sent", "dispatch.retry_planned", "dispatch.parked",
 * "dispatch.lost"; entity "outbox"), by the system actor of the config.
 *
 * Lease: the rows of the batch being sent have their lease renewed in the background
 * (LeaseKeeper, own connection) while the senders run, so a send slower than the lease keeps
 * its row. Crash safety: a dispatcher killed between claim and outcome leaves the row sending under its
 * lease; once the lease has passed the row is claimed again (attempt + 1, the open attempt
 * closed as "abandoned") and the sender, idempotent on uniqueId, does not create a second
 * document.
 */
class LeaseKeeper;

class Dispatcher {
public:
    Dispatcher(storage::Database &db, const SenderRegistry &senders, DispatcherConfig config);
    ~Dispatcher();
    Dispatcher(Dispatcher &&) noexcept;
    Dispatcher(const Dispatcher &) = delete;
    Dispatcher &operator=(const Dispatcher &) = delete;

    using AttemptCallback = std::function<void(const AttemptReport &)>;
    /**
     * Claims and sends until nothing is due (batches of batchSize). `onAttempt` is called after
     * each recorded attempt. Fails only when the database fails (claim or outcome not written);
     * what was recorded before stays recorded. A stop request is honoured between batches (the
     * rows of the current batch are sent and recorded first: none is left under a lease).
     */
    [[nodiscard]] domain::Result<DispatchRunSummary> runOnce(const AttemptCallback &onAttempt = {},
                                                             std::stop_token stop = {});
    [[nodiscard]] const DispatcherConfig &config() const { return m_config; }

private:
    [[nodiscard]] domain::Result<QList<storage::OutboxEntry>> claimBatch(const QDateTime &now);
    [[nodiscard]] DispatchItem prepare(const storage::OutboxEntry &row, QString *loadError);
    [[nodiscard]] domain::Result<AttemptReport> record(const DispatchItem &item, const SendOutcome &outcome);

    storage::Database &m_db;
    const SenderRegistry &m_senders;
    DispatcherConfig m_config;
    std::unique_ptr<LeaseKeeper> m_leaseKeeper; ///< started at the first batch
};

} // namespace sgl::workflow::dispatch
