#include "workflow/identity/SearchPatients.h"

#include "storage/DossierRepository.h"
#include "storage/IdentityKeyRepository.h"
#include "storage/PatientRepository.h"
#include "workflow/auth/PermissionGuard.h"

namespace sgl::workflow::identity {

using domain::Patient;

SearchPatients::SearchPatients(storage::Database &db, domain::UserSession session)
    : m_db(db), m_session(std::move(session)), m_actor(domain::AuditActor::fromSession(m_session))
{
}

domain::Result<Patient> SearchPatients::open(qint64 patientId)
{
    if (auto ok = requirePermission(m_session, domain::Permission::PatientRead); !ok)
        return std::unexpected(ok.error());
    return m_db.write([&](storage::WriteTx &tx) { return storage::PatientRepository::get(tx, patientId, m_actor); });
}

domain::Result<QList<Patient>> SearchPatients::run(const PatientQuery &query)
{
    if (auto ok = requirePermission(m_session, domain::Permission::PatientRead); !ok)
        return std::unexpected(ok.error());
    return m_db.write([&](storage::WriteTx &tx) -> domain::Result<QList<Patient>> {
        if (!query.dossierOrSpecimen.trimmed().isEmpty()) {
            auto id = storage::DossierRepository::patientForDossierOrSpecimen(
                tx, query.dossierOrSpecimen);
            if (!id)
                return std::unexpected(id.error());
            QList<Patient> byCode;
            if (*id == 0)
                return byCode;
            auto p = storage::PatientRepository::get(tx, *id, m_actor);
            // A dossier stays on the record it was opened for; after a merge the desk wants the
            // surviving record (bounded walk: a cycle would be corrupt data, not a reason to hang).
            for (int hop = 0; p && p->mergedInto != 0 && hop < 8; ++hop)
                p = storage::PatientRepository::get(tx, p->mergedInto, m_actor);
            if (!p)
                return std::unexpected(p.error());
            if (p->mergedInto == 0)
                byCode << *p;
            return byCode;
        }
        storage::PatientSearch exact;
        exact.name = query.name;
        exact.birthDate = query.birthDate;
        exact.localId = query.localId;
        exact.insMatricule = query.insMatricule;
        exact.limit = query.limit;
        auto found = storage::PatientRepository::search(tx, exact, m_actor);
        if (!found)
            return found;
        QList<Patient> out;
        for (const Patient &p : *found)
            if (p.mergedInto == 0)
                out << p;
        if (!query.approximate || query.name.trimmed().isEmpty() || out.size() >= query.limit)
            return out;
        if (auto sync = storage::IdentityKeyRepository::syncNew(tx); !sync)
            return std::unexpected(sync.error());
        auto ids = storage::IdentityKeyRepository::candidates(tx, query.name, query.birthDate, query.limit);
        if (!ids)
            return std::unexpected(ids.error());
        for (qint64 id : *ids) {
            if (out.size() >= query.limit)
                break;
            if (std::any_of(out.begin(), out.end(), [id](const Patient &p) { return p.id == id; }))
                continue;
            auto p = storage::PatientRepository::get(tx, id, m_actor);
            if (!p)
                return std::unexpected(p.error());
            if (!query.localId.isEmpty() && p->localId != query.localId.trimmed())
                continue;
            out << *p;
        }
        return out;
    });
}

} // namespace sgl::workflow::identity
