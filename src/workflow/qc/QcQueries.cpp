#include "workflow/qc/QcQueries.h"

#include "domain/ErrorCodes.h"
#include "storage/AuditRepository.h"
#include "storage/ErrorCodes.h"
#include "storage/QcLotRepository.h"
#include "workflow/catalogue/CatalogueCache.h"
#include "workflow/Tr.h"
#include "workflow/auth/PermissionGuard.h"

#include <QSet>

namespace sgl::workflow::qc {

using namespace sgl::domain;
using namespace sgl::domain::qc;

namespace {

Result<QcMaterial> materialOf(storage::ReadTx &tx, qint64 id)
{
    auto m = storage::QcLotRepository::material(tx, id);
    if (!m)
        return std::unexpected(m.error());
    return m->value_or(QcMaterial{});
}

Result<QcPendingReview> reviewIn(storage::ReadTx &tx, const storage::QcRunRow &run)
{
    QcPendingReview out;
    out.run = run;
    auto group = storage::QcRunRepository::forGroup(tx, run.runGroup);
    if (!group)
        return std::unexpected(group.error());
    out.group = *group;
    qint64 lead = run.id;
    for (const storage::QcRunRow &r : *group)
        if (r.reviewState == run.reviewState && r.outcome == QLatin1String("rejected")) {
            lead = r.id;
            break;
        }
    auto holds = storage::QcHoldRepository::forRun(tx, lead);
    if (!holds)
        return std::unexpected(holds.error());
    out.holds = *holds;
    return out;
}

} // namespace

QcQueries::QcQueries(storage::Database &db, UserSession session) : m_db(db), m_session(std::move(session)) {}

Result<QList<QcMaterial>> QcQueries::materials()
{
    if (auto ok = requirePermission(m_session, Permission::ResultEnter); !ok)
        return std::unexpected(ok.error());
    return m_db.read([](storage::ReadTx &tx) { return storage::QcLotRepository::materials(tx); });
}

Result<QList<QcLotView>> QcQueries::lots()
{
    if (auto ok = requirePermission(m_session, Permission::ResultEnter); !ok)
        return std::unexpected(ok.error());
    return m_db.read([](storage::ReadTx &tx) -> Result<QList<QcLotView>> {
        auto lots = storage::QcLotRepository::lots(tx);
        if (!lots)
            return std::unexpected(lots.error());
        auto materials = storage::QcLotRepository::materials(tx);
        if (!materials)
            return std::unexpected(materials.error());
        QList<QcLotView> out;
        for (const QcLot &l : *lots) {
            QcLotView v{l, {}, {}};
            for (const QcMaterial &m : *materials)
                if (m.id == l.materialId)
                    v.material = m;
            out << v;
        }
        return out;
    });
}

Result<QcLotView> QcQueries::lot(qint64 lotId, int limit)
{
    if (auto ok = requirePermission(m_session, Permission::ResultEnter); !ok)
        return std::unexpected(ok.error());
    return m_db.read([&](storage::ReadTx &tx) -> Result<QcLotView> {
        auto l = storage::QcLotRepository::lot(tx, lotId);
        if (!l)
            return std::unexpected(l.error());
        if (!*l)
            return fail(storage::errc::NotFound, Tr::tr("Lot de contrôle n° %1 introuvable.").arg(lotId),
                        QString::number(lotId));
        auto m = materialOf(tx, (*l)->materialId);
        if (!m)
            return std::unexpected(m.error());
        auto runs = storage::QcRunRepository::forLot(tx, lotId, limit);
        if (!runs)
            return std::unexpected(runs.error());
        return QcLotView{**l, *m, *runs};
    });
}

Result<QList<QcPendingReview>> QcQueries::pendingReviews()
{
    if (auto ok = requirePermission(m_session, Permission::ResultEnter); !ok)
        return std::unexpected(ok.error());
    return m_db.read([](storage::ReadTx &tx) -> Result<QList<QcPendingReview>> {
        auto pending = storage::QcRunRepository::pendingReviews(tx);
        if (!pending)
            return std::unexpected(pending.error());
        QList<QcPendingReview> out;
        QStringList groups;
        for (const storage::QcRunRow &r : *pending) {
            if (groups.contains(r.runGroup))
                continue;
            groups << r.runGroup;
            auto v = reviewIn(tx, r);
            if (!v)
                return std::unexpected(v.error());
            out << *v;
        }
        return out;
    });
}

Result<QcPendingReview> QcQueries::review(qint64 runId)
{
    if (auto ok = requirePermission(m_session, Permission::ResultEnter); !ok)
        return std::unexpected(ok.error());
    const AuditActor actor = AuditActor::fromSession(m_session);
    return m_db.write([&](storage::WriteTx &tx) -> Result<QcPendingReview> {
        auto run = storage::QcRunRepository::run(tx, runId);
        if (!run)
            return std::unexpected(run.error());
        if (!*run)
            return fail(storage::errc::NotFound, Tr::tr("Passage de contrôle n° %1 introuvable.").arg(runId),
                        QString::number(runId));
        auto a = storage::AuditRepository::append(tx, actor, QStringLiteral("qc.read_holds"), QStringLiteral("qc_run"),
                                                  QString::number(runId));
        if (!a)
            return std::unexpected(a.error());
        auto v = reviewIn(tx, **run);
        if (!v)
            return std::unexpected(v.error());
        // Results arrived since the rejection count too (recorded in qc_holds only at the review).
        QSet<qint64> held;
        for (const storage::QcHoldRow &h : v->holds)
            if (!h.releasedAt.isValid())
                held.insert(h.resultId);
        if (v->run.reviewState == QLatin1String("pending")) {
            auto covered = storage::QcHoldRepository::coveredNow(tx, v->run.id);
            if (!covered)
                return std::unexpected(covered.error());
            for (const qint64 id : *covered)
                held.insert(id);
        }
        v->heldNow = int(held.size());
        return *v;
    });
}

Result<QList<storage::QcReviewRow>> QcQueries::reviews(qint64 runId)
{
    if (auto ok = requirePermission(m_session, Permission::ResultEnter); !ok)
        return std::unexpected(ok.error());
    return m_db.read([&](storage::ReadTx &tx) { return storage::QcRunRepository::reviews(tx, runId); });
}

Result<QList<storage::QcStatusRow>> QcQueries::status()
{
    if (auto ok = requirePermission(m_session, Permission::ResultEnter); !ok)
        return std::unexpected(ok.error());
    return m_db.read([](storage::ReadTx &tx) { return storage::QcRunRepository::status(tx); });
}

Result<QHash<qint64, QString>> QcQueries::heldInDossier(qint64 dossierId)
{
    if (auto ok = requirePermission(m_session, Permission::ResultEnter); !ok)
        return std::unexpected(ok.error());
    return m_db.read([&](storage::ReadTx &tx) { return storage::QcHoldRepository::heldInDossier(tx, dossierId); });
}

Result<QHash<qint64, QString>> QcQueries::held(const QList<qint64> &resultIds)
{
    if (auto ok = requirePermission(m_session, Permission::ResultEnter); !ok)
        return std::unexpected(ok.error());
    return m_db.read([&](storage::ReadTx &tx) { return storage::QcHoldRepository::heldResults(tx, resultIds); });
}

Result<QList<WestgardRule>> QcQueries::rules(const QString &analysisCode)
{
    if (auto ok = requirePermission(m_session, Permission::ResultEnter); !ok)
        return std::unexpected(ok.error());
    const QString code = analysisCode.trimmed().toUpper();
    return m_db.read([&](storage::ReadTx &tx) -> Result<QList<WestgardRule>> {
        CatalogueCache cache;
        if (auto catalogue = cache.current(tx); !catalogue)
            return std::unexpected(catalogue.error());
        if (!cache.analysis(code))
            return fail(domain::errc::QcMissingField,
                        Tr::tr("Analyse « %1 » absente du catalogue : pas de règles de Westgard.").arg(code),
                        QStringLiteral("analysisCode"));
        auto r = storage::QcLotRepository::rules(tx, code);
        if (!r)
            return std::unexpected(r.error());
        return r->value_or(allWestgardRules());
    });
}

Result<QList<QcHeldResult>> QcQueries::openHolds(qint64 dossierId)
{
    if (auto ok = requirePermission(m_session, Permission::ResultEnter); !ok)
        return std::unexpected(ok.error());
    const AuditActor actor = AuditActor::fromSession(m_session);
    return m_db.write([&](storage::WriteTx &tx) -> Result<QList<QcHeldResult>> {
        auto a = storage::AuditRepository::append(tx, actor, QStringLiteral("qc.read_holds"),
                                                  dossierId > 0 ? QStringLiteral("dossier") : QStringLiteral("qc_holds"),
                                                  dossierId > 0 ? QString::number(dossierId) : QString());
        if (!a)
            return std::unexpected(a.error());
        auto holds = storage::QcHoldRepository::openHolds(tx, dossierId);
        if (!holds)
            return std::unexpected(holds.error());
        QHash<qint64, storage::QcRunRow> runs;
        QHash<qint64, QString> lots;
        QList<QcHeldResult> out;
        for (const storage::QcHoldRow &h : *holds) {
            if (!runs.contains(h.runId)) {
                auto run = storage::QcRunRepository::run(tx, h.runId);
                if (!run)
                    return std::unexpected(run.error());
                runs.insert(h.runId, run->value_or(storage::QcRunRow{}));
            }
            const storage::QcRunRow &run = runs[h.runId];
            if (!lots.contains(run.lotId)) {
                auto lot = storage::QcLotRepository::lot(tx, run.lotId);
                if (!lot)
                    return std::unexpected(lot.error());
                lots.insert(run.lotId, *lot ? (*lot)->lotNumber : QString());
            }
            out << QcHeldResult{h, run, lots.value(run.lotId)};
        }
        return out;
    });
}

} // namespace sgl::workflow::qc
