#include "workflow/identity/SetIdentityAttributes.h"

#include "domain/identity/RnivStatusMachine.h"
#include "storage/ErrorCodes.h"
#include "storage/PatientRepository.h"
#include "workflow/auth/PermissionGuard.h"
#include "workflow/Tr.h"

#include <QStringList>

namespace sgl::workflow::identity {

using domain::Patient;
using domain::RnivEvent;

SetIdentityAttributes::SetIdentityAttributes(storage::Database &db, domain::UserSession session)
    : m_db(db), m_session(std::move(session)), m_actor(domain::AuditActor::fromSession(m_session))
{
}

domain::Result<Patient> SetIdentityAttributes::run(qint64 patientId, int expectedVersion, IdentityAttributes a)
{
    if (auto ok = requirePermission(m_session, domain::Permission::PatientWrite); !ok)
        return std::unexpected(ok.error());
    return m_db.write([&](storage::WriteTx &tx) -> domain::Result<Patient> {
        auto loaded = storage::PatientRepository::get(tx, patientId, m_actor);
        if (!loaded)
            return loaded;
        Patient p = *loaded;
        if (p.version != expectedVersion)
            return domain::fail(storage::errc::Conflict,
                                Tr::tr("Le patient %1 a été modifié entre-temps par un autre poste : rechargez-le.")
                                    .arg(p.localId));
        QList<RnivEvent> events;
        if (a.fictitious != p.fictitious)
            events << (a.fictitious ? RnivEvent::MarkedFictitious : RnivEvent::FictitiousLifted);
        if (a.doubtful != p.doubtful)
            events << (a.doubtful ? RnivEvent::MarkedDoubtful : RnivEvent::DoubtLifted);
        domain::RnivState state{p.status, {p.doubtful, p.fictitious}};
        QStringList codes;
        for (RnivEvent e : events) {
            auto next = domain::RnivStatusMachine::apply(state, e);
            if (!next)
                return std::unexpected(next.error());
            state = *next;
            codes << domain::RnivStatusMachine::eventCode(e);
        }
        p.status = state.status;
        p.doubtful = state.attributes.doubtful;
        p.fictitious = state.attributes.fictitious;
        if (p.fictitious)
            p.ins = domain::Ins{};
        if (a.homonym != p.homonym)
            codes << (a.homonym ? QStringLiteral("MARKED_HOMONYM") : QStringLiteral("HOMONYM_LIFTED"));
        p.homonym = a.homonym;
        if (codes.isEmpty())
            return p;
        if (auto st = storage::PatientRepository::update(tx, p, m_actor, codes.join(QLatin1Char(','))); !st)
            return std::unexpected(st.error());
        return p;
    });
}

} // namespace sgl::workflow::identity
