#pragma once

#include "domain/Error.h"
#include "domain/lab/ResultHistoryEntry.h"
#include "storage/Transaction.h"

#include <QList>

namespace sgl::storage {

/** The history of results (result_history): appended in the transaction of each change, never updated. */
class ResultHistoryRepository {
public:
    /** Appends `entry` (its at defaults to now); sets its id. */
    [[nodiscard]] static domain::Status append(WriteTx &tx, domain::ResultHistoryEntry &entry);
    /**
     * append() for the steps of one action on several results (an analyzer message, a bench
     * entry), in as few statements as the dialect allows; sets every id, in order. Nothing is
     * written when one row fails (the caller's transaction rolls back).
     */
    [[nodiscard]] static domain::Status appendMany(WriteTx &tx, QList<domain::ResultHistoryEntry> &entries);
    /** Every step of one result, oldest first. */
    [[nodiscard]] static domain::Result<QList<domain::ResultHistoryEntry>> forResult(ReadTx &tx, qint64 resultId);
    /** Every step of every result of the dossier, oldest first. */
    [[nodiscard]] static domain::Result<QList<domain::ResultHistoryEntry>> forDossier(ReadTx &tx, qint64 dossierId);
};

} // namespace sgl::storage
