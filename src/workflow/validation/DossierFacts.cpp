#include "workflow/validation/DossierFacts.h"

#include "domain/autoval/AutoValidationEngine.h"
#include "storage/AutovalEvaluationRepository.h"
#include "storage/CallBackRepository.h"
#include "storage/DossierRepository.h"
#include "storage/NonConformityRepository.h"
#include "storage/PatientRepository.h"
#include "storage/QcHoldRepository.h"
#include "storage/ReflexDecisionRepository.h"
#include "storage/ResultHistoryRepository.h"
#include "storage/ResultRepository.h"
#include "workflow/validation/ResultAssessment.h"

#include <QHash>

namespace sgl::workflow::validation {

using namespace sgl::domain;

namespace {

constexpr int kPreviousValues = 20;

bool trusted(const LabResult &r)
{
    return r.state != ValidationState::Cancelled && r.state != ValidationState::RerunRequested
        && r.value.kind != ResultValue::Kind::Empty;
}

/** The trigger's value as the reflex decision records it. */
QString triggerValue(const DossierFacts &f, const QString &code)
{
    const LabResult *r = f.resultOf(code);
    return r ? r->value.displayFr() : QString();
}

} // namespace

const LabResult *DossierFacts::resultOf(const QString &code) const
{
    const LabResult *found = nullptr;
    for (const LabResult &r : results)
        if (r.analysisCode == code && r.state != ValidationState::Cancelled)
            found = &r;
    return found;
}

QString DossierFacts::analysisName(const QString &code) const
{
    const Analysis *a = catalogue ? catalogue->analysis(code) : nullptr;
    return a && !a->label.isEmpty() ? QStringLiteral("%1 (%2)").arg(a->label, code) : code;
}

QString DossierFacts::valueWithUnit(const LabResult &r) const
{
    const Analysis *a = catalogue ? catalogue->analysis(r.analysisCode) : nullptr;
    const QString unit = a ? (a->displayUnit.isEmpty() ? a->unit : a->displayUnit) : QString();
    const QString v = r.value.displayFr();
    return unit.isEmpty() || r.value.kind != ResultValue::Kind::Numeric ? v : QStringLiteral("%1 %2").arg(v, unit);
}

QSet<QString> DossierFacts::chapterCodes(const QString &chapterCode) const
{
    QSet<QString> out;
    if (!catalogue)
        return out;
    for (const LabResult &r : results) {
        const Exam *e = catalogue->examOf(r.analysisCode);
        if (!e)
            continue;
        // The exam's chapter or any of its parents.
        QString c = e->chapterCode;
        for (int depth = 0; !c.isEmpty() && depth < 16; ++depth) {
            if (c == chapterCode) {
                out.insert(r.analysisCode);
                break;
            }
            const Chapter *ch = catalogue->chapter(c);
            c = ch ? ch->parentCode : QString();
        }
    }
    return out;
}

Result<DossierFacts> DossierFacts::load(storage::WriteTx &tx, qint64 dossierId, const AuditActor &actor,
                                        CatalogueCache &cache)
{
    return read(tx, dossierId, &actor, nullptr, cache);
}

Result<DossierFacts> DossierFacts::load(storage::WriteTx &tx, qint64 dossierId, const storage::ActionAudit &action,
                                        CatalogueCache &cache)
{
    return read(tx, dossierId, nullptr, &action, cache);
}

Result<DossierFacts> DossierFacts::read(storage::WriteTx &tx, qint64 dossierId, const AuditActor *actor,
                                        const storage::ActionAudit *action, CatalogueCache &cache)
{
    DossierFacts f;
    auto d = action ? storage::DossierRepository::getUnaudited(tx, dossierId, *action)
                    : storage::DossierRepository::get(tx, dossierId, *actor);
    if (!d)
        return std::unexpected(d.error());
    f.dossier = *d;
    auto p = action ? storage::PatientRepository::getUnaudited(tx, f.dossier.patientId, *action)
                    : storage::PatientRepository::get(tx, f.dossier.patientId, *actor);
    if (!p)
        return std::unexpected(p.error());
    f.patient = *p;
    auto cat = cache.current(tx);
    if (!cat)
        return std::unexpected(cat.error());
    f.catalogue = *cat;
    f.catalogueVersionId = cache.versionId();
    auto rs = action ? storage::ResultRepository::forDossierUnaudited(tx, dossierId, *action)
                     : storage::ResultRepository::forDossier(tx, dossierId, *actor);
    if (!rs)
        return std::unexpected(rs.error());
    f.results = *rs;
    auto cb = storage::CallBackRepository::forDossier(tx, dossierId);
    if (!cb)
        return std::unexpected(cb.error());
    f.callBacks = *cb;
    auto nc = storage::NonConformityRepository::forDossier(tx, dossierId);
    if (!nc)
        return std::unexpected(nc.error());
    f.nonConformities = *nc;
    QList<qint64> ids;
    for (const LabResult &r : f.results)
        ids << r.id;
    auto held = storage::QcHoldRepository::heldResults(tx, ids);
    if (!held)
        return std::unexpected(held.error());
    f.qcHolds = *held;
    auto history = storage::ResultHistoryRepository::forDossier(tx, dossierId);
    if (!history)
        return std::unexpected(history.error());
    for (const ResultHistoryEntry &h : *history)
        f.history[h.resultId] << h;
    const QHash<qint64, QList<ResultHistoryEntry>> &historyOf = f.history;
    auto decisions = storage::ReflexDecisionRepository::forDossier(tx, dossierId);
    if (!decisions)
        return std::unexpected(decisions.error());

    for (const CallBack &c : f.callBacks)
        if (c.satisfies())
            f.calledBack.insert(c.resultId);

    // Unaudited: the antériorités of every analysis with a delta rule in one query.
    QHash<QString, QList<LabResult>> previousOf;
    if (action) {
        QStringList codes;
        QDateTime latest;
        for (const LabResult &r : f.results) {
            const Analysis *a = f.catalogue->analysis(r.analysisCode);
            if (!a || !a->delta || r.state == ValidationState::Cancelled || codes.contains(r.analysisCode))
                continue;
            codes << r.analysisCode;
            const QDateTime at = ResultAssessment::measuredAt(r);
            if (at.isValid() && (!latest.isValid() || at > latest))
                latest = at;
        }
        if (!codes.isEmpty()) {
            auto all = storage::ResultRepository::historyUnaudited(tx, f.dossier.patientId, codes, f.dossier.id,
                                                                   latest, kPreviousValues, *action);
            if (!all)
                return std::unexpected(all.error());
            previousOf = *all;
        }
    }

    auto tubes = storage::DossierRepository::specimens(tx, dossierId);
    if (!tubes)
        return std::unexpected(tubes.error());
    const QDate collection = ResultAssessment::collectedAt(f.dossier, *tubes).toLocalTime().date();
    f.release.dossierNumber = f.dossier.number;
    // A tube swap the auto-validation suspects (its current verdict) keeps the dossier out of
    // batch release, whatever the mode.
    auto swaps = storage::AutovalEvaluationRepository::currentHoldMessages(tx, dossierId,
                                                                           QString::fromLatin1(domain::autoval::builtin::Swap));
    if (!swaps)
        return std::unexpected(swaps.error());
    f.release.suspectedSwaps = *swaps;
    QList<ReflexInput> inputs;
    QSet<QString> ordered;
    for (const LabResult &r : f.results) {
        ordered.insert(r.analysisCode);
        if (r.state == ValidationState::Cancelled)
            continue;
        if (trusted(r))
            inputs << ReflexInput{r.analysisCode, r.value, r.flag};
        const Analysis *a = f.catalogue->analysis(r.analysisCode);
        // Antériorités only where a delta check will read them (a value still to validate).
        QList<LabResult> previous;
        if (a && a->delta && r.state != ValidationState::Validated && r.value.kind == ResultValue::Kind::Numeric) {
            auto read = action ? Result<QList<LabResult>>(previousOf.value(r.analysisCode))
                               : storage::ResultRepository::history(tx, f.dossier.patientId, r.analysisCode,
                                                                    ResultAssessment::measuredAt(r), kPreviousValues,
                                                                    *actor);
            if (!read)
                return std::unexpected(read.error());
            previous = *read;
        }
        const ResultAssessment judged = ResultAssessment::assess(a, r, f.patient, collection, previous);
        ReleaseResultFact fact;
        fact.resultId = r.id;
        fact.analysisCode = r.analysisCode;
        fact.analysisLabel = a ? a->label : r.analysisCode;
        fact.state = r.state;
        fact.valueText = r.value.displayFr();
        fact.flag = r.flag;
        fact.critical = judged.critical;
        fact.callBackRecorded = f.calledBack.contains(r.id);
        fact.instrumentFlags = r.instrumentFlags;
        fact.edited = ReleaseCheck::wasEdited(historyOf.value(r.id));
        fact.qcHold = f.qcHolds.value(r.id);
        if (fact.critical)
            f.criticalResults.insert(r.id);
        f.release.results << fact;
        // A delta alert holds only a value still to validate (a validated one was already judged).
        if (judged.delta.alert && r.state != ValidationState::Validated)
            f.release.deltaAlerts << ReleaseDeltaFact{r.analysisCode, judged.delta.reason};
    }
    for (const NonConformity &n : f.nonConformities) {
        QStringList codes;
        for (const NonConformity::Effect &e : n.effects)
            codes << e.analysisCode;
        QString label = nonConformityReasonLabel(n.reason);
        if (!n.comment.trimmed().isEmpty())
            label += QStringLiteral(" : ") + n.comment.trimmed();
        f.release.nonConformities << ReleaseNonConformityFact{label, codes};
    }
    f.allReflexes = ReflexEvaluator::evaluate(*f.catalogue, inputs, ordered);
    for (const ReflexProposal &p : f.allReflexes) {
        const QString value = triggerValue(f, p.triggerCode);
        bool decided = false;
        for (const storage::ReflexDecision &dec : *decisions)
            decided = decided || (dec.ruleCode == p.ruleCode && dec.triggerValue == value);
        if (decided)
            continue;
        f.pendingReflexes << p;
        f.release.pendingReflexes << ReleaseReflexFact{p.ruleCode, p.ruleLabel, p.triggerCode, p.analysisCodes, p.reason};
    }
    return f;
}

} // namespace sgl::workflow::validation
