#pragma once

#include "domain/audit/AuditActor.h"
#include "domain/Error.h"
#include "domain/lab/Dossier.h"
#include "domain/lab/Specimen.h"
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
    [[nodiscard]] static domain::Result<domain::Dossier> get(WriteTx &tx, qint64 id,
                                                             const domain::AuditActor &actor);
    [[nodiscard]] static domain::Result<QList<domain::Dossier>>
    forPatient(WriteTx &tx, qint64 patientId, const domain::AuditActor &actor);
    /** Dossiers in a status, oldest first (worklists; no patient data returned). */
    [[nodiscard]] static domain::Result<QList<domain::Dossier>>
    withStatus(ReadTx &tx, domain::DossierStatus status, int limit = 200);
    /** Moves the dossier to `to` if allowed and `dossier.version` is current; bumps version. */
    [[nodiscard]] static domain::Status setStatus(WriteTx &tx, domain::Dossier &dossier,
                                                  domain::DossierStatus to,
                                                  const domain::AuditActor &actor);

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
