#pragma once

#include "domain/Error.h"
#include "storage/Transaction.h"

#include <QDateTime>
#include <QList>

namespace sgl::storage {

/** A dossier the biologist may open for validation (no patient data: ids and times only). */
struct ValidationQueueEntry {
    qint64 dossierId = 0;
    QDateTime firstReceivedAt;   ///< UTC; invalid when no tube is received
};

/**
 * The dossiers of the validation queue in one query: in progress or technically validated with
 * at least one technically validated result (technically complete, or partly so). Not audited:
 * no patient data; the use case audits the dossiers it then reads.
 */
class ValidationQueueRepository {
public:
    [[nodiscard]] static domain::Result<QList<ValidationQueueEntry>> candidates(ReadTx &tx, int limit);
};

} // namespace sgl::storage
