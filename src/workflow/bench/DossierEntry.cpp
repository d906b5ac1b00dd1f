#include "workflow/bench/DossierEntry.h"

#include "domain/catalogue/CalculatedAnalysis.h"
#include "domain/catalogue/Formula.h"
#include "domain/catalogue/RangeResolver.h"
#include "domain/lab/AbnormalFlagRule.h"
#include "domain/lab/ResultEntry.h"
#include "domain/lab/ValidationStateMachine.h"
#include "storage/DossierRepository.h"
#include "storage/PatientRepository.h"
#include "storage/ReportSettingsRepository.h"
#include "storage/ResultRepository.h"
#include "workflow/ErrorCodes.h"
#include "workflow/Tr.h"
#include "workflow/bench/ResultStep.h"
#include "workflow/orders/DossierStatusSync.h"
#include "workflow/report/LabSettings.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace sgl::workflow::bench {

using namespace sgl::domain;

namespace {

/** A limit as stored with the result: decimal point, the analysis' decimals when set. */
QString limitText(const std::optional<double> &v, int decimals)
{
    if (!v)
        return {};
    return decimals >= 0 ? QString::number(*v, 'f', decimals) : QString::number(*v, 'g', 12);
}

bool isCritical(const std::optional<AbnormalFlag> &f)
{
    return f && (*f == AbnormalFlag::CriticalLow || *f == AbnormalFlag::CriticalHigh || *f == AbnormalFlag::CriticalAbnormal);
}

bool trusted(const LabResult &r)
{
    return r.state != ValidationState::Cancelled && r.state != ValidationState::RerunRequested;
}

void storeValue(LabResult &r, const Analysis &a, const std::optional<ReferenceRange> &range, const ResultValue &value,
                const std::optional<AbnormalFlag> &flag, const QString &login, const QDateTime &now,
                const ValueSource &source)
{
    r.value = value;
    r.flag = flag;
    r.referenceLow = range ? limitText(range->low, a.decimals) : QString();
    r.referenceHigh = range ? limitText(range->high, a.decimals) : QString();
    r.enteredBy = login;
    r.enteredAt = now;
    r.analyzer = source.analyzer;
    r.instrumentFlags = source.instrumentFlags;
    r.analyzerMessageId = source.analyzerMessageId;
    if (source.observedAt.isValid())
        r.observedAt = source.observedAt;
    else if (!r.observedAt.isValid())
        r.observedAt = now;
}

QString criticalSentence(const Analysis &a, const LabResult &r)
{
    return Tr::tr("Valeur critique : %1 = %2 %3 (%4) : prévenir le prescripteur.")
        .arg(a.label, r.value.displayFr(), a.displayUnit.isEmpty() ? a.unit : a.displayUnit,
             abnormalFlagCode(*r.flag));
}

} // namespace

std::optional<ReferenceRange> DossierContext::rangeFor(const Analysis &a) const
{
    return RangeResolver::resolve(a.ranges, patient.traits.sex, patient.traits.birthDate, collection);
}

Result<DossierContext> DossierEntry::load(storage::WriteTx &tx, qint64 dossierId, const AuditActor &actor,
                                          CatalogueCache &cache, const storage::ActionAudit *action, Reads reads)
{
    DossierContext c;
    c.action = action;
    const bool rowsOnly = action && reads == Reads::EntryOnly;
    auto d = rowsOnly ? storage::DossierRepository::rowUnaudited(tx, dossierId, *action)
             : action ? storage::DossierRepository::getUnaudited(tx, dossierId, *action)
                      : storage::DossierRepository::get(tx, dossierId, actor);
    if (!d)
        return std::unexpected(d.error());
    c.dossier = *d;
    auto p = rowsOnly ? storage::PatientRepository::rowUnaudited(tx, c.dossier.patientId, *action)
             : action ? storage::PatientRepository::getUnaudited(tx, c.dossier.patientId, *action)
                      : storage::PatientRepository::get(tx, c.dossier.patientId, actor);
    if (!p)
        return std::unexpected(p.error());
    c.patient = *p;
    c.collection = c.dossier.sampledAt.isValid() ? c.dossier.sampledAt.date() : QDate::currentDate();
    auto cat = cache.current(tx);
    if (!cat)
        return std::unexpected(cat.error());
    c.catalogue = *cat;
    c.catalogueVersionId = cache.versionId();
    auto rs = action ? storage::ResultRepository::forDossierUnaudited(tx, dossierId, *action)
                     : storage::ResultRepository::forDossier(tx, dossierId, actor);
    if (!rs)
        return std::unexpected(rs.error());
    c.results = *rs;
    auto settings = storage::ReportSettingsRepository::all(tx);
    if (!settings)
        return std::unexpected(settings.error());
    c.valueListSystem = report::LabSettings::fromMap(*settings).valueListRoot();
    return c;
}

bool DossierEntry::isClosed(DossierStatus s)
{
    return s == DossierStatus::Validated || s == DossierStatus::Reported || s == DossierStatus::Cancelled;
}

Result<EntryOutcome> DossierEntry::apply(storage::WriteTx &tx, DossierContext &ctx, const QList<TypedResult> &values,
                                         const AuditActor &actor, const QList<Role> &roles, const QDateTime &now,
                                         const QList<ValueSource> &sources)
{
    EntryOutcome out;
    if (isClosed(ctx.dossier.status))
        return fail(errc::BenchDossierClosed,
                    Tr::tr("Le dossier %1 est %2 : aucun résultat ne peut plus y être saisi.")
                        .arg(ctx.dossier.number, dossierStatusLabel(ctx.dossier.status).toLower()),
                    ctx.dossier.number);
    QHash<qint64, qsizetype> index;
    for (qsizetype i = 0; i < ctx.results.size(); ++i)
        index.insert(ctx.results[i].id, i);

    QSet<QString> changedCodes;
    QList<qint64> enteredIds;
    // Saved together before the reflexes read the dossier again; each queued change bumps the
    // version in the context so a second change of the same row is checked against the first.
    QList<storage::ResultRepository::Change> changes;
    auto queue = [&](LabResult &r, const LabResult &before, const QString &reason) {
        changes << storage::ResultRepository::Change{before, r, reason};
        r.version = before.version + 1;
    };
    for (qsizetype i = 0; i < values.size(); ++i) {
        const TypedResult &typed = values[i];
        if (!index.contains(typed.resultId))
            return fail(errc::BenchNotInDossier,
                        Tr::tr("Le résultat %1 n'appartient pas au dossier %2.").arg(typed.resultId).arg(ctx.dossier.number),
                        QString::number(typed.resultId));
        LabResult &r = ctx.results[index.value(typed.resultId)];
        const Analysis *a = ctx.catalogue->analysis(r.analysisCode);
        if (!a)
            return fail(errc::BenchNotInDossier,
                        Tr::tr("L'analyse %1 n'est plus au catalogue : saisie impossible.").arg(r.analysisCode),
                        r.analysisCode);
        if (!enteredIds.contains(r.id)) // a second value for the same row in one call: the last one wins
            if (auto v = ResultStep::checkVersion(r, typed.version, a->label); !v)
                return std::unexpected(v.error());
        if (a->isCalculated())
            return fail(errc::BenchCalculated,
                        Tr::tr("%1 est une analyse calculée : elle se calcule seule quand ses analyses sont "
                               "saisies.")
                            .arg(a->label),
                        a->localCode);
        const auto range = ctx.rangeFor(*a);
        auto entered = ResultEntry::enter(*a, typed.text, range, ctx.valueListSystem);
        if (!entered)
            return std::unexpected(entered.error());
        if (r.state == ValidationState::Entered && r.value == entered->value)
            continue; // typed again unchanged: nothing to record
        LabResult next = r;
        storeValue(next, *a, range, entered->value, entered->flag, actor.login, now, sources.value(i));
        auto state = ValidationStateMachine::next(next, ValidationAction::Enter, roles);
        if (!state)
            return std::unexpected(Error{state.error().code,
                                         QStringLiteral("%1 : %2").arg(a->label, state.error().message), a->localCode});
        next.state = *state;
        const LabResult previous = r;
        r = next;
        queue(r, previous, {});
        changedCodes.insert(r.analysisCode);
        if (!enteredIds.contains(r.id))
            enteredIds << r.id;
        if (isCritical(r.flag))
            out.criticalValues << criticalSentence(*a, r);
    }
    // Calculated analyses whose inputs are all there, one of them just entered.
    QList<qint64> calculatedIds;
    for (LabResult &r : ctx.results) {
        const Analysis *a = ctx.catalogue->analysis(r.analysisCode);
        if (!a || !a->isCalculated() || changedCodes.isEmpty())
            continue;
        if (r.state != ValidationState::Pending && r.state != ValidationState::Entered
            && r.state != ValidationState::RerunRequested)
            continue;
        auto formula = Formula::parse(a->formula, a->localCode);
        if (!formula)
            continue; // the catalogue validator refuses such formulas; nothing to compute
        QHash<QString, double> inputs;
        bool touched = false;
        for (const QString &var : formula->variables()) {
            for (const LabResult &in : ctx.results)
                if (in.analysisCode == var && trusted(in) && in.value.kind == ResultValue::Kind::Numeric
                    && in.value.comparator == Comparator::None)
                    if (auto d = in.value.toDouble())
                        inputs.insert(var, *d);
            touched = touched || changedCodes.contains(var);
        }
        if (!touched)
            continue;
        auto computed = CalculatedAnalysis::evaluate(*a, inputs, ctx.patient.traits.sex,
                                                     ctx.patient.traits.birthDate, ctx.collection);
        if (!computed)
            continue; // an input missing or out of the formula's domain: stays to do
        const QString number = a->decimals >= 0 ? QString::number(*computed, 'f', a->decimals)
                                                : QString::number(*computed, 'g', 12);
        const ResultValue value = ResultValue::numeric(number, a->unit);
        if (r.state == ValidationState::Entered && r.value == value)
            continue;
        const auto range = ctx.rangeFor(*a);
        const LabResult previous = r;
        storeValue(r, *a, range, value, AbnormalFlagRule::flag(*a, range, value), actor.login, now, {});
        r.state = ValidationState::Entered;
        queue(r, previous, Tr::tr("Calcul automatique"));
        calculatedIds << r.id;
        if (isCritical(r.flag))
            out.criticalValues << criticalSentence(*a, r);
    }

    if (auto s = ResultStep::recordBatch(tx, changes, ValidationAction::Enter, actor); !s)
        return std::unexpected(s.error());
    for (qint64 id : enteredIds)
        out.entered << ctx.results[index.value(id)];
    for (qint64 id : calculatedIds)
        out.calculated << ctx.results[index.value(id)];

    // An automatic rule fires when its trigger gets a value (typed or calculated): without one
    // among the codes just changed there is nothing to add, and the dossier need not be locked
    // and read again.
    QSet<QString> valued = changedCodes;
    for (const LabResult &r : std::as_const(out.calculated))
        valued.insert(r.analysisCode);
    const bool reflexDue = std::any_of(ctx.catalogue->reflexRules.cbegin(), ctx.catalogue->reflexRules.cend(),
                                       [&](const ReflexRule &rule) {
                                           return rule.active && rule.automatic && valued.contains(rule.triggerCode);
                                       });
    if (reflexDue) {
        auto reflex = ReflexTests::applyAutomaticIn(tx, actor, ctx.dossier.id, {ctx.catalogue, ctx.catalogueVersionId},
                                                    ctx.action);
        if (!reflex)
            return std::unexpected(reflex.error());
        out.reflex = *reflex;
    }
    if (auto s = orders::DossierStatusSync::apply(tx, ctx.dossier, actor); !s)
        return std::unexpected(s.error());
    out.dossier = ctx.dossier;
    return out;
}

} // namespace sgl::workflow::bench
