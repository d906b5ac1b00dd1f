#include "workflow/validation/CriticalCallBacks.h"

#include "storage/CallBackRepository.h"
#include "storage/DossierRepository.h"
#include "storage/ResultRepository.h"
#include "workflow/ErrorCodes.h"
#include "workflow/Tr.h"
#include "workflow/auth/PermissionGuard.h"
#include "workflow/validation/DossierClaim.h"

namespace sgl::workflow::validation {

using namespace sgl::domain;

CriticalCallBacks::CriticalCallBacks(storage::Database &db, UserSession session)
    : m_db(db), m_session(std::move(session)), m_actor(AuditActor::fromSession(m_session))
{
}

Result<CallBack> CriticalCallBacks::record(const CallBackRequest &req)
{
    if (auto ok = requirePermission(m_session, Permission::ResultValidate); !ok)
        return std::unexpected(ok.error());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    return m_db.write([&](storage::WriteTx &tx) -> Result<CallBack> {
        auto d = storage::DossierRepository::get(tx, req.dossierId, m_actor);
        if (!d)
            return std::unexpected(d.error());
        auto rs = storage::ResultRepository::forDossier(tx, req.dossierId, m_actor);
        if (!rs)
            return std::unexpected(rs.error());
        const LabResult *target = nullptr;
        const QString code = req.analysisCode.trimmed().toUpper();
        for (const LabResult &r : *rs) {
            if (r.state == ValidationState::Cancelled)
                continue;
            if ((req.resultId != 0 && r.id == req.resultId) || (req.resultId == 0 && r.analysisCode == code))
                target = &r;
        }
        if (!target)
            return fail(errc::ValidationNotInDossier,
                        Tr::tr("Le dossier %1 n'a pas d'analyse %2.")
                            .arg(d->number, req.resultId != 0 ? QString::number(req.resultId) : code),
                        code);
        CallBack c;
        c.dossierId = d->id;
        c.resultId = target->id;
        c.analysisCode = target->analysisCode;
        c.valueText = target->value.displayFr();
        c.calledName = req.calledName.trimmed();
        c.method = req.method;
        c.calledAt = req.calledAt.isValid() ? req.calledAt.toUTC() : now;
        c.readBack = req.readBack;
        c.unreachable = req.unreachable;
        c.escalation = req.escalation.trimmed();
        c.comment = req.comment.trimmed();
        if (auto s = c.check(now); !s)
            return std::unexpected(s.error());
        if (auto s = DossierClaim::claim(tx, *d, req.dossierVersion); !s)
            return std::unexpected(s.error());
        if (auto s = storage::CallBackRepository::insert(tx, c, m_actor); !s)
            return std::unexpected(s.error());
        return c;
    });
}

} // namespace sgl::workflow::validation
