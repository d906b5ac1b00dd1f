#include "workflow/dispatch/DispatchActions.h"

#include "storage/AuditRepository.h"
#include "storage/Database.h"
#include "storage/ErrorCodes.h"
#include "storage/OutboxAttemptRepository.h"
#include "storage/OutboxRepository.h"
#include "workflow/ErrorCodes.h"
#include "workflow/Tr.h"
#include "workflow/auth/PermissionGuard.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace sgl::workflow::dispatch {

using domain::DispatchState;

namespace {
QString snapshot(const storage::OutboxEntry &e)
{
    const QJsonObject o{{u"state"_s, domain::dispatchStateCode(e.state)},
                        {u"attempts"_s, e.attempts},
                        {u"next_attempt_at"_s, e.nextAttemptAt.toString(Qt::ISODate)},
                        {u"last_error"_s, e.lastError},
                        {u"version"_s, e.version}};
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}
} // namespace

DispatchActions::DispatchActions(storage::Database &db, domain::UserSession session,
                                 QList<domain::Channel> configuredChannels)
    : m_db(db), m_session(std::move(session)), m_actor(domain::AuditActor::fromSession(m_session)),
      m_configured(std::move(configuredChannels))
{
}

bool DispatchActions::canRetry(DispatchState s)
{
    return s == DispatchState::Pending || s == DispatchState::Failed || s == DispatchState::Parked
        || s == DispatchState::Cancelled;
}

bool DispatchActions::canCancel(DispatchState s)
{
    return s == DispatchState::Pending || s == DispatchState::Failed || s == DispatchState::Parked
        || s == DispatchState::Withheld || s == DispatchState::Blocked;
}

QString DispatchActions::stateLabel(const storage::OutboxEntry &e, bool configured)
{
    const QString state = !configured && (e.state == DispatchState::Pending || e.state == DispatchState::Failed)
                              ? Tr::tr("en attente : canal non configuré")
                              : domain::dispatchStateLabel(e.state);
    // A DMP row cycled back after publication says what it does now ("retrait du DMP : envoyé").
    if (e.operation == domain::DispatchOperation::Send)
        return state;
    return Tr::tr("%1 : %2").arg(domain::dispatchOperationLabel(e.operation), state);
}

domain::Result<QList<DispatchRowView>> DispatchActions::list(const DispatchListFilter &filter)
{
    if (auto ok = requirePermission(m_session, domain::Permission::DispatchManage); !ok)
        return std::unexpected(ok.error());
    return m_db.write([&](storage::WriteTx &tx) -> domain::Result<QList<DispatchRowView>> {
        storage::OutboxFilter f;
        f.state = filter.state;
        f.channel = filter.channel;
        f.dossierId = filter.dossierId;
        f.limit = filter.limit;
        auto rows = storage::OutboxRepository::list(tx, f);
        if (!rows)
            return std::unexpected(rows.error());
        QJsonObject what{{u"rows"_s, static_cast<int>(rows->size())}};
        if (filter.state)
            what.insert(u"state"_s, domain::dispatchStateCode(*filter.state));
        if (filter.channel)
            what.insert(u"channel"_s, domain::channelCode(*filter.channel));
        if (filter.dossierId)
            what.insert(u"dossier_id"_s, *filter.dossierId);
        if (auto a = storage::AuditRepository::append(tx, m_actor, u"dispatch.list"_s, u"outbox"_s,
                                                      filter.dossierId ? QString::number(*filter.dossierId) : QString(),
                                                      {}, QString::fromUtf8(QJsonDocument(what).toJson(QJsonDocument::Compact)));
            !a)
            return std::unexpected(a.error());
        QList<DispatchRowView> out;
        for (const storage::OutboxRow &r : *rows)
            out << toView(r);
        return out;
    });
}

domain::Result<QList<storage::OutboxAttempt>> DispatchActions::attempts(qint64 outboxId)
{
    if (auto ok = requirePermission(m_session, domain::Permission::DispatchManage); !ok)
        return std::unexpected(ok.error());
    return m_db.write([&](storage::WriteTx &tx) -> domain::Result<QList<storage::OutboxAttempt>> {
        if (auto row = storage::OutboxRepository::get(tx, outboxId); !row)
            return std::unexpected(row.error());
        if (auto a = storage::AuditRepository::append(tx, m_actor, u"dispatch.read_attempts"_s, u"outbox"_s,
                                                      QString::number(outboxId));
            !a)
            return std::unexpected(a.error());
        return storage::OutboxAttemptRepository::forOutbox(tx, outboxId);
    });
}

domain::Result<DispatchRowView> DispatchActions::view(storage::WriteTx &tx, qint64 outboxId) const
{
    storage::OutboxFilter f;
    f.ids = {outboxId};
    auto rows = storage::OutboxRepository::list(tx, f);
    if (!rows)
        return std::unexpected(rows.error());
    if (rows->isEmpty()) // just updated in this transaction: cannot happen
        return domain::fail(storage::errc::NotFound, Tr::tr("Envoi %1 introuvable.").arg(outboxId));
    return toView(rows->first());
}

DispatchRowView DispatchActions::toView(const storage::OutboxRow &r) const
{
    DispatchRowView v;
    v.entry = r.entry;
    v.dossierId = r.dossierId;
    v.dossierNumber = r.dossierNumber;
    v.versionNumber = r.versionNumber;
    v.channelConfigured = m_configured.contains(r.entry.channel);
    v.stateLabel = stateLabel(r.entry, v.channelConfigured);
    v.canRetry = canRetry(r.entry.state);
    v.canCancel = canCancel(r.entry.state);
    return v;
}

domain::Result<DispatchRowView> DispatchActions::retryNow(qint64 outboxId, int expectedVersion)
{
    if (auto ok = requirePermission(m_session, domain::Permission::DispatchManage); !ok)
        return std::unexpected(ok.error());
    return m_db.write([&](storage::WriteTx &tx) -> domain::Result<DispatchRowView> {
        auto before = storage::OutboxRepository::get(tx, outboxId);
        if (!before)
            return std::unexpected(before.error());
        if (!canRetry(before->state))
            return domain::fail(errc::DispatchNotRetryable,
                                Tr::tr("L'envoi %1 ne peut pas être relancé : %2.")
                                    .arg(outboxId)
                                    .arg(domain::dispatchStateLabel(before->state)),
                                domain::dispatchStateCode(before->state));
        auto after = storage::OutboxRepository::retryNow(tx, outboxId, expectedVersion, QDateTime::currentDateTimeUtc());
        if (!after)
            return std::unexpected(after.error());
        if (auto a = storage::AuditRepository::append(tx, m_actor, u"dispatch.retry"_s, u"outbox"_s,
                                                      QString::number(outboxId), snapshot(*before), snapshot(*after));
            !a)
            return std::unexpected(a.error());
        return view(tx, outboxId);
    });
}

domain::Result<DispatchActions::BulkRetry>
DispatchActions::retryMany(const QList<std::pair<qint64, int>> &rowsAndVersions,
                           const std::function<bool(int done, int total)> &progress)
{
    if (auto ok = requirePermission(m_session, domain::Permission::DispatchManage); !ok)
        return std::unexpected(ok.error());
    BulkRetry out;
    const int total = static_cast<int>(rowsAndVersions.size());
    for (int i = 0; i < total; ++i) {
        if (progress && !progress(i, total)) {
            out.interrupted = true;
            return out;
        }
        const auto &[id, version] = rowsAndVersions.at(i);
        auto done = retryNow(id, version);
        if (done)
            ++out.retried;
        else
            out.refused << Tr::tr("envoi %1 : %2").arg(id).arg(done.error().message);
    }
    if (progress)
        (void)progress(total, total);
    return out;
}

domain::Result<DispatchRowView> DispatchActions::cancel(qint64 outboxId, int expectedVersion, const QString &reason)
{
    if (auto ok = requirePermission(m_session, domain::Permission::DispatchManage); !ok)
        return std::unexpected(ok.error());
    const QString why = reason.trimmed();
    if (why.isEmpty())
        return domain::fail(errc::DispatchReasonRequired, Tr::tr("Indiquez le motif de l'annulation de l'envoi."));
    return m_db.write([&](storage::WriteTx &tx) -> domain::Result<DispatchRowView> {
        auto before = storage::OutboxRepository::get(tx, outboxId);
        if (!before)
            return std::unexpected(before.error());
        if (!canCancel(before->state))
            return domain::fail(errc::DispatchNotCancellable,
                                Tr::tr("L'envoi %1 ne peut pas être annulé : %2.")
                                    .arg(outboxId)
                                    .arg(domain::dispatchStateLabel(before->state)),
                                domain::dispatchStateCode(before->state));
        auto after = storage::OutboxRepository::cancel(
            tx, outboxId, expectedVersion, Tr::tr("Annulé par %1 : %2").arg(m_session.login, why),
            QDateTime::currentDateTimeUtc());
        if (!after)
            return std::unexpected(after.error());
        if (auto a = storage::AuditRepository::append(tx, m_actor, u"dispatch.cancel"_s, u"outbox"_s,
                                                      QString::number(outboxId), snapshot(*before), snapshot(*after));
            !a)
            return std::unexpected(a.error());
        return view(tx, outboxId);
    });
}

} // namespace sgl::workflow::dispatch
