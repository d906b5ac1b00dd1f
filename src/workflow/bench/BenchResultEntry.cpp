#include "workflow/bench/BenchResultEntry.h"

#include "domain/identity/Patient.h"
#include "storage/ResultHistoryRepository.h"
#include "storage/ResultRepository.h"
#include "workflow/ErrorCodes.h"
#include "workflow/Tr.h"
#include "workflow/auth/PermissionGuard.h"
#include "workflow/bench/ResultStep.h"


namespace sgl::workflow::bench {

using namespace sgl::domain;

namespace {

QString patientName(const Patient &p)
{
    const QString name = p.traits.usedName.isEmpty() || p.traits.usedName == p.traits.birthName
                             ? p.traits.birthName
                             : QStringLiteral("%1 (%2)").arg(p.traits.usedName, p.traits.birthName);
    const QString first = p.traits.usedFirstName.isEmpty() ? p.traits.firstBirthName : p.traits.usedFirstName;
    return QStringLiteral("%1 %2").arg(name, first).trimmed();
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
        auto ctx = DossierEntry::load(tx, dossierId, m_actor, m_catalogue);
        if (!ctx)
            return std::unexpected(ctx.error());
        return DossierEntry::apply(tx, *ctx, values, m_actor, m_session.roles, now);
    });
}

Result<DossierSheet> BenchResultEntry::sheet(qint64 dossierId)
{
    if (auto ok = ResultStep::requireBenchRead(m_session); !ok)
        return std::unexpected(ok.error());
    return m_db.write([&](storage::WriteTx &tx) -> Result<DossierSheet> {
        auto ctx = DossierEntry::load(tx, dossierId, m_actor, m_catalogue);
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
                row.range = ctx->rangeFor(*a);
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
