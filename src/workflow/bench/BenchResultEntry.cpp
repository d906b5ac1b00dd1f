#include "workflow/bench/BenchResultEntry.h"

#include "domain/catalogue/CalculatedAnalysis.h"
#include "domain/catalogue/Formula.h"
#include "domain/catalogue/RangeResolver.h"
#include "domain/identity/Patient.h"
#include "domain/lab/AbnormalFlagRule.h"
#include "domain/lab/ValidationStateMachine.h"
#include "storage/DossierRepository.h"
#include "storage/PatientRepository.h"
#include "storage/ReportSettingsRepository.h"
#include "storage/ResultHistoryRepository.h"
#include "storage/ResultRepository.h"
#include "workflow/ErrorCodes.h"
#include "workflow/Tr.h"
#include "workflow/auth/PermissionGuard.h"
#include "workflow/bench/ResultStep.h"
#include "workflow/orders/DossierStatusSync.h"
#include "workflow/report/LabSettings.h"

#include <QHash>
#include <QLocale>
#include <QSet>

namespace sgl::workflow::bench {

using namespace sgl::domain;

namespace {

bool isClosed(DossierStatus s)
{
    return s == DossierStatus::Validated || s == DossierStatus::Reported || s == DossierStatus::Cancelled;
}

/** A limit as stored with the result: decimal point, the analysis' decimals when set. */
QString limitText(const std::optional<double> &v, int decimals)
{
    if (!v)
        return {};
    return decimals >= 0 ? QString::number(*v, 'f', decimals) : QString::number(*v, 'g', 12);
}

QString patientName(const Patient &p)
{
    const QString name = p.traits.usedName.isEmpty() || p.traits.usedName == p.traits.birthName
                             ? p.traits.birthName
                             : QStringLiteral("%1 (%2)").arg(p.traits.usedName, p.traits.birthName);
    const QString first = p.traits.usedFirstName.isEmpty() ? p.traits.firstBirthName : p.traits.usedFirstName;
    return QStringLiteral("%1 %2").arg(name, first).trimmed();
}

bool isCritical(const std::optional<AbnormalFlag> &f)
{
    return f && (*f == AbnormalFlag::CriticalLow || *f == AbnormalFlag::CriticalHigh || *f == AbnormalFlag::CriticalAbnormal);
}

bool trusted(const LabResult &r)
{
    return r.state != ValidationState::Cancelled && r.state != ValidationState::RerunRequested;
}

/** Everything one entry needs, read in its transaction. */
struct Context {
    Dossier dossier;
    Patient patient;
    QDate collection;
    std::shared_ptr<const Catalogue> catalogue;
    QList<LabResult> results;     // id order
    QString valueListSystem;
};

Result<Context> load(storage::WriteTx &tx, qint64 dossierId, const AuditActor &actor, CatalogueCache &cache)
{
    Context c;
    auto d = storage::DossierRepository::get(tx, dossierId, actor);
    if (!d)
        return std::unexpected(d.error());
    c.dossier = *d;
    auto p = storage::PatientRepository::get(tx, c.dossier.patientId, actor);
    if (!p)
        return std::unexpected(p.error());
    c.patient = *p;
    c.collection = c.dossier.sampledAt.isValid() ? c.dossier.sampledAt.date() : QDate::currentDate();
    auto cat = cache.current(tx);
    if (!cat)
        return std::unexpected(cat.error());
    c.catalogue = *cat;
    auto rs = storage::ResultRepository::forDossier(tx, dossierId, actor);
    if (!rs)
        return std::unexpected(rs.error());
    c.results = *rs;
    auto settings = storage::ReportSettingsRepository::all(tx);
    if (!settings)
        return std::unexpected(settings.error());
    c.valueListSystem = report::LabSettings::fromMap(*settings).valueListRoot();
    return c;
}

std::optional<ReferenceRange> rangeFor(const Context &c, const Analysis &a)
{
    return RangeResolver::resolve(a.ranges, c.patient.traits.sex, c.patient.traits.birthDate, c.collection);
}

void storeValue(LabResult &r, const Analysis &a, const std::optional<ReferenceRange> &range, const ResultValue &value,
                const std::optional<AbnormalFlag> &flag, const QString &login, const QDateTime &now)
{
    r.value = value;
    r.flag = flag;
    r.referenceLow = range ? limitText(range->low, a.decimals) : QString();
    r.referenceHigh = range ? limitText(range->high, a.decimals) : QString();
    r.enteredBy = login;
    r.enteredAt = now;
    if (!r.observedAt.isValid())
        r.observedAt = now;
}

QString criticalSentence(const Analysis &a, const LabResult &r)
{
    return Tr::tr("Valeur critique : %1 = %2 %3 (%4) : prévenir le prescripteur.")
        .arg(a.label, r.value.displayFr(), a.displayUnit.isEmpty() ? a.unit : a.displayUnit,
             abnormalFlagCode(*r.flag));
}

} // namespace

BenchResultEntry::BenchResultEntry(storage::Database &db, UserSession session)
    : m_db(db), m_session(std::move(session)), m_actor(AuditActor::fromSession(m_session))
{
}

Result<ResultEntry::Entered> BenchResultEntry::check(const SheetRow &row, const QString &typed)
{
    return ResultEntry::enter(row.analysis, typed, row.range, QString());
}

Result<EntryOutcome> BenchResultEntry::enterByCode(qint64 dossierId, const QString &analysisCode, const QString &text)
{
    if (auto ok = requirePermission(m_session, Permission::ResultEnter); !ok)
        return std::unexpected(ok.error());
    // The active result of that analysis (an audited read, like the grid's).
    auto id = m_db.write([&](storage::WriteTx &tx) -> Result<qint64> {
        auto rs = storage::ResultRepository::forDossier(tx, dossierId, m_actor);
        if (!rs)
            return std::unexpected(rs.error());
        qint64 found = 0;
        for (const LabResult &r : *rs)
            if (r.analysisCode == analysisCode.trimmed().toUpper() && r.state != ValidationState::Cancelled)
                found = r.id;
        if (found == 0)
            return fail(errc::BenchNotInDossier,
                        Tr::tr("Le dossier n'a pas d'analyse %1 à saisir.").arg(analysisCode), analysisCode);
        return found;
    });
    if (!id)
        return std::unexpected(id.error());
    return enter(dossierId, {TypedResult{*id, std::nullopt, text}});
}

Result<EntryOutcome> BenchResultEntry::enter(qint64 dossierId, const QList<TypedResult> &values)
{
    if (auto ok = requirePermission(m_session, Permission::ResultEnter); !ok)
        return std::unexpected(ok.error());
    if (values.isEmpty())
        return fail(errc::BenchNoEntry, Tr::tr("Aucun résultat à enregistrer."), QStringLiteral("valeur"));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    return m_db.write([&](storage::WriteTx &tx) -> Result<EntryOutcome> {
        auto ctx = load(tx, dossierId, m_actor, m_catalogue);
        if (!ctx)
            return std::unexpected(ctx.error());
        EntryOutcome out;
        if (isClosed(ctx->dossier.status))
            return fail(errc::BenchDossierClosed,
                        Tr::tr("Le dossier %1 est %2 : aucun résultat ne peut plus y être saisi.")
                            .arg(ctx->dossier.number, dossierStatusLabel(ctx->dossier.status).toLower()),
                        ctx->dossier.number);
        QHash<qint64, qsizetype> index;
        for (qsizetype i = 0; i < ctx->results.size(); ++i)
            index.insert(ctx->results[i].id, i);

        QSet<QString> changedCodes;
        QList<qint64> enteredIds;
        for (const TypedResult &typed : values) {
            if (!index.contains(typed.resultId))
                return fail(errc::BenchNotInDossier,
                            Tr::tr("Le résultat %1 n'appartient pas au dossier %2.").arg(typed.resultId).arg(ctx->dossier.number),
                            QString::number(typed.resultId));
            LabResult &r = ctx->results[index.value(typed.resultId)];
            const Analysis *a = ctx->catalogue->analysis(r.analysisCode);
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
            const auto range = rangeFor(*ctx, *a);
            auto entered = ResultEntry::enter(*a, typed.text, range, ctx->valueListSystem);
            if (!entered)
                return std::unexpected(entered.error());
            if (r.state == ValidationState::Entered && r.value == entered->value)
                continue; // typed again unchanged: nothing to record
            const ValidationState before = r.state;
            LabResult next = r;
            storeValue(next, *a, range, entered->value, entered->flag, m_actor.login, now);
            auto state = ValidationStateMachine::next(next, ValidationAction::Enter, m_session.roles);
            if (!state)
                return std::unexpected(Error{state.error().code,
                                             QStringLiteral("%1 : %2").arg(a->label, state.error().message), a->localCode});
            next.state = *state;
            if (auto s = ResultStep::record(tx, next, before, ValidationAction::Enter, m_actor); !s)
                return std::unexpected(s.error());
            r = next;
            changedCodes.insert(r.analysisCode);
            if (!enteredIds.contains(r.id))
                enteredIds << r.id;
            if (isCritical(r.flag))
                out.criticalValues << criticalSentence(*a, r);
        }
        for (qint64 id : enteredIds)
            out.entered << ctx->results[index.value(id)];

        // Calculated analyses whose inputs are all there, one of them just entered.
        for (LabResult &r : ctx->results) {
            const Analysis *a = ctx->catalogue->analysis(r.analysisCode);
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
                for (const LabResult &in : ctx->results)
                    if (in.analysisCode == var && trusted(in) && in.value.kind == ResultValue::Kind::Numeric
                        && in.value.comparator == Comparator::None)
                        if (auto d = in.value.toDouble())
                            inputs.insert(var, *d);
                touched = touched || changedCodes.contains(var);
            }
            if (!touched)
                continue;
            auto computed = CalculatedAnalysis::evaluate(*a, inputs, ctx->patient.traits.sex,
                                                         ctx->patient.traits.birthDate, ctx->collection);
            if (!computed)
                continue; // an input missing or out of the formula's domain: stays to do
            const QString number = a->decimals >= 0 ? QString::number(*computed, 'f', a->decimals)
                                                    : QString::number(*computed, 'g', 12);
            const ResultValue value = ResultValue::numeric(number, a->unit);
            if (r.state == ValidationState::Entered && r.value == value)
                continue;
            const auto range = rangeFor(*ctx, *a);
            const ValidationState before = r.state;
            storeValue(r, *a, range, value, AbnormalFlagRule::flag(*a, range, value), m_actor.login, now);
            r.state = ValidationState::Entered;
            if (auto s = ResultStep::record(tx, r, before, ValidationAction::Enter, m_actor,
                                            Tr::tr("Calcul automatique"));
                !s)
                return std::unexpected(s.error());
            out.calculated << r;
            if (isCritical(r.flag))
                out.criticalValues << criticalSentence(*a, r);
        }

        if (!changedCodes.isEmpty()) {
            auto reflex = ReflexTests::applyAutomaticIn(tx, m_actor, dossierId);
            if (!reflex)
                return std::unexpected(reflex.error());
            out.reflex = *reflex;
        }
        if (auto s = orders::DossierStatusSync::apply(tx, ctx->dossier, m_actor); !s)
            return std::unexpected(s.error());
        out.dossier = ctx->dossier;
        return out;
    });
}

Result<DossierSheet> BenchResultEntry::sheet(qint64 dossierId)
{
    if (auto ok = ResultStep::requireBenchRead(m_session); !ok)
        return std::unexpected(ok.error());
    return m_db.write([&](storage::WriteTx &tx) -> Result<DossierSheet> {
        auto ctx = load(tx, dossierId, m_actor, m_catalogue);
        if (!ctx)
            return std::unexpected(ctx.error());
        DossierSheet sheet;
        sheet.dossier = ctx->dossier;
        sheet.patientName = patientName(ctx->patient);
        sheet.sex = ctx->patient.traits.sex;
        sheet.birthDate = ctx->patient.traits.birthDate;
        for (const LabResult &r : ctx->results) {
            if (r.state == ValidationState::Cancelled)
                continue;
            SheetRow row;
            row.result = r;
            if (const Analysis *a = ctx->catalogue->analysis(r.analysisCode)) {
                row.analysis = *a;
                row.range = rangeFor(*ctx, *a);
            } else {
                row.analysis.localCode = r.analysisCode;
                row.analysis.label = r.analysisCode;
            }
            sheet.rows << row;
        }
        return sheet;
    });
}

Result<QList<ResultHistoryEntry>> BenchResultEntry::history(qint64 resultId)
{
    if (auto ok = ResultStep::requireBenchRead(m_session); !ok)
        return std::unexpected(ok.error());
    return m_db.write([&](storage::WriteTx &tx) -> Result<QList<ResultHistoryEntry>> {
        // Reading the result first audits the access to this patient's values.
        if (auto r = storage::ResultRepository::get(tx, resultId, m_actor); !r)
            return std::unexpected(r.error());
        return storage::ResultHistoryRepository::forResult(tx, resultId);
    });
}

} // namespace sgl::workflow::bench
