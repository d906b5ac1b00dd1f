#pragma once

#include "domain/Error.h"
#include "domain/audit/AuditActor.h"
#include "domain/report/Channel.h"
#include "domain/security/UserSession.h"
#include "storage/OutboxAttempt.h"
#include "storage/OutboxEntry.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>
#include <utility>

namespace sgl::storage {
class Database;
class WriteTx;
struct OutboxRow;
} // namespace sgl::storage

namespace sgl::workflow::dispatch {

/** One outbox row as the dispatch screen and `sgl dispatch status` show it. */
struct DispatchRowView {
    storage::OutboxEntry entry;  ///< state, attempts, lastError, nextAttemptAt, acknowledgement, version...
    qint64 dossierId = 0;        ///< 0 when the document is not a report version
    QString dossierNumber;
    int versionNumber = 0;       ///< report version number
    bool channelConfigured = false;
    QString stateLabel;          ///< French, e.g. "en attente : canal non configuré"
    bool canRetry = false;
    bool canCancel = false;
};

/** Filters of DispatchActions::list (all optional). */
struct DispatchListFilter {
    std::optional<domain::DispatchState> state;
    std::optional<domain::Channel> channel;
    std::optional<qint64> dossierId;
    int limit = 500;
};

/**
 * What a human does with the outbox (dispatch screen, `sgl dispatch status`): list rows, read a
 * row's attempts, retry now, cancel with a reason. Every call requires Permission::DispatchManage
 * (biologists, administrators) before anything and is audited in its own transaction
 * ("dispatch.list", "dispatch.read_attempts", "dispatch.retry", "dispatch.cancel" with before and
 * after). Retry and cancel take the row version shown (storage.conflict when it changed).
 *
 * Rules: retry (pending: send now; failed, parked, cancelled: back to pending, attempt budget
 * restarted) is refused for a row being sent, sent, acknowledged, withheld (the biologist's
 * decision) or blocked (INS not qualified): dispatch.not_retryable. Cancel (reason required:
 * dispatch.reason_required) is refused for a row being sent, sent, acknowledged or already
 * cancelled: dispatch.not_cancellable.
 */
class DispatchActions {
public:
    /** `configuredChannels`: channels with a sender (SenderRegistry::channels()), for the labels. */
    DispatchActions(storage::Database &db, domain::UserSession session, QList<domain::Channel> configuredChannels);

    [[nodiscard]] domain::Result<QList<DispatchRowView>> list(const DispatchListFilter &filter);
    [[nodiscard]] domain::Result<QList<storage::OutboxAttempt>> attempts(qint64 outboxId);
    [[nodiscard]] domain::Result<DispatchRowView> retryNow(qint64 outboxId, int expectedVersion);
    [[nodiscard]] domain::Result<DispatchRowView> cancel(qint64 outboxId, int expectedVersion, const QString &reason);

    /** What a bulk re-send did: rows retried, and the French reason of each row refused. */
    struct BulkRetry {
        int retried = 0;
        QStringList refused; ///< "envoi N : raison" (changed meanwhile, no longer retryable...)
        bool interrupted = false;
    };
    /**
     * Bulk re-send (after a DMP outage, a fixed certificate...): retryNow() on each row given
     * with the version it was listed at, each in its own transaction and audited like a single
     * retry, so what was done stays done if the batch stops. `progress(done, total)` is called
     * before each row and after the last; returning false stops the batch (interrupted). The
     * permission is checked once, first; a refused row does not stop the others.
     */
    [[nodiscard]] domain::Result<BulkRetry> retryMany(const QList<std::pair<qint64, int>> &rowsAndVersions,
                                                      const std::function<bool(int done, int total)> &progress = {});

    [[nodiscard]] static bool canRetry(domain::DispatchState state);
    [[nodiscard]] static bool canCancel(domain::DispatchState state);
    /** The state's label, "en attente : canal non configuré" for a due row of a channel without sender. */
    [[nodiscard]] static QString stateLabel(const storage::OutboxEntry &entry, bool channelConfigured);

private:
    [[nodiscard]] domain::Result<DispatchRowView> view(storage::WriteTx &tx, qint64 outboxId) const;
    [[nodiscard]] DispatchRowView toView(const storage::OutboxRow &row) const;

    storage::Database &m_db;
    domain::UserSession m_session;
    domain::AuditActor m_actor;
    QList<domain::Channel> m_configured;
};

} // namespace sgl::workflow::dispatch
