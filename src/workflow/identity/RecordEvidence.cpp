#include "workflow/identity/RecordEvidence.h"

#include "domain/identity/RnivStatusMachine.h"
#include "storage/ErrorCodes.h"
#include "storage/PatientRepository.h"
#include "workflow/auth/PermissionGuard.h"
#include "workflow/Tr.h"


namespace sgl::workflow::identity {

using domain::Patient;

RecordEvidence::RecordEvidence(storage::Database &db, domain::UserSession session)
    : m_db(db), m_session(std::move(session)), m_actor(domain::AuditActor::fromSession(m_session))
{
}

domain::Result<Patient> RecordEvidence::run(qint64 patientId, int expectedVersion, domain::IdentityEvidence evidence)
{
    if (auto ok = requirePermission(m_session, domain::Permission::IdentityQualify); !ok)
        return std::unexpected(ok.error());
    if (evidence.checkedBy.isEmpty())
        evidence.checkedBy = m_actor.login;
    if (!evidence.checkedAt.isValid())
        evidence.checkedAt = QDateTime::currentDateTimeUtc();
    return m_db.write([&](storage::WriteTx &tx) -> domain::Result<Patient> {
        auto loaded = storage::PatientRepository::get(tx, patientId, m_actor);
        if (!loaded)
            return loaded;
        Patient p = *loaded;
        if (p.version != expectedVersion)
            return domain::fail(storage::errc::Conflict,
                                Tr::tr("Le patient %1 a été modifié entre-temps par un autre poste : rechargez-le.")
                                    .arg(p.localId));
        const auto event = domain::isHighTrust(evidence.type) ? domain::RnivEvent::HighTrustEvidenceChecked
                                                              : domain::RnivEvent::LowTrustEvidenceChecked;
        auto next = domain::RnivStatusMachine::apply({p.status, {p.doubtful, p.fictitious}}, event);
        if (!next)
            return std::unexpected(next.error());
        p.status = next->status;
        p.evidence << evidence;
        if (auto st = storage::PatientRepository::update(tx, p, m_actor, domain::RnivStatusMachine::eventCode(event)); !st)
            return std::unexpected(st.error());
        return p;
    });
}

} // namespace sgl::workflow::identity
