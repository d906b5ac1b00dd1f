#include "workflow/validation/BiologicalValidation.h"

#include "domain/lab/ValidationStateMachine.h"
#include "storage/AutovalEvaluationRepository.h"
#include "storage/DossierRepository.h"
#include "workflow/ErrorCodes.h"
#include "workflow/Tr.h"
#include "workflow/auth/PermissionGuard.h"
#include "workflow/bench/ResultStep.h"
#include "workflow/orders/DossierStatusSync.h"
#include "workflow/qc/QcHoldGuard.h"
#include "workflow/validation/DossierClaim.h"
#include "workflow/validation/DossierFacts.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

#include <optional>

namespace sgl::workflow::validation {

using namespace sgl::domain;

namespace {

Error named(const Error &e, const QString &code)
{
    return Error{e.code, QStringLiteral("%1 : %2").arg(code, e.message), e.location.isEmpty() ? code : e.location};
}

/** The results the request designates, or the scope error. */
Result<QList<LabResult *>> selectResults(DossierFacts &f, const ValidationRequest &req)
{
    QSet<QString> wanted;
    for (const QString &c : req.analysisCodes)
        if (!c.trimmed().isEmpty())
            wanted.insert(c.trimmed().toUpper());
    if (!req.chapterCode.trimmed().isEmpty()) {
        const QSet<QString> inChapter = f.chapterCodes(req.chapterCode.trimmed());
        if (inChapter.isEmpty())
            return fail(errc::ValidationNotInDossier,
                        Tr::tr("Le dossier %1 n'a aucune analyse du chapitre %2.").arg(f.dossier.number, req.chapterCode),
                        req.chapterCode);
        wanted.unite(inChapter);
    }
    QList<LabResult *> out;
    QSet<QString> found;
    for (LabResult &r : f.results) {
        if (r.state == ValidationState::Cancelled)
            continue;
        if (!wanted.isEmpty()) {
            if (!wanted.contains(r.analysisCode))
                continue;
            found.insert(r.analysisCode);
            if (r.state == ValidationState::Validated)
                continue; // validated in an earlier step (partial report): nothing to do again
            out << &r;
        } else if (r.state == ValidationState::TechnicallyValidated) {
            out << &r;
        }
    }
    const QSet<QString> missing = wanted - found;
    if (!missing.isEmpty()) {
        QStringList names(missing.begin(), missing.end());
        names.sort();
        return fail(errc::ValidationNotInDossier,
                    Tr::tr("Le dossier %1 n'a pas d'analyse %2.").arg(f.dossier.number, names.join(QStringLiteral(", "))),
                    names.join(QStringLiteral(",")));
    }
    if (out.isEmpty())
        return fail(errc::ValidationNothingToValidate,
                    Tr::tr("Dossier %1 : aucun résultat validé techniquement à valider.").arg(f.dossier.number),
                    f.dossier.number);
    return out;
}

/**
 * Why the results changed since the last version, from the coded steps the biologist's actions
 * recorded (a correction or an unvalidation: "correct"; an analysis added: "add"), each with its
 * reason: an amended version says why by default. Only steps after the result's last biological
 * validation count (older ones were the reason of an earlier version). Newest first.
 */
QString lastCorrectionReason(const DossierFacts &f, const QList<LabResult *> &results)
{
    const QString correct = validationActionCode(ValidationAction::Correct);
    const QString validate = validationActionCode(ValidationAction::Validate);
    std::optional<ResultHistoryEntry> latest;
    QString analysis;
    for (const LabResult *r : results) {
        const QList<ResultHistoryEntry> steps = f.history.value(r->id);
        for (qsizetype i = steps.size() - 1; i >= 0 && steps[i].action != validate; --i) {
            const ResultHistoryEntry &h = steps[i];
            if ((h.action == correct || h.action == resultAddedActionCode()) && !h.reason.isEmpty()
                && (!latest || h.at > latest->at)) {
                latest = h;
                analysis = f.analysisName(r->analysisCode);
            }
        }
    }
    if (!latest)
        return {};
    return latest->action == correct ? Tr::tr("%1 : valeur modifiée (%2)").arg(analysis, latest->reason)
                                     : Tr::tr("%1 : analyse ajoutée (%2)").arg(analysis, latest->reason);
}

} // namespace

BiologicalValidation::BiologicalValidation(storage::Database &db, UserSession session, report::IssueReportVersion reports)
    : m_db(db), m_session(std::move(session)), m_reports(std::move(reports))
{
}

Result<ValidationOutcome> BiologicalValidation::validate(const ValidationRequest &request)
{
    if (auto ok = requirePermission(m_session, Permission::ResultValidate); !ok)
        return std::unexpected(ok.error());
    return m_db.write([&](storage::WriteTx &tx) { return validateIn(tx, m_session, request, m_catalogue, m_reports); });
}

Result<ValidationOutcome> BiologicalValidation::validateIn(storage::WriteTx &tx, const UserSession &session,
                                                           const ValidationRequest &req, CatalogueCache &cache,
                                                           const report::IssueReportVersion &reports)
{
    const AuditActor actor = AuditActor::fromSession(session);
    auto facts = DossierFacts::load(tx, req.dossierId, actor, cache);
    if (!facts)
        return std::unexpected(facts.error());
    DossierFacts &f = *facts;
    if (auto c = DossierClaim::claim(tx, f.dossier, req.dossierVersion); !c)
        return std::unexpected(c.error());
    auto selected = selectResults(f, req);
    if (!selected)
        return std::unexpected(selected.error());

    const QDateTime now = QDateTime::currentDateTimeUtc();
    ValidationOutcome out;
    QJsonArray audited;
    for (LabResult *r : *selected) {
        if (req.resultVersions.contains(r->id))
            if (auto v = bench::ResultStep::checkVersion(*r, req.resultVersions.value(r->id), r->analysisCode); !v)
                return std::unexpected(v.error());
        auto state = ValidationStateMachine::next(*r, ValidationAction::Validate, session.roles);
        if (!state)
            return std::unexpected(named(state.error(), r->analysisCode));
        if (f.qcHolds.contains(r->id))
            return std::unexpected(
                qc::QcHoldGuard::heldError(f.analysisName(r->analysisCode), f.qcHolds.value(r->id), r->analysisCode));
        if (f.criticalResults.contains(r->id) && !f.calledBack.contains(r->id))
            return fail(errc::ValidationCriticalWithoutCallback,
                        Tr::tr("%1 : valeur critique %2 : enregistrez d'abord l'appel du prescripteur (personne "
                               "appelée, relecture confirmée, ou mesure prise s'il est injoignable).")
                            .arg(f.analysisName(r->analysisCode), f.valueWithUnit(*r)),
                        r->analysisCode);
        const ValidationState before = r->state;
        r->state = *state;
        r->validatedBy = actor.login;
        r->validatedAt = now;
        if (auto s = bench::ResultStep::record(tx, *r, before, ValidationAction::Validate, actor,
                                              req.automatic ? autoValidatedReason() : QString());
            !s)
            return std::unexpected(s.error());
        out.validated << *r;
        audited.append(QJsonObject{{QStringLiteral("analysis"), r->analysisCode},
                                   {QStringLiteral("resultId"), r->id},
                                   {QStringLiteral("value"), r->value.displayFr()},
                                   {QStringLiteral("critical"), f.criticalResults.contains(r->id)}});
    }
    if (auto s = orders::DossierStatusSync::apply(tx, f.dossier, actor); !s)
        return std::unexpected(s.error());
    int remaining = 0;
    for (const LabResult &r : f.results)
        if (r.state != ValidationState::Cancelled && r.state != ValidationState::Validated)
            ++remaining;
    out.partial = remaining > 0;
    if (auto s = DossierClaim::audit(tx, actor, QStringLiteral("validation.validate"), f.dossier.id,
                                     QJsonObject{{QStringLiteral("results"), audited},
                                                 {QStringLiteral("partial"), out.partial},
                                                 {QStringLiteral("chapter"), req.chapterCode}});
        !s)
        return std::unexpected(s.error());

    report::IssueRequest order;
    order.dossierId = f.dossier.id;
    order.signer = session;
    order.sharing = req.sharing;
    order.amendmentReason = req.amendmentReason.trimmed();
    if (order.amendmentReason.isEmpty())
        order.amendmentReason = lastCorrectionReason(f, *selected);
    auto issued = reports.issueIn(tx, order);
    if (!issued)
        return std::unexpected(issued.error());
    if (!req.automatic) {
        QList<qint64> ids;
        for (const LabResult &r : out.validated)
            ids << r.id;
        if (auto c = storage::AutovalEvaluationRepository::recordDecision(tx, ids, QStringLiteral("validated"), actor.login, now);
            !c)
            return std::unexpected(c.error());
    }
    out.report = *issued;
    // The report may have moved the dossier (reported): hand back what is stored.
    auto d = storage::DossierRepository::get(tx, f.dossier.id, actor);
    if (!d)
        return std::unexpected(d.error());
    out.dossier = *d;
    return out;
}

} // namespace sgl::workflow::validation
