#include "workflow/validation/ValidationQueue.h"

#include "storage/AuditRepository.h"
#include "storage/ValidationQueueRepository.h"
#include "workflow/auth/PermissionGuard.h"
#include "workflow/validation/DossierFacts.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace sgl::workflow::validation {

using namespace sgl::domain;

namespace {

int priorityRank(Dossier::Priority p)
{
    return p == Dossier::Priority::Vital ? 0 : p == Dossier::Priority::Urgent ? 1 : 2;
}

ValidationQueueRow rowOf(const DossierFacts &f, const QDateTime &received)
{
    ValidationQueueRow row;
    row.dossierId = f.dossier.id;
    row.number = f.dossier.number;
    row.version = f.dossier.version;
    const QString used = f.patient.traits.usedName.isEmpty() ? f.patient.traits.birthName : f.patient.traits.usedName;
    row.patientName = QStringLiteral("%1 %2").arg(used, f.patient.traits.firstBirthName).trimmed();
    row.priority = f.dossier.priority;
    row.status = f.dossier.status;
    row.origin = f.dossier.origin;
    row.ward = f.dossier.ward;
    row.sampledAt = f.dossier.sampledAt;
    row.firstReceivedAt = received;
    for (const LabResult &r : f.results) {
        if (r.state == ValidationState::Cancelled)
            continue;
        ++row.resultCount;
        if (r.state == ValidationState::Validated)
            ++row.validated;
        else if (r.state == ValidationState::TechnicallyValidated)
            ++row.toValidate;
        else
            ++row.pending;
        if (!r.bench.isEmpty() && !row.benches.contains(r.bench))
            row.benches << r.bench;
        if (r.state != ValidationState::Validated && r.flag && *r.flag != AbnormalFlag::Normal)
            row.abnormal = true;
    }
    for (const ReleaseResultFact &r : f.release.results) {
        if (!r.critical || r.state == ValidationState::Validated)
            continue;
        row.critical = row.abnormal = true;
        row.criticalWithoutCallBack = row.criticalWithoutCallBack || !r.callBackRecorded;
    }
    row.complete = row.pending == 0;
    row.deltaAlert = !f.release.deltaAlerts.isEmpty();
    row.nonConformity = !f.nonConformities.isEmpty();
    row.exclusions = ReleaseCheck::exclusions(f.release);
    return row;
}

bool keep(const ValidationQueueRow &r, const ValidationQueueFilter &f, const QDateTime &now)
{
    if (f.urgentOnly && r.priority == Dossier::Priority::Routine)
        return false;
    if ((f.abnormalOnly && !r.abnormal) || (f.criticalOnly && !r.critical) || (f.deltaOnly && !r.deltaAlert)
        || (f.nonConformityOnly && !r.nonConformity))
        return false;
    if (f.complete && *f.complete != r.complete)
        return false;
    if (!f.bench.trimmed().isEmpty() && !r.benches.contains(f.bench.trimmed(), Qt::CaseInsensitive))
        return false;
    if (f.origin && *f.origin != r.origin)
        return false;
    if (f.minSpecimenAgeHours) {
        if (!r.firstReceivedAt.isValid() || r.firstReceivedAt.secsTo(now) < qint64(*f.minSpecimenAgeHours) * 3600)
            return false;
    }
    return true;
}

} // namespace

ValidationQueue::ValidationQueue(storage::Database &db, UserSession session)
    : m_db(db), m_session(std::move(session)), m_actor(AuditActor::fromSession(m_session))
{
}

Result<ValidationQueueView> ValidationQueue::load(const ValidationQueueFilter &filter, int limit)
{
    if (auto ok = requirePermission(m_session, Permission::ResultValidate); !ok)
        return std::unexpected(ok.error());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // The audit row of the load is appended: a write transaction.
    return m_db.write([&](storage::WriteTx &tx) -> Result<ValidationQueueView> {
        auto entries = storage::ValidationQueueRepository::candidates(tx, limit);
        if (!entries)
            return std::unexpected(entries.error());
        ValidationQueueView view;
        if (entries->isEmpty())
            return view;
        // One audit row for the screen load, naming every dossier whose data it reads.
        QJsonArray ids;
        for (const storage::ValidationQueueEntry &e : *entries)
            ids.append(e.dossierId);
        auto action = storage::AuditRepository::appendAction(
            tx, m_actor, QStringLiteral("validation.queue"), QStringLiteral("dossier"), QString(),
            QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("dossiers"), ids}}).toJson(QJsonDocument::Compact)));
        if (!action)
            return std::unexpected(action.error());
        for (const storage::ValidationQueueEntry &e : *entries) {
            auto f = DossierFacts::load(tx, e.dossierId, *action, m_catalogue);
            if (!f)
                return std::unexpected(f.error());
            ValidationQueueRow row = rowOf(*f, e.firstReceivedAt);
            ValidationQueueCounts &c = view.counts;
            ++c.all;
            c.urgent += row.priority != Dossier::Priority::Routine;
            c.abnormal += row.abnormal;
            c.critical += row.critical;
            c.delta += row.deltaAlert;
            c.complete += row.complete;
            c.incomplete += !row.complete;
            c.nonConformity += row.nonConformity;
            if (keep(row, filter, now))
                view.rows << row;
        }
        std::stable_sort(view.rows.begin(), view.rows.end(), [](const ValidationQueueRow &a, const ValidationQueueRow &b) {
            if (priorityRank(a.priority) != priorityRank(b.priority))
                return priorityRank(a.priority) < priorityRank(b.priority);
            const QDateTime ta = a.sampledAt.isValid() ? a.sampledAt : a.firstReceivedAt;
            const QDateTime tb = b.sampledAt.isValid() ? b.sampledAt : b.firstReceivedAt;
            if (ta.isValid() != tb.isValid())
                return ta.isValid();
            return ta < tb;
        });
        return view;
    });
}

} // namespace sgl::workflow::validation
