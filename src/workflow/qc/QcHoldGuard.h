#pragma once

#include "domain/Error.h"
#include "storage/Transaction.h"

#include <QHash>
#include <QString>

namespace sgl::workflow::qc {

/**
 * What technical validation, biological validation (result, chapter, dossier) and batch release
 * ask before validating a result: is it held by a rejected QC run (storage::QcHoldRepository)?
 * Call inside the validation's own write transaction, so a review committed meanwhile is seen.
 */
class QcHoldGuard {
public:
    /** validation.qc_hold naming `analysisName` and the run's reason when `resultId` is held. */
    [[nodiscard]] static domain::Status check(storage::ReadTx &tx, qint64 resultId, const QString &analysisName);
    /** The refusal for a held result: "GLU : résultat retenu par le contrôle qualité (CQ rejeté : …)". */
    [[nodiscard]] static domain::Error heldError(const QString &analysisName, const QString &reason,
                                                 const QString &location);
};

} // namespace sgl::workflow::qc
