#include "workflow/bench/ResultStep.h"

#include "domain/lab/ResultHistoryEntry.h"
#include "storage/ErrorCodes.h"
#include "storage/ResultHistoryRepository.h"
#include "storage/ResultRepository.h"
#include "workflow/Tr.h"
#include "workflow/auth/PermissionGuard.h"

namespace sgl::workflow::bench {

using namespace sgl::domain;

Status ResultStep::record(storage::WriteTx &tx, LabResult &result, ValidationState stateBefore,
                          ValidationAction action, const AuditActor &actor, const QString &reason,
                          const std::optional<LabResult> &shownValue)
{
    if (auto s = storage::ResultRepository::update(tx, result, actor, reason); !s)
        return s;
    const LabResult &shown = shownValue ? *shownValue : result;
    ResultHistoryEntry h;
    h.resultId = result.id;
    h.actor = actor.login;
    h.action = validationActionCode(action);
    h.stateBefore = stateBefore;
    h.stateAfter = result.state;
    h.valueKind = resultKindCode(shown.value.kind);
    h.valueText = shown.value.displayFr();
    h.flag = shown.flag;
    h.reason = reason;
    return storage::ResultHistoryRepository::append(tx, h);
}

Status ResultStep::recordBatch(storage::WriteTx &tx, QList<storage::ResultRepository::Change> &changes,
                               ValidationAction action, const AuditActor &actor)
{
    if (auto s = storage::ResultRepository::updateBatch(tx, changes, actor); !s)
        return s;
    QList<ResultHistoryEntry> steps;
    steps.reserve(changes.size());
    for (const storage::ResultRepository::Change &c : std::as_const(changes)) {
        ResultHistoryEntry h;
        h.resultId = c.after.id;
        h.actor = actor.login;
        h.action = validationActionCode(action);
        h.stateBefore = c.before.state;
        h.stateAfter = c.after.state;
        h.valueKind = resultKindCode(c.after.value.kind);
        h.valueText = c.after.value.displayFr();
        h.flag = c.after.flag;
        h.reason = c.reason;
        steps << h;
    }
    return storage::ResultHistoryRepository::appendMany(tx, steps);
}

Status ResultStep::checkVersion(const LabResult &stored, std::optional<int> expected, const QString &analysisLabel)
{
    if (!expected || *expected == stored.version)
        return {};
    return fail(storage::errc::Conflict,
                Tr::tr("%1 : le résultat a été modifié entre-temps sur un autre poste ; rechargez le dossier avant "
                       "de recommencer.")
                    .arg(analysisLabel.isEmpty() ? stored.analysisCode : analysisLabel),
                stored.analysisCode);
}

Status ResultStep::requireBenchRead(const UserSession &session)
{
    if (requirePermission(session, Permission::ResultEnter))
        return {};
    return requirePermission(session, Permission::DossierRead);
}

} // namespace sgl::workflow::bench
