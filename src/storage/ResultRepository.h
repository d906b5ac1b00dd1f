#pragma once

#include "domain/audit/AuditActor.h"
#include "domain/Error.h"
#include "domain/lab/LabResult.h"
#include "storage/ActionAudit.h"
#include "storage/Transaction.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSet>

namespace sgl::storage {

/**
 * Results of dossiers. Every change and every read is audited in the caller's transaction;
 * update() is optimistic (storage.conflict on a stale version). Validation rules are not
 * checked here (that is ValidationStateMachine's job in workflow): storage stores what the
 * use case decided.
 */
class ResultRepository {
public:
    /** Stores a new result; sets id and version = 1; audited as result.create. */
    [[nodiscard]] static domain::Status insert(WriteTx &tx, domain::LabResult &result,
                                               const domain::AuditActor &actor);
    /**
     * Stores many results in the caller's transaction with one prepared statement (analyzer
     * batches, imports); audited by one result.create_batch row naming the count and id range.
     */
    [[nodiscard]] static domain::Status insertBatch(WriteTx &tx, QList<domain::LabResult> &results,
                                                    const domain::AuditActor &actor);
    /** Saves value, flag, state and signatures if `result.version` is current; bumps it.
     *  Audited as result.update with before/after (and the reason when given). */
    [[nodiscard]] static domain::Status update(WriteTx &tx, domain::LabResult &result,
                                               const domain::AuditActor &actor,
                                               const QString &reason = {});
    /** One result change of updateBatch(): `after` replaces `before` (same id and version). */
    struct Change {
        domain::LabResult before;   ///< the row as the caller read it in this transaction
        domain::LabResult after;    ///< what to store; its version is bumped on success
        QString reason;             ///< recorded with the after image when not empty
    };
    /**
     * Saves several changes to the results of ONE dossier, in order, each under its optimistic
     * lock (UPDATE ... WHERE id = ? AND version = ?, storage.conflict otherwise): one entry of
     * several values at the bench or from an analyzer message. Audited by ONE row carrying every
     * before and after image: with a single change it is exactly update()'s result.update row;
     * with several, result.update_batch on the dossier, before_json and after_json being arrays
     * of the images (same order, each naming its result id). `before` is not read again: since
     * every write to a result bumps its version, the version check proves the stored row is the
     * caller's `before`. A change whose `before` is not the same result and version as its
     * `after`, or results of several dossiers, are refused (storage.query_failed, a programming
     * error). Sets each `after.version` to its new value.
     */
    [[nodiscard]] static domain::Status updateBatch(WriteTx &tx, QList<Change> &changes,
                                                    const domain::AuditActor &actor);
    /** Analysis codes of a dossier's results that are not cancelled (no values: not audited). */
    [[nodiscard]] static domain::Result<QSet<QString>> codesInUse(ReadTx &tx, qint64 dossierId);
    /** Id -> version of a dossier's results that are not cancelled (no values: not audited). */
    [[nodiscard]] static domain::Result<QHash<qint64, int>> versionsInUse(ReadTx &tx, qint64 dossierId);
    /** Moves a result to another ordered exam of its dossier (its exam was cancelled); audited as result.move. */
    [[nodiscard]] static domain::Status moveToExam(WriteTx &tx, domain::LabResult &result, const domain::AuditActor &actor);
    /** The validation state of every result of a dossier (no values: not audited). */
    [[nodiscard]] static domain::Result<QList<domain::ValidationState>> statesOf(ReadTx &tx, qint64 dossierId);
    [[nodiscard]] static domain::Result<domain::LabResult> get(WriteTx &tx, qint64 id,
                                                               const domain::AuditActor &actor);
    /** Results of one dossier in id order; audited as result.read_dossier. */
    [[nodiscard]] static domain::Result<QList<domain::LabResult>>
    forDossier(WriteTx &tx, qint64 dossierId, const domain::AuditActor &actor);
    /**
     * Previous results (antériorités) of a patient for one analysis observed before `before`
     * (all when invalid), newest first, at most `limit`; only validated results, as reports
     * show; audited as result.read_history.
     */
    [[nodiscard]] static domain::Result<QList<domain::LabResult>>
    history(WriteTx &tx, qint64 patientId, const QString &analysisCode, const QDateTime &before,
            int limit, const domain::AuditActor &actor);

    // Unaudited variants: only inside the transaction of a user action whose own audit row
    // covers these reads (contract in ActionAudit; checked in debug builds).

    /** forDossier() without its audit row. */
    [[nodiscard]] static domain::Result<QList<domain::LabResult>>
    forDossierUnaudited(ReadTx &tx, qint64 dossierId, const ActionAudit &action);
    /**
     * The antériorités of many analyses in one query: for each code of `analysisCodes`, the
     * patient's validated results observed before `before` (all when invalid) outside dossier
     * `excludeDossierId` (0: none excluded), newest first, at most `perAnalysis` (1 to 1000)
     * each. Codes without any are absent from the hash. history() without its audit row, for
     * every analysis of a dossier at once.
     */
    [[nodiscard]] static domain::Result<QHash<QString, QList<domain::LabResult>>>
    historyUnaudited(ReadTx &tx, qint64 patientId, const QStringList &analysisCodes, qint64 excludeDossierId,
                     const QDateTime &before, int perAnalysis, const ActionAudit &action);
    /**
     * The SQL historyUnaudited() runs for `codeCount` codes (benchmarks compare it raw): binds
     * per code, in order: patient id, code, 'validated', excluded dossier id[, before].
     */
    [[nodiscard]] static QString historySql(qsizetype codeCount, bool withBefore, int perAnalysis);
};

} // namespace sgl::storage
