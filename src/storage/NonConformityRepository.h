#pragma once

#include "domain/Error.h"
#include "domain/audit/AuditActor.h"
#include "domain/lab/NonConformity.h"
#include "storage/Transaction.h"

#include <QList>
#include <QMap>

namespace sgl::storage {

/** Non-conformities of tubes and their effect on each result (specimen_nonconformities, nonconformity_effects). */
class NonConformityRepository {
public:
    /**
     * Stores `nc` and its effects; `resultIds` gives the result of each analysis code of the
     * effects (the caller resolved them in the same transaction). Sets nc.id; audited as
     * specimen.nonconformity.
     */
    [[nodiscard]] static domain::Status insert(WriteTx &tx, domain::NonConformity &nc,
                                               const QMap<QString, qint64> &resultIds, const domain::AuditActor &actor);
    /** Every non-conformity of the dossier's tubes, oldest first, effects by analysis code. */
    [[nodiscard]] static domain::Result<QList<domain::NonConformity>> forDossier(ReadTx &tx, qint64 dossierId);
};

} // namespace sgl::storage
