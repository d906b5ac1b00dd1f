#include "workflow/bench/RerunRequest.h"

#include "domain/catalogue/Formula.h"
#include "domain/lab/ValidationStateMachine.h"
#include "storage/DossierRepository.h"
#include "storage/ResultRepository.h"
#include "workflow/ErrorCodes.h"
#include "workflow/Tr.h"
#include "workflow/auth/PermissionGuard.h"
#include "workflow/bench/ResultStep.h"
#include "workflow/orders/DossierStatusSync.h"

#include <QLocale>

namespace sgl::workflow::bench {

using namespace sgl::domain;

RerunRequest::RerunRequest(storage::Database &db, UserSession session)
    : m_db(db), m_session(std::move(session)), m_actor(AuditActor::fromSession(m_session))
{
}

Result<RerunOutcome> RerunRequest::request(const RerunOrder &order)
{
    if (auto ok = requirePermission(m_session, Permission::ResultEnter); !ok)
        return std::unexpected(ok.error());
    return m_db.write([&](storage::WriteTx &tx) { return requestIn(tx, order, m_session.roles, m_actor, m_catalogue); });
}

Result<RerunOutcome> RerunRequest::requestIn(storage::WriteTx &tx, const RerunOrder &order, const QList<Role> &roles,
                                             const AuditActor &actor, CatalogueCache &cache)
{
    const QString reason = order.reason.trimmed();
    if (order.kind == RerunOrder::Kind::Dilution && (!order.dilutionFactor || !(*order.dilutionFactor > 1.0)))
        return fail(errc::BenchBadDilution,
                    Tr::tr("Facteur de dilution : indiquez un nombre supérieur à 1 (10 pour une dilution au 1/10)."),
                    QStringLiteral("dilution"));
    {
        auto r = storage::ResultRepository::get(tx, order.resultId, actor);
        if (!r)
            return std::unexpected(r.error());
        if (auto v = ResultStep::checkVersion(*r, order.version, r->analysisCode); !v)
            return std::unexpected(v.error());
        auto state = ValidationStateMachine::next(*r, ValidationAction::RequestRerun, roles, reason);
        if (!state)
            return std::unexpected(Error{state.error().code,
                                         QStringLiteral("%1 : %2").arg(r->analysisCode, state.error().message),
                                         state.error().location.isEmpty() ? r->analysisCode : state.error().location});
        const LabResult previous = *r;
        const QString what = order.kind == RerunOrder::Kind::Dilution
                                 ? Tr::tr("Dilution au 1/%1 demandée : %2")
                                       .arg(QLocale(QLocale::French).toString(*order.dilutionFactor), reason)
                             : order.kind == RerunOrder::Kind::NewSample ? Tr::tr("Nouveau prélèvement demandé : %1").arg(reason)
                                                                         : Tr::tr("Repasse demandée : %1").arg(reason);
        r->state = *state;
        r->value = ResultValue{};
        r->flag.reset();
        r->technicallyValidatedBy.clear();
        r->technicallyValidatedAt = {};
        r->comment = what;
        // The history row shows the value sent back, so it stays visible after the new entry.
        if (auto s = ResultStep::record(tx, *r, previous.state, ValidationAction::RequestRerun, actor, what, previous);
            !s)
            return std::unexpected(s.error());
        // Calculated results that used this value no longer stand on a measured input.
        QList<LabResult> dependents;
        auto catalogue = cache.current(tx);
        if (!catalogue)
            return std::unexpected(catalogue.error());
        auto siblings = storage::ResultRepository::forDossier(tx, r->dossierId, actor);
        if (!siblings)
            return std::unexpected(siblings.error());
        for (LabResult &c : *siblings) {
            const Analysis *a = (*catalogue)->analysis(c.analysisCode);
            if (!a || !a->isCalculated() || c.value.kind == ResultValue::Kind::Empty
                || (c.state != ValidationState::Entered && c.state != ValidationState::TechnicallyValidated))
                continue;
            auto formula = Formula::parse(a->formula, a->localCode);
            if (!formula || !formula->variables().contains(r->analysisCode))
                continue;
            const LabResult before = c;
            const QString why = Tr::tr("Recalcul : %1 repassée (%2)").arg(r->analysisCode, reason);
            c.state = ValidationState::RerunRequested;
            c.value = ResultValue{};
            c.flag.reset();
            c.technicallyValidatedBy.clear();
            c.technicallyValidatedAt = {};
            c.comment = why;
            if (auto s = ResultStep::record(tx, c, before.state, ValidationAction::RequestRerun, actor, why, before); !s)
                return std::unexpected(s.error());
            dependents << c;
        }
        auto d = storage::DossierRepository::get(tx, r->dossierId, actor);
        if (!d)
            return std::unexpected(d.error());
        if (auto s = orders::DossierStatusSync::apply(tx, *d, actor); !s)
            return std::unexpected(s.error());
        return RerunOutcome{*r, *d, dependents};
    }
}

} // namespace sgl::workflow::bench
