#pragma once

#include "domain/Error.h"
#include "domain/audit/AuditActor.h"
#include "domain/lab/Specimen.h"
#include "storage/Transaction.h"

#include <QDateTime>
#include <optional>

namespace sgl::storage {

/**
 * Tubes after their creation (DossierRepository::addSpecimen): found by barcode, received,
 * rejected, labels printed. Changes are audited in the caller's transaction; a change that
 * finds the tube no longer in the state it was read in (another workstation scanned or rejected
 * it meanwhile) fails with storage.conflict and changes nothing.
 */
class SpecimenRepository {
public:
    /** The tube of that barcode (exact), nullopt when none. Not audited: no patient data. */
    [[nodiscard]] static domain::Result<std::optional<domain::Specimen>> byBarcode(ReadTx &tx, const QString &barcode);
    [[nodiscard]] static domain::Result<domain::Specimen> get(ReadTx &tx, qint64 id);
    /** Expected -> received at `at` by `actor`. */
    [[nodiscard]] static domain::Status markReceived(WriteTx &tx, domain::Specimen &specimen, const QDateTime &at,
                                                     const domain::AuditActor &actor);
    /** Expected or received -> rejected, with its reason (a new sample is needed). */
    [[nodiscard]] static domain::Status reject(WriteTx &tx, domain::Specimen &specimen, const QString &reason,
                                               const domain::AuditActor &actor);
    /**
     * Records a print of `copies` labels of the tube (reason required for a reprint, checked by
     * the caller) and counts it on the tube; audited as specimen.label_print / label_reprint.
     */
    [[nodiscard]] static domain::Status recordLabelPrint(WriteTx &tx, domain::Specimen &specimen, int copies,
                                                         const QString &reason, const domain::AuditActor &actor);
};

} // namespace sgl::storage
