#pragma once

#include "domain/Error.h"
#include "domain/audit/AuditActor.h"
#include "domain/lab/Dossier.h"
#include "storage/Transaction.h"

namespace sgl::workflow::orders {

/**
 * Moves a dossier to the status its results and tubes put it in (domain::DossierProgress), in
 * the caller's transaction, after any change to them; audited as dossier.status when it moves.
 */
class DossierStatusSync {
public:
    [[nodiscard]] static domain::Status apply(storage::WriteTx &tx, domain::Dossier &dossier,
                                              const domain::AuditActor &actor);
};

} // namespace sgl::workflow::orders
