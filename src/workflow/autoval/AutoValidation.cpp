#include "workflow/autoval/AutoValidation.h"

#include "domain/autoval/AutoValidationEngine.h"
#include "domain/validation/ReleaseCheck.h"
#include "storage/AuditRepository.h"
#include "storage/AutovalEvaluationRepository.h"
#include "workflow/ErrorCodes.h"
#include "workflow/Tr.h"
#include "workflow/auth/PermissionGuard.h"
#include "workflow/autoval/AutovalInputBuilder.h"
#include "workflow/autoval/AutovalSettings.h"
#include "workflow/autoval/RuleSetAdmin.h"
#include "workflow/autoval/SeriesNeighbours.h"
#include "workflow/autoval/VerdictRecord.h"
#include "workflow/validation/DossierClaim.h"
#include "workflow/validation/DossierFacts.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace sgl::workflow::autoval {

using namespace sgl::domain;
namespace av = sgl::domain::autoval;

namespace {

QString triggerCode(AutovalTrigger t)
{
    return t == AutovalTrigger::TechnicalValidation ? QStringLiteral("technical_validation") : QStringLiteral("on_demand");
}

QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

/**
 * What auto-validation must never release, checked by the flow itself before validating,
 * whatever the rule set and the engine said (defence in depth). Empty: nothing forbids it.
 */
QStringList forbidden(const validation::DossierFacts &f, const av::DossierInput &in)
{
    QStringList why;
    if (f.dossier.status != DossierStatus::TechnicallyValidated)
        why << Tr::tr("le dossier n'est pas validé techniquement");
    for (const LabResult &r : f.results) {
        if (r.state == ValidationState::Cancelled || r.state == ValidationState::Validated)
            continue;
        const QString name = f.analysisName(r.analysisCode);
        if (r.state != ValidationState::TechnicallyValidated)
            why << Tr::tr("%1 : résultat non validé techniquement").arg(name);
        if (f.criticalResults.contains(r.id))
            why << Tr::tr("%1 : valeur critique %2").arg(name, f.valueWithUnit(r));
        if (f.criticalResults.contains(r.id) && !f.calledBack.contains(r.id))
            why << Tr::tr("%1 : appel du prescripteur en attente").arg(name);
        if (ReleaseCheck::wasEdited(f.history.value(r.id)))
            why << Tr::tr("%1 : valeur modifiée à la main").arg(name);
    }
    for (const av::ResultInput &r : in.results)
        if (r.qcHeld && r.state != ValidationState::Validated)
            why << Tr::tr("%1 : retenu par le contrôle qualité (%2)").arg(r.analysisLabel, r.qcReason);
    if (!f.pendingReflexes.isEmpty())
        why << Tr::tr("proposition réflexe non tranchée");
    return why;
}

DossierAutovalView viewOf(const storage::AutovalEvaluationRow &e)
{
    DossierAutovalView v;
    v.evaluationId = e.id;
    v.mode = autovalModeFromCode(e.mode).value_or(AutovalMode::Off);
    v.trigger = e.trigger;
    v.evaluatedAt = e.evaluatedAt;
    v.ruleSetId = e.ruleSetId;
    v.released = e.released;
    v.applied = e.applied;
    v.error = e.errorText;
    for (const storage::AutovalResultVerdictRow &r : e.results) {
        AutovalAnalysisLine line{r.resultId, r.analysisCode, r.released, r.holdRules, {}, r.humanDecision};
        for (const storage::AutovalHoldRow &h : e.holds)
            if (h.resultId == r.resultId && h.resultId != 0)
                line.holdTexts << h.message;
        v.analyses << line;
    }
    for (const storage::AutovalHoldRow &h : e.holds) {
        if (h.resultId != 0)
            continue;
        v.dossierHolds << h.message;
        v.dossierHoldRules << h.ruleId;
    }
    return v;
}

} // namespace

AutoValidation::AutoValidation(storage::Database &db, UserSession session, report::IssueReportVersion reports,
                               std::shared_ptr<const QcHoldSource> qc)
    : m_db(db), m_session(std::move(session)), m_reports(std::move(reports)), m_qc(qc ? std::move(qc) : defaultQcHoldSource())
{
}

Result<EvaluationOutcome> AutoValidation::evaluate(qint64 dossierId)
{
    if (auto ok = requirePermission(m_session, Permission::ResultValidate); !ok)
        return std::unexpected(ok.error());
    return run(dossierId, AutovalTrigger::OnDemand);
}

Result<QList<Result<EvaluationOutcome>>> AutoValidation::afterTechnicalValidation(const QList<qint64> &dossierIds)
{
    if (auto ok = requirePermission(m_session, Permission::ResultTechnicalValidate); !ok)
        return std::unexpected(ok.error());
    auto settings = m_db.read([](storage::ReadTx &tx) { return AutovalSettings::loadIn(tx); });
    if (!settings)
        return std::unexpected(settings.error());
    QList<Result<EvaluationOutcome>> out;
    if (settings->mode == AutovalMode::Off || settings->ruleSetId == 0)
        return out;
    for (qint64 id : dossierIds)
        out << run(id, AutovalTrigger::TechnicalValidation);
    // The dossiers of their series that waited for their values (SYS.SERIE) can be judged now.
    auto waiting = m_db.read([&](storage::ReadTx &tx) -> Result<QList<qint64>> {
        QList<qint64> neighbours;
        for (qint64 id : dossierIds) {
            auto ids = SeriesNeighbours::of(tx, id);
            if (!ids)
                return std::unexpected(ids.error());
            for (qint64 n : *ids)
                if (!dossierIds.contains(n) && !neighbours.contains(n))
                    neighbours << n;
        }
        QList<qint64> again;
        for (qint64 n : neighbours) {
            auto waits = storage::AutovalEvaluationRepository::currentHoldMessages(tx, n, QString::fromLatin1(av::builtin::Series));
            if (!waits)
                return std::unexpected(waits.error());
            if (!waits->isEmpty())
                again << n;
        }
        return again;
    });
    if (!waiting)
        return std::unexpected(waiting.error());
    for (qint64 id : *waiting)
        out << run(id, AutovalTrigger::TechnicalValidation);
    return out;
}

Result<EvaluationOutcome> AutoValidation::run(qint64 dossierId, AutovalTrigger trigger)
{
    const AuditActor actor = AuditActor::fromSession(m_session);
    std::optional<storage::AutovalEvaluationRow> refused; // released, but its validation was refused
    EvaluationOutcome out;
    auto done = m_db.write([&](storage::WriteTx &tx) -> Result<EvaluationOutcome> {
        out = EvaluationOutcome{};
        auto settings = AutovalSettings::loadIn(tx);
        if (!settings)
            return std::unexpected(settings.error());
        auto ruleSet = RuleSetAdmin::currentIn(tx);
        if (!ruleSet)
            return std::unexpected(ruleSet.error());
        if (!*ruleSet)
            return fail(errc::AutovalNoRuleSet, Tr::tr("Aucune règle d'auto-validation n'est enregistrée."),
                        QStringLiteral("règles"));
        out.mode = settings->mode;
        auto token = storage::AuditRepository::appendAction(
            tx, actor, QStringLiteral("autoval.evaluate"), QStringLiteral("dossier"), QString::number(dossierId),
            compact(QJsonObject{{QStringLiteral("trigger"), triggerCode(trigger)},
                                {QStringLiteral("mode"), autovalModeCode(out.mode)},
                                {QStringLiteral("ruleSetId"), (*ruleSet)->id}}));
        if (!token)
            return std::unexpected(token.error());
        auto facts = validation::DossierFacts::load(tx, dossierId, *token, m_catalogue);
        if (!facts)
            return std::unexpected(facts.error());
        auto input = AutovalInputBuilder::build(tx, *facts, *token, *m_qc);
        if (!input)
            return std::unexpected(input.error());
        out.dossierId = facts->dossier.id;
        out.dossierNumber = facts->dossier.number;
        out.verdict = av::AutoValidationEngine::evaluate(*input, (*ruleSet)->ruleSet);
        if (auto series = SeriesNeighbours::crossCheck(tx, actor, dossierId, *input, out.verdict, (*ruleSet)->ruleSet,
                                                       m_catalogue, *m_qc);
            !series)
            return std::unexpected(series.error());

        storage::AutovalEvaluationRow row;
        row.dossierId = dossierId;
        row.ruleSetId = (*ruleSet)->id;
        row.mode = autovalModeCode(out.mode);
        row.trigger = triggerCode(trigger);
        row.evaluatedBy = m_session.login;
        VerdictRecord::fill(row, out.verdict, *facts);

        std::optional<UserSession> responsible;
        if (out.mode == AutovalMode::Active && out.verdict.release) {
            const QStringList why = forbidden(*facts, *input);
            if (!why.isEmpty()) {
                out.notApplied = Tr::tr("Non validé automatiquement : %1.").arg(why.join(QStringLiteral(" ; ")));
            } else {
                auto who = AutovalSettings::responsibleSession(tx, settings->responsibleLogin, m_session.workstation);
                if (who)
                    responsible = *who;
                else
                    out.notApplied = who.error().message;
            }
            row.errorText = out.notApplied;
        }
        if (auto s = storage::AutovalEvaluationRepository::insert(tx, row); !s)
            return std::unexpected(s.error());
        out.evaluationId = row.id;
        if (!responsible)
            return out;

        validation::ValidationRequest req;
        req.dossierId = dossierId;
        req.dossierVersion = facts->dossier.version;
        req.automatic = true;
        auto v = validation::BiologicalValidation::validateIn(tx, *responsible, req, m_catalogue, m_reports);
        if (!v) {
            row.errorText = Tr::tr("Validation selon les règles impossible : %1").arg(v.error().message);
            refused = row;
            return std::unexpected(v.error());
        }
        QHash<qint64, int> versions;
        for (const LabResult &r : v->validated)
            versions.insert(r.id, r.version);
        if (auto s = storage::AutovalEvaluationRepository::markApplied(tx, row.id, versions); !s)
            return std::unexpected(s.error());
        if (auto s = validation::DossierClaim::audit(tx, actor, QStringLiteral("autoval.validate"), dossierId,
                                                     QJsonObject{{QStringLiteral("responsible"), responsible->login},
                                                                 {QStringLiteral("ruleSetId"), row.ruleSetId},
                                                                 {QStringLiteral("evaluationId"), row.id},
                                                                 {QStringLiteral("documentId"), v->report.version.documentId}});
            !s)
            return std::unexpected(s.error());
        out.applied = true;
        out.validation = *v;
        return out;
    });
    if (done || !refused)
        return done;
    // The validation was refused and rolled back: record the verdict alone, with why.
    const QString why = refused->errorText;
    auto kept = m_db.write([&](storage::WriteTx &tx) -> Status {
        auto a = storage::AuditRepository::append(tx, actor, QStringLiteral("autoval.evaluate"), QStringLiteral("dossier"),
                                                  QString::number(dossierId), {},
                                                  compact(QJsonObject{{QStringLiteral("trigger"), triggerCode(trigger)},
                                                                      {QStringLiteral("mode"), autovalModeCode(out.mode)},
                                                                      {QStringLiteral("error"), why}}));
        if (!a)
            return std::unexpected(a.error());
        storage::AutovalEvaluationRow row = *refused;
        return storage::AutovalEvaluationRepository::insert(tx, row);
    });
    if (!kept)
        return std::unexpected(kept.error());
    out.applied = false;
    out.notApplied = why;
    out.validation.reset();
    return out;
}

Result<std::optional<DossierAutovalView>> AutoValidation::current(qint64 dossierId)
{
    if (auto ok = requirePermission(m_session, Permission::ResultValidate); !ok)
        return std::unexpected(ok.error());
    return m_db.write([&](storage::WriteTx &tx) -> Result<std::optional<DossierAutovalView>> {
        auto a = storage::AuditRepository::append(tx, AuditActor::fromSession(m_session), QStringLiteral("autoval.read"),
                                                  QStringLiteral("dossier"), QString::number(dossierId));
        if (!a)
            return std::unexpected(a.error());
        auto rows = storage::AutovalEvaluationRepository::current(tx, {dossierId});
        if (!rows)
            return std::unexpected(rows.error());
        if (!rows->contains(dossierId))
            return std::optional<DossierAutovalView>{};
        return std::optional<DossierAutovalView>{viewOf(rows->value(dossierId))};
    });
}

} // namespace sgl::workflow::autoval
