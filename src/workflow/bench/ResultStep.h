#pragma once

#include "domain/Error.h"
#include "domain/audit/AuditActor.h"
#include "domain/lab/LabResult.h"
#include "domain/lab/ValidationState.h"
#include "domain/security/UserSession.h"
#include "storage/ResultRepository.h"
#include "storage/Transaction.h"

#include <QString>

#include <optional>

namespace sgl::workflow::bench {

/**
 * The write every bench action ends with, in the caller's transaction: the result saved under its
 * optimistic lock (ResultRepository::update, audited as result.update with before/after and
 * the reason) and one result_history row for the step, so no value is ever overwritten without
 * a trace of who did what and when.
 */
class ResultStep {
public:
    /**
     * Saves `result` (whose state is already the new one) and appends its history row: action
     * code, `stateBefore`, the value shown in the row (`shownValue` when given, else the
     * result's own value) and `reason`.
     */
    [[nodiscard]] static domain::Status record(storage::WriteTx &tx, domain::LabResult &result,
                                               domain::ValidationState stateBefore, domain::ValidationAction action,
                                               const domain::AuditActor &actor, const QString &reason = {},
                                               const std::optional<domain::LabResult> &shownValue = std::nullopt);

    /**
     * record() for several results of one dossier changed by one action (a bench entry, an
     * analyzer message): every change saved under its optimistic lock in order, ONE audit row
     * with every before/after image (storage::ResultRepository::updateBatch) and one
     * result_history row per change (`action`, the before state, the new value, the change's
     * reason). Each `after.version` is bumped.
     */
    [[nodiscard]] static domain::Status recordBatch(storage::WriteTx &tx,
                                                    QList<storage::ResultRepository::Change> &changes,
                                                    domain::ValidationAction action,
                                                    const domain::AuditActor &actor);

    /**
     * storage.conflict when the screen's `expected` version is not the stored one (another
     * workstation changed the result since it was shown); message names the analysis.
     */
    [[nodiscard]] static domain::Status checkVersion(const domain::LabResult &stored, std::optional<int> expected,
                                                     const QString &analysisLabel);

    /**
     * What reading a worklist, a dossier's grid or a result's history needs: DossierRead or
     * ResultEnter (auth.forbidden naming DossierRead otherwise, auth.no_session when logged out).
     */
    [[nodiscard]] static domain::Status requireBenchRead(const domain::UserSession &session);
};

} // namespace sgl::workflow::bench
