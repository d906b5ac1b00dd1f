#include "workflow/identity/UpdatePatient.h"

#include "domain/identity/IdentityTraitsValidator.h"
#include "domain/identity/RnivStatusMachine.h"
#include "storage/ErrorCodes.h"
#include "storage/IdentityKeyRepository.h"
#include "storage/PatientRepository.h"
#include "workflow/auth/PermissionGuard.h"
#include "workflow/ErrorCodes.h"
#include "workflow/Tr.h"


namespace sgl::workflow::identity {

using domain::Patient;

namespace {
} // namespace

UpdatePatient::UpdatePatient(storage::Database &db, domain::UserSession session)
    : m_db(db), m_session(std::move(session)), m_actor(domain::AuditActor::fromSession(m_session))
{
}

domain::Result<Patient> UpdatePatient::run(qint64 patientId, int expectedVersion, const IdentityEdit &edit)
{
    if (auto ok = requirePermission(m_session, domain::Permission::PatientWrite); !ok)
        return std::unexpected(ok.error());
    auto traits = domain::IdentityTraitsValidator::normalise(edit.traits);
    if (!traits)
        return std::unexpected(traits.error());
    return m_db.write([&](storage::WriteTx &tx) -> domain::Result<Patient> {
        auto loaded = storage::PatientRepository::get(tx, patientId, m_actor);
        if (!loaded)
            return loaded;
        Patient p = *loaded;
        if (p.mergedInto != 0)
            return domain::fail(errc::IdentityMerged,
                                Tr::tr("Ce dossier patient a été fusionné : modifiez le dossier conservé."));
        if (p.version != expectedVersion)
            return domain::fail(storage::errc::Conflict,
                                Tr::tr("Le patient %1 a été modifié entre-temps par un autre poste : rechargez-le.")
                                    .arg(p.localId));
        const bool strictChanged = p.traits.strictTraitsDiffer(*traits);
        const domain::RnivEvent event =
            strictChanged ? domain::RnivEvent::StrictTraitEdited : domain::RnivEvent::UsedTraitEdited;
        auto next = domain::RnivStatusMachine::apply({p.status, {p.doubtful, p.fictitious}}, event);
        if (!next)
            return std::unexpected(next.error());
        p.traits = *traits;
        p.phone = edit.phone.trimmed();
        p.email = edit.email.trimmed();
        p.address = edit.address.trimmed();
        p.status = next->status;
        if (strictChanged)
            p.ins = domain::Ins{};
        const QString reason = domain::RnivStatusMachine::eventCode(event);
        if (auto st = storage::PatientRepository::update(tx, p, m_actor, reason); !st)
            return std::unexpected(st.error());
        if (auto st = storage::IdentityKeyRepository::upsert(tx, p); !st)
            return std::unexpected(st.error());
        return p;
    });
}

} // namespace sgl::workflow::identity
