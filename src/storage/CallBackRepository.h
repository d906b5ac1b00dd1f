#pragma once

#include "domain/Error.h"
#include "domain/audit/AuditActor.h"
#include "domain/validation/CallBack.h"
#include "storage/Transaction.h"

#include <QList>

namespace sgl::storage {

/**
 * Call-back records of critical values (critical_callbacks, migration 0600): append only, each
 * insert audited as validation.callback on the dossier in the caller's transaction. Reads return
 * no value beyond what the biologist already sees on the dossier and are audited by the use case
 * that opens the dossier.
 */
class CallBackRepository {
public:
    /** Stores `callBack` (recordedBy/recordedAt set from `actor` and now when empty); sets its id. */
    [[nodiscard]] static domain::Status insert(WriteTx &tx, domain::CallBack &callBack, const domain::AuditActor &actor);
    /** Every record of the dossier, oldest first. */
    [[nodiscard]] static domain::Result<QList<domain::CallBack>> forDossier(ReadTx &tx, qint64 dossierId);
};

} // namespace sgl::storage
