#include "workflow/dispatch/Dispatcher.h"

#include "storage/AuditRepository.h"
#include "storage/Database.h"
#include "storage/DocumentRepository.h"
#include "storage/DossierRepository.h"
#include "storage/OutboxRepository.h"
#include "storage/ReportRepository.h"
#include "workflow/Tr.h"
#include "workflow/dispatch/LeaseKeeper.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSysInfo>
#include <QUuid>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace sgl::workflow::dispatch {

namespace {
constexpr int kMaxBatchesPerRun = 1000; // a backlog of 20,000 rows per pass at the default batch size

QString json(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}
} // namespace

QString makeClaimantId()
{
    return u"%1:%2:%3"_s.arg(QSysInfo::machineHostName())
        .arg(QCoreApplication::applicationPid())
        .arg(QUuid::createUuid().toString(QUuid::Id128).left(8));
}

Dispatcher::Dispatcher(storage::Database &db, const SenderRegistry &senders, DispatcherConfig config)
    : m_db(db), m_senders(senders), m_config(std::move(config))
{
    if (!m_config.clock)
        m_config.clock = [] { return QDateTime::currentDateTimeUtc(); };
    if (!m_config.random)
        m_config.random = [] { return QRandomGenerator::global()->generateDouble(); };
    if (m_config.claimant.isEmpty())
        m_config.claimant = makeClaimantId();
    if (m_config.actor.login.isEmpty())
        m_config.actor = domain::AuditActor::system(u"sgl dispatch"_s, QSysInfo::machineHostName());
    m_config.leaseSeconds = std::max<qint64>(1, m_config.leaseSeconds);
    m_config.batchSize = std::clamp(m_config.batchSize, 1, 1000);
}

Dispatcher::~Dispatcher() = default;
Dispatcher::Dispatcher(Dispatcher &&) noexcept = default;

domain::Result<QList<storage::OutboxEntry>> Dispatcher::claimBatch(const QDateTime &now)
{
    storage::OutboxClaim claim{now, m_config.claimant, now.addSecs(m_config.leaseSeconds), m_senders.channels(),
                               m_config.batchSize};
    return m_db.write([&](storage::WriteTx &tx) -> domain::Result<QList<storage::OutboxEntry>> {
        auto rows = storage::OutboxRepository::claim(tx, claim);
        if (!rows || rows->isEmpty())
            return rows;
        // One row per claimed row (its state changes): which document, which attempt, whose lease.
        // It also covers the reads of that document by the sender.
        for (const auto &e : *rows) {
            const QJsonObject after{{u"claimant"_s, m_config.claimant},
                                    {u"lease_until"_s, claim.leaseUntilUtc.toString(Qt::ISODate)},
                                    {u"channel"_s, domain::channelCode(e.channel)},
                                    {u"document"_s, e.documentRef},
                                    {u"attempt"_s, e.attempts}};
            if (auto a = storage::AuditRepository::append(tx, m_config.actor, u"dispatch.claim"_s, u"outbox"_s,
                                                          QString::number(e.id), {}, json(after));
                !a)
                return std::unexpected(a.error());
        }
        return rows;
    });
}

DispatchItem Dispatcher::prepare(const storage::OutboxEntry &row, QString *loadError)
{
    DispatchItem item;
    item.row = row;
    item.attempt = row.attempts;
    item.uniqueId = row.documentRef;
    auto loaded = m_db.read([&](storage::ReadTx &tx) -> domain::Status {
        storage::OutboxFilter f;
        f.ids = {row.id};
        auto rows = storage::OutboxRepository::list(tx, f);
        if (!rows)
            return std::unexpected(rows.error());
        if (rows->isEmpty() || rows->first().reportVersionId == 0)
            return {};
        const storage::OutboxRow &r = rows->first();
        auto v = storage::ReportRepository::get(tx, r.reportVersionId);
        if (!v)
            return std::unexpected(v.error());
        item.version = *v;
        item.dossierId = r.dossierId;
        item.dossierNumber = r.dossierNumber;
        auto patient = storage::DossierRepository::patientIdOf(tx, r.dossierId);
        if (!patient)
            return std::unexpected(patient.error());
        item.patientId = *patient;
        return {};
    });
    if (!loaded) {
        // Not handed to the sender half-filled: a transient failure, retried, reason visible.
        item.version = {};
        *loadError = Tr::tr("Lecture du document à envoyer impossible : %1").arg(loaded.error().message);
    }
    storage::Database *db = &m_db;
    const qint64 versionId = item.version.id;
    item.document = [db, versionId](const QString &kind) -> domain::Result<storage::StoredDocument> {
        return db->read([&](storage::ReadTx &tx) { return storage::DocumentRepository::get(tx, versionId, kind); });
    };
    return item;
}

domain::Result<AttemptReport> Dispatcher::record(const DispatchItem &item, const SendOutcome &outcome)
{
    const storage::OutboxEntry &row = item.row;
    AttemptReport report{row.id, row.channel, row.recipient, row.documentRef, item.dossierId, item.dossierNumber,
                         row.attempts, {}, {}, {}, {}};
    const QDateTime now = m_config.clock();
    return m_db.write([&](storage::WriteTx &tx) -> domain::Result<AttemptReport> {
        domain::Result<bool> held = false;
        QString action;
        if (outcome.kind == SendOutcome::Kind::Sent) {
            report.outcome = u"sent"_s;
            report.acknowledgement = outcome.acknowledgement;
            held = storage::OutboxRepository::recordSent(tx, row, outcome.acknowledgement, now);
            action = u"dispatch.sent"_s;
        } else {
            const bool permanent = outcome.kind == SendOutcome::Kind::PermanentFailure;
            QString reason = outcome.reason.trimmed().isEmpty() ? Tr::tr("Échec de l'envoi (motif non précisé).")
                                                                : outcome.reason.trimmed();
            std::optional<QDateTime> next;
            const int sinceRetry = row.attempts - row.retryBase;
            if (!permanent && !m_config.backoff.exhausted(sinceRetry)) {
                next = now.addSecs(m_config.backoff.delaySeconds(sinceRetry, m_config.random));
            } else if (!permanent) {
                reason = Tr::tr("Nombre maximal de tentatives atteint (%1) : %2").arg(sinceRetry).arg(reason);
            }
            report.outcome = next ? u"retry"_s : u"parked"_s;
            report.error = reason;
            report.nextAttemptAt = next.value_or(QDateTime());
            held = storage::OutboxRepository::recordFailure(tx, row, reason, permanent, next, now);
            action = next ? u"dispatch.retry_planned"_s : u"dispatch.parked"_s;
        }
        if (!held)
            return std::unexpected(held.error());
        if (!*held) {
            report.outcome = u"lost"_s;
            action = u"dispatch.lost"_s;
        }
        QJsonObject after{{u"claimant"_s, m_config.claimant},
                          {u"channel"_s, domain::channelCode(row.channel)},
                          {u"document"_s, row.documentRef},
                          {u"attempt"_s, row.attempts},
                          {u"outcome"_s, report.outcome}};
        if (!report.acknowledgement.isEmpty())
            after.insert(u"acknowledgement"_s, report.acknowledgement);
        if (!report.error.isEmpty())
            after.insert(u"error"_s, report.error);
        if (report.nextAttemptAt.isValid())
            after.insert(u"next_attempt_at"_s, report.nextAttemptAt.toString(Qt::ISODate));
        if (auto a = storage::AuditRepository::append(tx, m_config.actor, action, u"outbox"_s,
                                                      QString::number(row.id), {}, json(after));
            !a)
            return std::unexpected(a.error());
        return report;
    });
}

domain::Result<DispatchRunSummary> Dispatcher::runOnce(const AttemptCallback &onAttempt, std::stop_token stop)
{
    DispatchRunSummary summary;
    if (m_senders.isEmpty())
        return summary;
    // Claims use the time the pass started: a row failing during the pass is due after it, so
    // the pass ends even with a clock that does not move (tests) or a very short backoff.
    const QDateTime start = m_config.clock();
    for (int batch = 0; batch < kMaxBatchesPerRun && !stop.stop_requested(); ++batch) {
        auto rows = claimBatch(start);
        if (!rows)
            return std::unexpected(rows.error());
        if (rows->isEmpty())
            break;
        if (!m_leaseKeeper)
            m_leaseKeeper = std::make_unique<LeaseKeeper>(m_db.url(), m_config.claimant, m_config.leaseSeconds,
                                                          m_config.clock, m_config.actor);
        m_leaseKeeper->hold(*rows);
        struct Release {
            LeaseKeeper *keeper;
            ~Release() { keeper->release(); }
        } release{m_leaseKeeper.get()};
        for (const storage::OutboxEntry &row : *rows) {
            QString loadError;
            const DispatchItem item = prepare(row, &loadError);
            DispatchSender *sender = m_senders.find(row.channel);
            const SendOutcome outcome = !loadError.isEmpty() ? SendOutcome::transient(loadError)
                                        : sender            ? sender->send(item)
                                                            : SendOutcome::transient(Tr::tr("Canal non configuré."));
            auto report = record(item, outcome);
            if (!report)
                return std::unexpected(report.error());
            if (report->outcome == u"sent"_s)
                ++summary.sent;
            else if (report->outcome == u"retry"_s)
                ++summary.retried;
            else if (report->outcome == u"parked"_s)
                ++summary.parked;
            else
                ++summary.lost;
            summary.attempts << *report;
            if (onAttempt)
                onAttempt(*report);
        }
    }
    return summary;
}

} // namespace sgl::workflow::dispatch
