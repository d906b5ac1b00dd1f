#pragma once

#include "domain/audit/AuditActor.h"
#include "domain/Error.h"
#include "domain/lab/Dossier.h"
#include "domain/lab/Specimen.h"
#include "storage/ActionAudit.h"
#include "storage/Transaction.h"

#include <QList>

namespace sgl::storage {

/**
 * The dossier aggregate (dossiers + specimens). Changes and reads are audited in the caller's
 * transaction (reads of a dossier are reads of a patient file). setStatus() applies the
 * domain transition rule (dossierTransitionAllowed) and the optimistic lock: two validators
 * acting on one dossier cannot both win; the second gets storage.conflict.
 */
class DossierRepository {
public:
    /** Stores a new dossier (number unique); sets id and version = 1. */
    [[nodiscard]] static domain::Status insert(WriteTx &tx, domain::Dossier &dossier,
                                               const domain::AuditActor &actor);
    /** The dossier with its correspondents and clinical answers; audited read (dossier.read). */
    [[nodiscard]] static domain::Result<domain::Dossier> get(WriteTx &tx, qint64 id,
                                                             const domain::AuditActor &actor);
    /**
     * get() without its audit row, for a user action whose own audit row covers this read
     * (contract in ActionAudit: same transaction only). storage.not_found when absent.
     */
    [[nodiscard]] static domain::Result<domain::Dossier> getUnaudited(ReadTx &tx, qint64 id, const ActionAudit &action);
    /**
     * getUnaudited() without the copies and clinical answers (`correspondents` and
     * `clinicalAnswers` stay empty): for a reader of the dossier row only (a result entry: status,
     * number, dates). Never save a dossier read this way with update().
     */
    [[nodiscard]] static domain::Result<domain::Dossier> rowUnaudited(ReadTx &tx, qint64 id, const ActionAudit &action);
    /** The patient id of dossier `id` (no patient data: not audited); storage.not_found when absent. */
    [[nodiscard]] static domain::Result<qint64> patientIdOf(ReadTx &tx, qint64 id);
    /** The optimistic-lock version of dossier `id` (no patient data: not audited); storage.not_found when absent. */
    [[nodiscard]] static domain::Result<int> versionOf(ReadTx &tx, qint64 id);
    [[nodiscard]] static domain::Result<QList<domain::Dossier>>
    forPatient(WriteTx &tx, qint64 patientId, const domain::AuditActor &actor);
    /** Dossiers in a status, oldest first (worklists; no patient data returned). */
    [[nodiscard]] static domain::Result<QList<domain::Dossier>>
    withStatus(ReadTx &tx, domain::DossierStatus status, int limit = 200);
    /** Moves the dossier to `to` if allowed and `dossier.version` is current; bumps version. */
    [[nodiscard]] static domain::Status setStatus(WriteTx &tx, domain::Dossier &dossier,
                                                  domain::DossierStatus to,
                                                  const domain::AuditActor &actor);

    /**
     * Stores the request fields of an edited dossier (priority, prescriber, sampling, origin,
     * recipients, clinical note) if `dossier.version` is current; bumps version; audits
     * dossier.update with `before` (snapshot() taken when it was read) and the new state.
     */
    [[nodiscard]] static domain::Status update(WriteTx &tx, domain::Dossier &dossier, const QString &before,
                                               const domain::AuditActor &actor);
    /**
     * Bumps the version of a dossier whose parts (exams, tubes, results) changed, if
     * `dossier.version` is current: a workstation holding the older version is refused its next
     * change (storage.conflict). Not audited: the change itself is.
     */
    [[nodiscard]] static domain::Status touch(WriteTx &tx, domain::Dossier &dossier);
    /** Copies the dossier's sampling time to its tubes not yet received (the sampling time was corrected). */
    [[nodiscard]] static domain::Status updateTubeSampling(WriteTx &tx, const domain::Dossier &dossier);
    /** The audit JSON of a dossier (for update()'s `before`). */
    [[nodiscard]] static QString snapshot(const domain::Dossier &dossier);
    /**
     * The dossiers, not cancelled, sampled in [from, to] (dossiers.sampled_at, UTC), in sampling
     * order, with only id, number, sampledAt, samplerKind, samplerName, origin and ward filled:
     * the collection series an auto-validation cross-checks for tube swaps. Not audited (no
     * patient data): the caller audits each dossier it then reads.
     */
    [[nodiscard]] static domain::Result<QList<domain::Dossier>> sampledBetween(ReadTx &tx, const QDateTime &from,
                                                                               const QDateTime &to);
    /** The sampling columns of one dossier, as sampledBetween fills them; storage.not_found when absent. */
    [[nodiscard]] static domain::Result<domain::Dossier> sampling(ReadTx &tx, qint64 id);
    /** The dossier of that number (exact, trimmed), nullopt when none; not audited (no patient data). */
    [[nodiscard]] static domain::Result<std::optional<domain::Dossier>> byNumber(ReadTx &tx, const QString &number);

    [[nodiscard]] static domain::Status addSpecimen(WriteTx &tx, domain::Specimen &specimen,
                                                    const domain::AuditActor &actor);
    [[nodiscard]] static domain::Result<QList<domain::Specimen>> specimens(ReadTx &tx,
                                                                           qint64 dossierId);
    /**
     * Patient id of the dossier whose number is exactly `code`, else of the dossier holding the
     * specimen whose barcode is exactly `code`; 0 when neither exists (not an error). Returns
     * no patient data, so the caller audits the read of the patient it then loads.
     */
    [[nodiscard]] static domain::Result<qint64> patientForDossierOrSpecimen(ReadTx &tx,
                                                                           const QString &code);
};

} // namespace sgl::storage
