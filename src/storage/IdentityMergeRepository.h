#pragma once

#include "domain/audit/AuditActor.h"
#include "domain/Error.h"
#include "domain/identity/Patient.h"
#include "storage/Transaction.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace sgl::storage {

/** A merge as logged (patient_merges), enough to reconstruct it. */
struct MergeRecord {
    qint64 id = 0;
    qint64 survivorId = 0;
    qint64 mergedId = 0;
    QString survivorBefore; ///< PatientJson
    QString mergedBefore;   ///< PatientJson
    QString movedRows;      ///< JSON {"dossiers":[..],"results":[..],"patient_external_ids":[..],"inbound_messages":[..]}
    QString mergedBy;
    QDateTime mergedAt;
};

/**
 * Moves everything attached to the merged patient onto the survivor (dossiers, results,
 * external identifiers, inbound messages), records which rows moved with both records as they
 * were before, and appends the audit row "patient.merge". The patient rows themselves are saved
 * by the caller (PatientRepository::update) in the same transaction.
 */
class IdentityMergeRepository {
public:
    [[nodiscard]] static domain::Result<MergeRecord> moveAndLog(WriteTx &tx, const domain::Patient &survivorBefore,
                                                                const domain::Patient &mergedBefore,
                                                                const domain::AuditActor &actor, const QString &reason);
    [[nodiscard]] static domain::Result<QList<MergeRecord>> forPatient(ReadTx &tx, qint64 patientId);
};

} // namespace sgl::storage
