#include "workflow/validation/ValidationActions.h"

#include "domain/ErrorCodes.h"
#include "domain/lab/ResultHistoryEntry.h"
#include "domain/lab/ValidationStateMachine.h"
#include "storage/AutovalEvaluationRepository.h"
#include "storage/DossierRepository.h"
#include "storage/ResultHistoryRepository.h"
#include "storage/ResultRepository.h"
#include "workflow/ErrorCodes.h"
#include "workflow/Tr.h"
#include "workflow/auth/PermissionGuard.h"
#include "workflow/bench/DossierEntry.h"
#include "workflow/bench/ResultStep.h"
#include "workflow/orders/DossierStatusSync.h"
#include "workflow/validation/DossierClaim.h"

#include <QCollator>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

#include <algorithm>

namespace sgl::workflow::validation {

using namespace sgl::domain;

namespace {

Error named(const Error &e, const QString &code)
{
    return Error{e.code, QStringLiteral("%1 : %2").arg(code, e.message), e.location.isEmpty() ? code : e.location};
}

Status requireReason(const QString &reason, const QString &what)
{
    if (!reason.trimmed().isEmpty())
        return {};
    return fail(domain::errc::ValidationReasonRequired, Tr::tr("Un motif est obligatoire pour %1.").arg(what),
                QStringLiteral("motif"));
}

/** The dossier read and claimed at the displayed version. */
Result<Dossier> claimed(storage::WriteTx &tx, qint64 dossierId, std::optional<int> version, const AuditActor &actor)
{
    auto d = storage::DossierRepository::get(tx, dossierId, actor);
    if (!d)
        return std::unexpected(d.error());
    if (auto c = DossierClaim::claim(tx, *d, version); !c)
        return std::unexpected(c.error());
    return *d;
}

/** The result `resultId` of the dossier, at the displayed version. */
Result<LabResult> resultIn(storage::WriteTx &tx, const Dossier &d, qint64 resultId, std::optional<int> version,
                           const AuditActor &actor)
{
    auto r = storage::ResultRepository::get(tx, resultId, actor);
    if (!r)
        return std::unexpected(r.error());
    if (r->dossierId != d.id)
        return fail(errc::ValidationNotInDossier,
                    Tr::tr("Le résultat %1 n'appartient pas au dossier %2.").arg(resultId).arg(d.number),
                    QString::number(resultId));
    if (auto v = bench::ResultStep::checkVersion(*r, version, r->analysisCode); !v)
        return std::unexpected(v.error());
    return *r;
}

/** Moves `r` by `action` (reason when needed) and records the step. */
Status step(storage::WriteTx &tx, LabResult &r, ValidationAction action, const UserSession &session,
            const AuditActor &actor, const QString &reason = {})
{
    auto next = ValidationStateMachine::next(r, action, session.roles, reason);
    if (!next)
        return std::unexpected(named(next.error(), r.analysisCode));
    const ValidationState before = r.state;
    r.state = *next;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (action == ValidationAction::TechnicalValidate) {
        r.technicallyValidatedBy = actor.login;
        r.technicallyValidatedAt = now;
    }
    if (action == ValidationAction::Correct) {
        r.validatedBy.clear();
        r.validatedAt = {};
    }
    return bench::ResultStep::record(tx, r, before, action, actor, reason);
}

Result<ActionOutcome> finish(storage::WriteTx &tx, Dossier &d, QList<LabResult> results, const AuditActor &actor,
                             const QString &action, QJsonObject details)
{
    if (auto s = orders::DossierStatusSync::apply(tx, d, actor); !s)
        return std::unexpected(s.error());
    QJsonArray codes;
    for (const LabResult &r : results)
        codes.append(r.analysisCode);
    details.insert(QStringLiteral("analyses"), codes);
    if (auto s = DossierClaim::audit(tx, actor, action, d.id, details); !s)
        return std::unexpected(s.error());
    return ActionOutcome{d, std::move(results)};
}

} // namespace

ValidationActions::ValidationActions(storage::Database &db, UserSession session)
    : m_db(db), m_session(std::move(session)), m_actor(AuditActor::fromSession(m_session))
{
}

Result<ActionOutcome> ValidationActions::sendBack(const SendBackRequest &req)
{
    if (auto ok = requirePermission(m_session, Permission::ResultValidate); !ok)
        return std::unexpected(ok.error());
    if (auto r = requireReason(req.reason, Tr::tr("renvoyer un résultat à la paillasse")); !r)
        return std::unexpected(r.error());
    return m_db.write([&](storage::WriteTx &tx) -> Result<ActionOutcome> {
        auto d = claimed(tx, req.dossierId, req.dossierVersion, m_actor);
        if (!d)
            return std::unexpected(d.error());
        auto r = resultIn(tx, *d, req.resultId, req.resultVersion, m_actor);
        if (!r)
            return std::unexpected(r.error());
        bench::RerunOrder order{r->id, r->version, req.kind, req.reason, req.dilutionFactor};
        auto out = bench::RerunRequest::requestIn(tx, order, m_session.roles, m_actor, m_catalogue);
        if (!out)
            return std::unexpected(out.error());
        // requestIn moved the status through its own read of the dossier: continue from the stored one.
        auto fresh = storage::DossierRepository::get(tx, d->id, m_actor);
        if (!fresh)
            return std::unexpected(fresh.error());
        QList<LabResult> changed{out->result};
        changed << out->dependents;
        const QString kind = req.kind == bench::RerunOrder::Kind::Dilution    ? QStringLiteral("dilution")
                             : req.kind == bench::RerunOrder::Kind::NewSample ? QStringLiteral("new_sample")
                                                                              : QStringLiteral("rerun");
        // The biologist holds what the engine's verdict may have released: the shadow concordance.
        if (auto c = storage::AutovalEvaluationRepository::recordDecision(tx, {req.resultId}, QStringLiteral("held"), m_actor.login,
                                                                         QDateTime::currentDateTimeUtc());
            !c)
            return std::unexpected(c.error());
        return finish(tx, *fresh, changed, m_actor, QStringLiteral("validation.send_back"),
                      QJsonObject{{QStringLiteral("kind"), kind}, {QStringLiteral("reason"), req.reason.trimmed()}});
    });
}

Result<ActionOutcome> ValidationActions::correct(const CorrectionRequest &req)
{
    if (auto ok = requirePermission(m_session, Permission::ResultCorrect); !ok)
        return std::unexpected(ok.error());
    if (auto r = requireReason(req.reason, Tr::tr("corriger une valeur")); !r)
        return std::unexpected(r.error());
    const QString reason = req.reason.trimmed();
    return m_db.write([&](storage::WriteTx &tx) -> Result<ActionOutcome> {
        auto d = claimed(tx, req.dossierId, req.dossierVersion, m_actor);
        if (!d)
            return std::unexpected(d.error());
        auto r = resultIn(tx, *d, req.resultId, req.resultVersion, m_actor);
        if (!r)
            return std::unexpected(r.error());
        const QString previous = r->value.displayFr();
        r->comment = Tr::tr("Correction : %1").arg(reason);
        if (auto s = step(tx, *r, ValidationAction::Correct, m_session, m_actor, reason); !s)
            return std::unexpected(s.error());
        if (auto s = orders::DossierStatusSync::apply(tx, *d, m_actor); !s)
            return std::unexpected(s.error());
        // The new value goes through the bench's single entry path (checks, flag, calculated results).
        auto ctx = bench::DossierEntry::load(tx, d->id, m_actor, m_catalogue);
        if (!ctx)
            return std::unexpected(ctx.error());
        auto entered = bench::DossierEntry::apply(tx, *ctx, {bench::TypedResult{r->id, r->version, req.value}}, m_actor,
                                                  m_session.roles, QDateTime::currentDateTimeUtc());
        if (!entered)
            return std::unexpected(entered.error());
        QList<LabResult> changed;
        for (LabResult e : entered->entered) {
            if (auto s = step(tx, e, ValidationAction::TechnicalValidate, m_session, m_actor); !s)
                return std::unexpected(s.error());
            changed << e;
        }
        changed << entered->calculated;
        // The biologist holds what the engine's verdict may have released: the shadow concordance.
        if (auto c = storage::AutovalEvaluationRepository::recordDecision(tx, {req.resultId}, QStringLiteral("held"), m_actor.login,
                                                                         QDateTime::currentDateTimeUtc());
            !c)
            return std::unexpected(c.error());
        Dossier after = entered->dossier;
        return finish(tx, after, changed, m_actor, QStringLiteral("validation.correct"),
                      QJsonObject{{QStringLiteral("reason"), reason},
                                  {QStringLiteral("previous"), previous},
                                  {QStringLiteral("value"), changed.isEmpty() ? QString() : changed.first().value.displayFr()}});
    });
}

Result<ActionOutcome> ValidationActions::unvalidate(qint64 dossierId, std::optional<int> dossierVersion,
                                                    const QStringList &analysisCodes, const QString &reason)
{
    if (auto ok = requirePermission(m_session, Permission::ResultCorrect); !ok)
        return std::unexpected(ok.error());
    if (auto r = requireReason(reason, Tr::tr("dévalider un résultat")); !r)
        return std::unexpected(r.error());
    return m_db.write([&](storage::WriteTx &tx) -> Result<ActionOutcome> {
        auto d = claimed(tx, dossierId, dossierVersion, m_actor);
        if (!d)
            return std::unexpected(d.error());
        auto rs = storage::ResultRepository::forDossier(tx, dossierId, m_actor);
        if (!rs)
            return std::unexpected(rs.error());
        QStringList missing;
        for (const QString &code : analysisCodes) {
            bool found = false;
            for (const LabResult &r : *rs)
                found = found || (r.analysisCode == code.trimmed().toUpper() && r.state != ValidationState::Cancelled);
            if (!found)
                missing << code;
        }
        if (!missing.isEmpty() || analysisCodes.isEmpty())
            return fail(errc::ValidationNotInDossier,
                        Tr::tr("Le dossier %1 n'a pas d'analyse %2.")
                            .arg(d->number, missing.isEmpty() ? Tr::tr("choisie") : missing.join(QStringLiteral(", "))),
                        missing.join(QStringLiteral(",")));
        QList<LabResult> changed;
        for (LabResult &r : *rs) {
            if (r.state == ValidationState::Cancelled
                || !analysisCodes.contains(r.analysisCode, Qt::CaseInsensitive))
                continue;
            if (r.state != ValidationState::Validated)
                return fail(domain::errc::ValidationTransitionForbidden,
                            Tr::tr("%1 : seul un résultat validé peut être dévalidé (état « %2 »).")
                                .arg(r.analysisCode, validationStateLabel(r.state)),
                            r.analysisCode);
            r.comment = Tr::tr("Dévalidation : %1").arg(reason.trimmed());
            if (auto s = step(tx, r, ValidationAction::Correct, m_session, m_actor, reason.trimmed()); !s)
                return std::unexpected(s.error());
            if (auto s = step(tx, r, ValidationAction::TechnicalValidate, m_session, m_actor); !s)
                return std::unexpected(s.error());
            changed << r;
        }
        return finish(tx, *d, changed, m_actor, QStringLiteral("validation.unvalidate"),
                      QJsonObject{{QStringLiteral("reason"), reason.trimmed()}});
    });
}

Result<ActionOutcome> ValidationActions::addAnalysis(qint64 dossierId, std::optional<int> dossierVersion,
                                                     const QString &analysisCode, const QString &reason)
{
    if (auto ok = requirePermission(m_session, Permission::ResultValidate); !ok)
        return std::unexpected(ok.error());
    if (auto r = requireReason(reason, Tr::tr("ajouter une analyse")); !r)
        return std::unexpected(r.error());
    const QString code = analysisCode.trimmed().toUpper();
    return m_db.write([&](storage::WriteTx &tx) -> Result<ActionOutcome> {
        auto d = claimed(tx, dossierId, dossierVersion, m_actor);
        if (!d)
            return std::unexpected(d.error());
        auto catalogue = m_catalogue.current(tx);
        if (!catalogue)
            return std::unexpected(catalogue.error());
        const Analysis *a = (*catalogue)->analysis(code);
        if (!a || a->retired || a->isCalculated())
            return fail(errc::ValidationUnknownAnalysis,
                        a ? Tr::tr("L'analyse %1 est retirée ou calculée : elle ne peut pas être ajoutée.").arg(code)
                          : Tr::tr("Analyse %1 absente du catalogue.").arg(code),
                        code);
        auto inUse = storage::ResultRepository::codesInUse(tx, dossierId);
        if (!inUse)
            return std::unexpected(inUse.error());
        if (inUse->contains(code))
            return fail(errc::ValidationAlreadyInDossier,
                        Tr::tr("Le dossier %1 a déjà l'analyse %2.").arg(d->number, code), code);
        auto tubes = storage::DossierRepository::specimens(tx, dossierId);
        if (!tubes)
            return std::unexpected(tubes.error());
        LabResult r;
        r.dossierId = d->id;
        r.patientId = d->patientId;
        r.analysisCode = code;
        r.catalogueVersionId = m_catalogue.versionId();
        r.bench = a->bench;
        r.state = ValidationState::Pending;
        r.comment = Tr::tr("Ajoutée par le biologiste : %1").arg(reason.trimmed());
        for (const Specimen &s : *tubes)
            if (s.status == Specimen::Status::Received && !a->container.isEmpty() && s.containerCode == a->container)
                r.specimenId = s.id;
        if (auto s = storage::ResultRepository::insert(tx, r, m_actor); !s)
            return std::unexpected(s.error());
        // Coded step: the next report version names this addition as its amendment reason.
        ResultHistoryEntry added;
        added.resultId = r.id;
        added.actor = m_actor.login;
        added.action = resultAddedActionCode();
        added.stateBefore = ValidationState::Pending;
        added.stateAfter = ValidationState::Pending;
        added.valueKind = resultKindCode(r.value.kind);
        added.reason = reason.trimmed();
        if (auto s = storage::ResultHistoryRepository::append(tx, added); !s)
            return std::unexpected(s.error());
        return finish(tx, *d, {r}, m_actor, QStringLiteral("validation.add_analysis"),
                      QJsonObject{{QStringLiteral("reason"), reason.trimmed()}});
    });
}

Result<QList<AddableAnalysis>> ValidationActions::addableAnalyses(qint64 dossierId)
{
    if (auto ok = requirePermission(m_session, Permission::ResultValidate); !ok)
        return std::unexpected(ok.error());
    return m_db.read([&](storage::ReadTx &tx) -> Result<QList<AddableAnalysis>> {
        if (auto known = storage::DossierRepository::patientIdOf(tx, dossierId); !known)
            return std::unexpected(known.error());
        auto catalogue = m_catalogue.current(tx);
        if (!catalogue)
            return std::unexpected(catalogue.error());
        auto inUse = storage::ResultRepository::codesInUse(tx, dossierId);
        if (!inUse)
            return std::unexpected(inUse.error());
        QList<AddableAnalysis> out;
        for (const Analysis &a : (*catalogue)->analyses)
            if (!a.retired && !a.isCalculated() && !inUse->contains(a.localCode))
                out << AddableAnalysis{a.localCode, a.label.isEmpty() ? a.localCode : a.label};
        QCollator french{QLocale(QLocale::French)};
        french.setCaseSensitivity(Qt::CaseInsensitive);
        std::sort(out.begin(), out.end(), [&french](const AddableAnalysis &x, const AddableAnalysis &y) {
            const int byLabel = french.compare(x.label, y.label);
            return byLabel != 0 ? byLabel < 0 : x.code < y.code;
        });
        return out;
    });
}

} // namespace sgl::workflow::validation
