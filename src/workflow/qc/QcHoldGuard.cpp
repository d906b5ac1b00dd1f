#include "workflow/qc/QcHoldGuard.h"

#include "storage/QcHoldRepository.h"
#include "workflow/ErrorCodes.h"
#include "workflow/Tr.h"

namespace sgl::workflow::qc {

using namespace sgl::domain;

Error QcHoldGuard::heldError(const QString &analysisName, const QString &reason, const QString &location)
{
    return Error{QString(errc::ValidationQcHold),
                 Tr::tr("%1 : résultat retenu par le contrôle qualité (%2). Il ne peut pas être validé avant la revue "
                        "du contrôle (accepté avec motif, ou repasse).")
                     .arg(analysisName, reason),
                 location};
}

Status QcHoldGuard::check(storage::ReadTx &tx, qint64 resultId, const QString &analysisName)
{
    auto held = storage::QcHoldRepository::heldResults(tx, {resultId});
    if (!held)
        return std::unexpected(held.error());
    if (held->contains(resultId))
        return std::unexpected(heldError(analysisName, held->value(resultId), analysisName));
    return {};
}

} // namespace sgl::workflow::qc
