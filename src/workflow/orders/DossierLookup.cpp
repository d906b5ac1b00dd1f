#include "workflow/orders/DossierLookup.h"

#include "storage/DossierRepository.h"
#include "storage/OrderedExamRepository.h"
#include "storage/PatientRepository.h"
#include "workflow/auth/PermissionGuard.h"

#include <algorithm>

namespace sgl::workflow::orders {

using namespace sgl::domain;

DossierLookup::DossierLookup(storage::Database &db, UserSession session)
    : m_db(db), m_session(std::move(session)), m_actor(AuditActor::fromSession(m_session))
{
}

Result<QList<Dossier>> DossierLookup::forPatient(qint64 patientId)
{
    if (auto ok = requirePermission(m_session, Permission::DossierRead); !ok)
        return std::unexpected(ok.error());
    auto list = m_db.write([&](storage::WriteTx &tx) { return storage::DossierRepository::forPatient(tx, patientId, m_actor); });
    if (!list)
        return std::unexpected(list.error());
    std::stable_sort(list->begin(), list->end(), [](const Dossier &a, const Dossier &b) { return a.id > b.id; });
    return *list;
}

Result<DossierDetails> DossierLookup::details(qint64 dossierId)
{
    if (auto ok = requirePermission(m_session, Permission::DossierRead); !ok)
        return std::unexpected(ok.error());
    return m_db.write([&](storage::WriteTx &tx) -> Result<DossierDetails> {
        DossierDetails out;
        auto d = storage::DossierRepository::get(tx, dossierId, m_actor);
        if (!d)
            return std::unexpected(d.error());
        out.dossier = *d;
        auto p = storage::PatientRepository::get(tx, d->patientId, m_actor);
        if (!p)
            return std::unexpected(p.error());
        out.patient = *p;
        auto exams = storage::OrderedExamRepository::forDossier(tx, dossierId);
        if (!exams)
            return std::unexpected(exams.error());
        out.exams = *exams;
        auto tubes = storage::DossierRepository::specimens(tx, dossierId);
        if (!tubes)
            return std::unexpected(tubes.error());
        out.tubes = *tubes;
        return out;
    });
}

} // namespace sgl::workflow::orders
