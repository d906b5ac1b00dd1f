#include "workflow/validation/ReflexDecisions.h"

#include "domain/ErrorCodes.h"
#include "storage/ReflexDecisionRepository.h"
#include "workflow/ErrorCodes.h"
#include "workflow/Tr.h"
#include "workflow/auth/PermissionGuard.h"
#include "workflow/validation/DossierClaim.h"
#include "workflow/validation/DossierFacts.h"

namespace sgl::workflow::validation {

using namespace sgl::domain;

namespace {

/** The firing proposal of `ruleCode` in the dossier, or reflex.not_applicable. */
Result<ReflexProposal> firing(const DossierFacts &f, const QString &ruleCode)
{
    for (const ReflexProposal &p : f.allReflexes)
        if (p.ruleCode == ruleCode)
            return p;
    return fail(errc::ReflexNotApplicable,
                Tr::tr("Règle(s) réflexe(s) sans objet pour ce dossier (condition non remplie, analyses déjà présentes, "
                       "règle inactive ou inconnue) : %1.")
                    .arg(ruleCode),
                QStringLiteral("dossier %1").arg(f.dossier.number));
}

storage::ReflexDecision decisionOf(const DossierFacts &f, const ReflexProposal &p, storage::ReflexDecision::Kind kind,
                                   const QString &reason)
{
    storage::ReflexDecision d;
    d.dossierId = f.dossier.id;
    d.ruleCode = p.ruleCode;
    d.triggerCode = p.triggerCode;
    const LabResult *t = f.resultOf(p.triggerCode);
    d.triggerValue = t ? t->value.displayFr() : QString();
    d.decision = kind;
    d.reason = reason.trimmed();
    return d;
}

} // namespace

ReflexDecisions::ReflexDecisions(storage::Database &db, UserSession session)
    : m_db(db), m_session(std::move(session)), m_actor(AuditActor::fromSession(m_session))
{
}

Result<ReflexOrderOutcome> ReflexDecisions::accept(qint64 dossierId, std::optional<int> dossierVersion,
                                                   const QString &ruleCode, const QString &note)
{
    if (auto ok = requirePermission(m_session, Permission::ResultValidate); !ok)
        return std::unexpected(ok.error());
    return m_db.write([&](storage::WriteTx &tx) -> Result<ReflexOrderOutcome> {
        auto f = DossierFacts::load(tx, dossierId, m_actor, m_catalogue);
        if (!f)
            return std::unexpected(f.error());
        if (auto c = DossierClaim::claim(tx, f->dossier, dossierVersion); !c)
            return std::unexpected(c.error());
        auto p = firing(*f, ruleCode.trimmed());
        if (!p)
            return std::unexpected(p.error());
        storage::ReflexDecision d = decisionOf(*f, *p, storage::ReflexDecision::Kind::Accepted, note);
        auto out = ReflexTests::orderIn(tx, m_actor, dossierId, {p->ruleCode}, note);
        if (!out)
            return std::unexpected(out.error());
        if (auto s = storage::ReflexDecisionRepository::insert(tx, d, m_actor); !s)
            return std::unexpected(s.error());
        return *out;
    });
}

Status ReflexDecisions::decline(qint64 dossierId, std::optional<int> dossierVersion, const QString &ruleCode,
                                const QString &reason)
{
    if (auto ok = requirePermission(m_session, Permission::ResultValidate); !ok)
        return std::unexpected(ok.error());
    if (reason.trimmed().isEmpty())
        return fail(domain::errc::ValidationReasonRequired,
                    Tr::tr("Un motif est obligatoire pour refuser un test réflexe."), QStringLiteral("motif"));
    return m_db.write([&](storage::WriteTx &tx) -> Status {
        auto f = DossierFacts::load(tx, dossierId, m_actor, m_catalogue);
        if (!f)
            return std::unexpected(f.error());
        if (auto c = DossierClaim::claim(tx, f->dossier, dossierVersion); !c)
            return c;
        auto p = firing(*f, ruleCode.trimmed());
        if (!p)
            return std::unexpected(p.error());
        storage::ReflexDecision d = decisionOf(*f, *p, storage::ReflexDecision::Kind::Declined, reason);
        return storage::ReflexDecisionRepository::insert(tx, d, m_actor);
    });
}

} // namespace sgl::workflow::validation
