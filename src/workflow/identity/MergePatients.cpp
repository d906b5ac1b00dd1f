#include "workflow/identity/MergePatients.h"

#include "domain/identity/PatientMerge.h"
#include "storage/IdentityKeyRepository.h"
#include "storage/PatientRepository.h"
#include "storage/StorageErrors.h"

#include <QCoreApplication>

namespace sgl::workflow::identity {

using domain::Patient;

MergePatients::MergePatients(storage::Database &db, domain::AuditActor actor) : m_db(db), m_actor(std::move(actor)) {}

domain::Result<MergeResult> MergePatients::run(qint64 survivorId, int survivorVersion, qint64 duplicateId,
                                               int duplicateVersion, const QString &reason)
{
    if (reason.trimmed().isEmpty())
        return domain::fail(QStringLiteral("merge.reason_required"),
                            QCoreApplication::translate("sgl::workflow::identity", "Indiquez le motif de la fusion."),
                            QStringLiteral("reason"));
    return m_db.write([&](storage::WriteTx &tx) -> domain::Result<MergeResult> {
        auto survivor = storage::PatientRepository::get(tx, survivorId, m_actor);
        if (!survivor)
            return std::unexpected(survivor.error());
        auto duplicate = storage::PatientRepository::get(tx, duplicateId, m_actor);
        if (!duplicate)
            return std::unexpected(duplicate.error());
        if (survivor->version != survivorVersion || duplicate->version != duplicateVersion)
            return domain::fail(storage::errors::kConflict,
                                QCoreApplication::translate("sgl::workflow::identity",
                                                            "Un des deux patients a été modifié entre-temps : rechargez-les."));
        auto plan = domain::PatientMerge::plan(*survivor, *duplicate);
        if (!plan)
            return std::unexpected(plan.error());
        auto record = storage::IdentityMergeRepository::moveAndLog(tx, *survivor, *duplicate, m_actor, reason);
        if (!record)
            return std::unexpected(record.error());
        MergeResult out{plan->survivor, plan->merged, *record};
        if (auto st = storage::PatientRepository::update(tx, out.merged, m_actor, QStringLiteral("MERGED_INTO:%1").arg(survivorId)); !st)
            return std::unexpected(st.error());
        // The survivor is saved even when unchanged: its version bump tells other workstations.
        if (auto st = storage::PatientRepository::update(tx, out.survivor, m_actor, QStringLiteral("MERGE_SURVIVOR:%1").arg(duplicateId)); !st)
            return std::unexpected(st.error());
        if (auto st = storage::IdentityKeyRepository::upsert(tx, out.survivor); !st)
            return std::unexpected(st.error());
        return out;
    });
}

} // namespace sgl::workflow::identity
