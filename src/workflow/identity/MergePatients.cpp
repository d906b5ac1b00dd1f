#include "workflow/identity/MergePatients.h"

#include "domain/identity/PatientMerge.h"
#include "storage/ErrorCodes.h"
#include "storage/IdentityKeyRepository.h"
#include "storage/PatientRepository.h"
#include "workflow/auth/PermissionGuard.h"
#include "workflow/ErrorCodes.h"
#include "workflow/Tr.h"


namespace sgl::workflow::identity {

using domain::Patient;

namespace {

domain::Status requireReason(const QString &reason)
{
    if (reason.trimmed().isEmpty())
        return domain::fail(errc::MergeReasonRequired,
                            Tr::tr("Indiquez le motif de la fusion."),
                            QStringLiteral("reason"));
    return {};
}

} // namespace

MergePatients::MergePatients(storage::Database &db, domain::UserSession session)
    : m_db(db), m_session(std::move(session)), m_actor(domain::AuditActor::fromSession(m_session))
{
}

domain::Result<MergeResult> MergePatients::run(qint64 survivorId, int survivorVersion, qint64 duplicateId,
                                               int duplicateVersion, const QString &reason)
{
    if (auto ok = requirePermission(m_session, domain::Permission::PatientMerge); !ok)
        return std::unexpected(ok.error());
    // Checked before opening a transaction: a missing reason is a form error, not a merge attempt.
    if (auto st = requireReason(reason); !st)
        return std::unexpected(st.error());
    return m_db.write([&](storage::WriteTx &tx) -> domain::Result<MergeResult> {
        auto survivor = storage::PatientRepository::get(tx, survivorId, m_actor);
        if (!survivor)
            return std::unexpected(survivor.error());
        auto duplicate = storage::PatientRepository::get(tx, duplicateId, m_actor);
        if (!duplicate)
            return std::unexpected(duplicate.error());
        if (survivor->version != survivorVersion || duplicate->version != duplicateVersion)
            return domain::fail(storage::errc::Conflict,
                                Tr::tr("Un des deux patients a été modifié entre-temps : rechargez-les."));
        return applyInTransaction(tx, *survivor, *duplicate, m_actor, reason);
    });
}

domain::Result<MergeResult> MergePatients::applyInTransaction(storage::WriteTx &tx, const Patient &survivor,
                                                              const Patient &duplicate,
                                                              const domain::AuditActor &actor, const QString &reason)
{
    if (auto st = requireReason(reason); !st)
        return std::unexpected(st.error());
    auto plan = domain::PatientMerge::plan(survivor, duplicate);
    if (!plan)
        return std::unexpected(plan.error());
    auto record = storage::IdentityMergeRepository::moveAndLog(tx, survivor, duplicate, actor, reason);
    if (!record)
        return std::unexpected(record.error());
    MergeResult out{plan->survivor, plan->merged, *record};
    if (auto st = storage::PatientRepository::update(tx, out.merged, actor, QStringLiteral("MERGED_INTO:%1").arg(survivor.id)); !st)
        return std::unexpected(st.error());
    // The survivor is saved even when unchanged: its version bump tells other workstations.
    if (auto st = storage::PatientRepository::update(tx, out.survivor, actor, QStringLiteral("MERGE_SURVIVOR:%1").arg(duplicate.id)); !st)
        return std::unexpected(st.error());
    if (auto st = storage::IdentityKeyRepository::upsert(tx, out.survivor); !st)
        return std::unexpected(st.error());
    return out;
}

} // namespace sgl::workflow::identity
