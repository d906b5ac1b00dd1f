#include "workflow/bench/TechnicalValidation.h"

#include "domain/lab/ValidationStateMachine.h"
#include "storage/DossierRepository.h"
#include "storage/QcHoldRepository.h"
#include "storage/ResultRepository.h"
#include "storage/WorklistRepository.h"
#include "workflow/ErrorCodes.h"
#include "workflow/Tr.h"
#include "workflow/auth/PermissionGuard.h"
#include "workflow/bench/ResultStep.h"
#include "workflow/orders/DossierStatusSync.h"
#include "workflow/qc/QcHoldGuard.h"

#include <QSet>

namespace sgl::workflow::bench {

using namespace sgl::domain;

namespace {

/** Validates `r` (already read in `tx`) and records the step. */
Status validateOne(storage::WriteTx &tx, LabResult &r, const UserSession &session, const AuditActor &actor,
                   const QDateTime &now)
{
    if (auto held = qc::QcHoldGuard::check(tx, r.id, r.analysisCode); !held)
        return held;
    auto state = ValidationStateMachine::next(r, ValidationAction::TechnicalValidate, session.roles);
    if (!state) // named after the analysis: the technician sees which line blocks the validation
        return std::unexpected(Error{state.error().code, QStringLiteral("%1 : %2").arg(r.analysisCode, state.error().message),
                                     r.analysisCode});
    const ValidationState before = r.state;
    r.state = *state;
    r.technicallyValidatedBy = actor.login;
    r.technicallyValidatedAt = now;
    return ResultStep::record(tx, r, before, ValidationAction::TechnicalValidate, actor);
}

/** Moves the status of every dossier in `ids` and lists them. */
Status syncDossiers(storage::WriteTx &tx, const QList<qint64> &ids, const AuditActor &actor,
                    TechnicalValidationOutcome &out)
{
    for (qint64 id : ids) {
        auto d = storage::DossierRepository::get(tx, id, actor);
        if (!d)
            return std::unexpected(d.error());
        if (auto s = orders::DossierStatusSync::apply(tx, *d, actor); !s)
            return s;
        out.dossiers << *d;
    }
    return {};
}

Error nothingToValidate(const QString &where)
{
    return Error{QString(errc::BenchNothingToValidate),
                 Tr::tr("Aucun résultat saisi à valider techniquement (%1).").arg(where), where};
}

} // namespace

TechnicalValidation::TechnicalValidation(storage::Database &db, UserSession session)
    : m_db(db), m_session(std::move(session)), m_actor(AuditActor::fromSession(m_session))
{
}

void TechnicalValidation::setReadyListener(ReadyListener listener)
{
    m_ready = std::move(listener);
}

void TechnicalValidation::notifyReady(const Result<TechnicalValidationOutcome> &done) const
{
    if (!done || !m_ready)
        return;
    QList<qint64> ready;
    for (const Dossier &d : done->dossiers)
        if (d.status == DossierStatus::TechnicallyValidated && !ready.contains(d.id))
            ready << d.id;
    if (!ready.isEmpty())
        m_ready(ready);
}

Result<TechnicalValidationOutcome> TechnicalValidation::results(const QList<ValidationTarget> &targets)
{
    if (auto ok = requirePermission(m_session, Permission::ResultTechnicalValidate); !ok)
        return std::unexpected(ok.error());
    if (targets.isEmpty())
        return fail(errc::BenchNoEntry, Tr::tr("Aucun résultat choisi à valider techniquement."),
                    QStringLiteral("sélection"));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto done = m_db.write([&](storage::WriteTx &tx) -> Result<TechnicalValidationOutcome> {
        TechnicalValidationOutcome out;
        QList<qint64> dossiers;
        QSet<qint64> seen;
        for (const ValidationTarget &t : targets) {
            if (seen.contains(t.resultId))
                continue;
            seen.insert(t.resultId);
            auto r = storage::ResultRepository::get(tx, t.resultId, m_actor);
            if (!r)
                return std::unexpected(r.error());
            if (auto v = ResultStep::checkVersion(*r, t.version, r->analysisCode); !v)
                return std::unexpected(v.error());
            if (auto s = validateOne(tx, *r, m_session, m_actor, now); !s)
                return std::unexpected(s.error());
            out.validated << *r;
            if (!dossiers.contains(r->dossierId))
                dossiers << r->dossierId;
        }
        if (auto s = syncDossiers(tx, dossiers, m_actor, out); !s)
            return std::unexpected(s.error());
        return out;
    });
    notifyReady(done);
    return done;
}

Result<TechnicalValidationOutcome> TechnicalValidation::dossier(qint64 dossierId, const QStringList &analysisCodes)
{
    if (auto ok = requirePermission(m_session, Permission::ResultTechnicalValidate); !ok)
        return std::unexpected(ok.error());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto done = m_db.write([&](storage::WriteTx &tx) -> Result<TechnicalValidationOutcome> {
        TechnicalValidationOutcome out;
        auto d = storage::DossierRepository::get(tx, dossierId, m_actor);
        if (!d)
            return std::unexpected(d.error());
        auto rs = storage::ResultRepository::forDossier(tx, dossierId, m_actor);
        if (!rs)
            return std::unexpected(rs.error());
        QSet<QString> wanted;
        for (const QString &c : analysisCodes)
            if (!c.trimmed().isEmpty())
                wanted.insert(c.trimmed().toUpper());
        QSet<QString> found;
        for (LabResult &r : *rs) {
            if (r.state == ValidationState::Cancelled)
                continue;
            if (!wanted.isEmpty()) {
                if (!wanted.contains(r.analysisCode))
                    continue;
                found.insert(r.analysisCode);
            } else if (r.state != ValidationState::Entered) {
                continue;
            }
            if (auto s = validateOne(tx, r, m_session, m_actor, now); !s)
                return std::unexpected(s.error());
            out.validated << r;
        }
        const QSet<QString> missing = wanted - found;
        if (!missing.isEmpty()) {
            QStringList names(missing.begin(), missing.end());
            names.sort();
            return fail(errc::BenchNotInDossier,
                        Tr::tr("Le dossier %1 n'a pas d'analyse %2.").arg(d->number, names.join(QStringLiteral(", "))),
                        names.join(QStringLiteral(",")));
        }
        if (out.validated.isEmpty())
            return std::unexpected(nothingToValidate(Tr::tr("dossier %1").arg(d->number)));
        if (auto s = syncDossiers(tx, {dossierId}, m_actor, out); !s)
            return std::unexpected(s.error());
        return out;
    });
    notifyReady(done);
    return done;
}

Result<TechnicalValidationOutcome> TechnicalValidation::benchRun(const QString &bench)
{
    if (auto ok = requirePermission(m_session, Permission::ResultTechnicalValidate); !ok)
        return std::unexpected(ok.error());
    if (bench.trimmed().isEmpty())
        return fail(errc::BenchNoEntry, Tr::tr("Choisissez la paillasse à valider."), QStringLiteral("paillasse"));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto done = m_db.write([&](storage::WriteTx &tx) -> Result<TechnicalValidationOutcome> {
        TechnicalValidationOutcome out;
        storage::WorklistFilter filter;
        filter.bench = bench.trimmed();
        filter.states = {ValidationState::Entered};
        filter.receivedOnly = false;
        auto items = storage::WorklistRepository::load(tx, filter, m_actor);
        if (!items)
            return std::unexpected(items.error());
        QList<qint64> dossiers;
        QList<qint64> ids;
        for (const storage::WorklistItem &item : *items)
            ids << item.resultId;
        auto held = storage::QcHoldRepository::heldResults(tx, ids);
        if (!held)
            return std::unexpected(held.error());
        for (const storage::WorklistItem &item : *items) {
            // A whole bench run leaves the results held by QC for later, and says so.
            if (held->contains(item.resultId)) {
                out.qcHeld << Tr::tr("%1, %2 : %3").arg(item.dossierNumber, item.analysisCode, held->value(item.resultId));
                continue;
            }
            auto r = storage::ResultRepository::get(tx, item.resultId, m_actor);
            if (!r)
                return std::unexpected(r.error());
            if (auto v = ResultStep::checkVersion(*r, item.resultVersion, r->analysisCode); !v)
                return std::unexpected(v.error());
            if (auto s = validateOne(tx, *r, m_session, m_actor, now); !s)
                return std::unexpected(s.error());
            out.validated << *r;
            if (!dossiers.contains(r->dossierId))
                dossiers << r->dossierId;
        }
        if (out.validated.isEmpty())
            return std::unexpected(nothingToValidate(Tr::tr("paillasse %1").arg(filter.bench)));
        if (auto s = syncDossiers(tx, dossiers, m_actor, out); !s)
            return std::unexpected(s.error());
        return out;
    });
    notifyReady(done);
    return done;
}

} // namespace sgl::workflow::bench
