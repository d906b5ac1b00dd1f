#include "workflow/identity/FindDuplicates.h"

#include "storage/IdentityKeyRepository.h"
#include "storage/PatientRepository.h"
#include "workflow/auth/PermissionGuard.h"

namespace sgl::workflow::identity {

using domain::Patient;

FindDuplicates::FindDuplicates(storage::Database &db, domain::UserSession session)
    : m_db(db), m_session(std::move(session)), m_actor(domain::AuditActor::fromSession(m_session))
{
}

domain::Result<QList<DuplicateMatch>> FindDuplicates::run(const Patient &patient, int threshold)
{
    if (auto ok = requirePermission(m_session, domain::Permission::PatientRead); !ok)
        return std::unexpected(ok.error());
    return m_db.write([&](storage::WriteTx &tx) { return inTransaction(tx, m_actor, patient, threshold); });
}

domain::Result<QList<DuplicateMatch>> FindDuplicates::inTransaction(storage::WriteTx &tx,
                                                                    const domain::AuditActor &actor,
                                                                    const Patient &patient, int threshold)
{
    if (auto sync = storage::IdentityKeyRepository::syncNew(tx); !sync)
        return std::unexpected(sync.error());
    QList<qint64> ids;
    const auto addAll = [&ids](const QList<qint64> &more) {
        for (qint64 id : more)
            if (!ids.contains(id))
                ids << id;
    };
    for (const QString &name : {patient.traits.birthName, patient.traits.usedName}) {
        if (name.isEmpty())
            continue;
        auto c = storage::IdentityKeyRepository::candidates(tx, name, QDate(), 200);
        if (!c)
            return std::unexpected(c.error());
        addAll(*c);
    }
    QList<Patient> loaded;
    // Same birth date, any name: one audited search rather than one read per record.
    if (patient.traits.birthDate.isValid()) {
        storage::PatientSearch sameDay;
        sameDay.birthDate = patient.traits.birthDate;
        sameDay.limit = 500;
        auto born = storage::PatientRepository::search(tx, sameDay, actor);
        if (!born)
            return std::unexpected(born.error());
        loaded << *born;
    }
    if (!patient.ins.isEmpty()) {
        storage::PatientSearch byIns;
        byIns.insMatricule = patient.ins.matricule;
        auto same = storage::PatientRepository::search(tx, byIns, actor);
        if (!same)
            return std::unexpected(same.error());
        loaded << *same;
    }
    QList<DuplicateMatch> out;
    QList<qint64> seen;
    const auto consider = [&](const Patient &p) {
        if (p.id == patient.id || seen.contains(p.id))
            return;
        seen << p.id;
        const auto found = domain::DuplicateDetector::find(patient, {p}, threshold);
        if (!found.isEmpty())
            out << DuplicateMatch{p, found.first()};
    };
    for (const Patient &p : loaded)
        consider(p);
    for (qint64 id : ids) {
        if (id == patient.id || seen.contains(id))
            continue;
        auto p = storage::PatientRepository::get(tx, id, actor);
        if (!p)
            return std::unexpected(p.error());
        consider(*p);
    }
    std::stable_sort(out.begin(), out.end(), [](const DuplicateMatch &a, const DuplicateMatch &b) {
        return a.candidate.score > b.candidate.score;
    });
    return out;
}

} // namespace sgl::workflow::identity
