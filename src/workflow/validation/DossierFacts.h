#pragma once

#include "domain/Error.h"
#include "domain/audit/AuditActor.h"
#include "domain/catalogue/Catalogue.h"
#include "domain/catalogue/ReflexEvaluator.h"
#include "domain/identity/Patient.h"
#include "domain/lab/Dossier.h"
#include "domain/lab/LabResult.h"
#include "domain/lab/NonConformity.h"
#include "domain/lab/ResultHistoryEntry.h"
#include "domain/validation/CallBack.h"
#include "domain/validation/ReleaseCheck.h"
#include "storage/ActionAudit.h"
#include "storage/Transaction.h"
#include "workflow/catalogue/CatalogueCache.h"

#include <QHash>
#include <QList>
#include <QSet>

#include <memory>

namespace sgl::workflow::validation {

/**
 * Everything the biologist's rules look at for one dossier, read in the caller's write
 * transaction (so a validation or a batch release decides on what is stored at that moment):
 * dossier, patient, current catalogue, results, their history, call-back records, tube
 * non-conformities, reflex proposals still undecided and delta checks against the patient's
 * validated previous results (domain::DeltaCheck). `release` is the domain::ReleaseFacts
 * built from all this.
 *
 * Audit: load(…, actor, …) has the repositories audit each read (an action on one dossier);
 * load(…, action, …) reads without audit rows under the token of the user action that already
 * wrote its one row naming the dossiers it reads (the queue, the batch-release list: one row
 * per screen load, not some forty per dossier; contract in storage::ActionAudit).
 */
struct DossierFacts {
    domain::Dossier dossier;
    domain::Patient patient;
    std::shared_ptr<const domain::Catalogue> catalogue;
    qint64 catalogueVersionId = 0;
    QList<domain::LabResult> results;            ///< id order
    QList<domain::CallBack> callBacks;
    QList<domain::NonConformity> nonConformities;
    /** Each result's steps (entry, validations, corrections, additions), oldest first. */
    QHash<qint64, QList<domain::ResultHistoryEntry>> history;
    QList<domain::ReflexProposal> pendingReflexes; ///< firing and not decided for the trigger's current value
    QList<domain::ReflexProposal> allReflexes;     ///< every rule firing now
    QSet<qint64> criticalResults;                ///< ids of critical results (domain::CriticalValue)
    QSet<qint64> calledBack;                     ///< ids with a satisfying call-back record
    /** Results held by a rejected QC run not reviewed yet: id -> French reason (storage::QcHoldRepository). */
    QHash<qint64, QString> qcHolds;
    domain::ReleaseFacts release;

    /** Reads and computes the facts of `dossierId` (storage.not_found when unknown). */
    [[nodiscard]] static domain::Result<DossierFacts> load(storage::WriteTx &tx, qint64 dossierId,
                                                           const domain::AuditActor &actor, CatalogueCache &cache);
    /** load() under the audit row of `action` (same transaction), without audit rows of its own. */
    [[nodiscard]] static domain::Result<DossierFacts> load(storage::WriteTx &tx, qint64 dossierId,
                                                           const storage::ActionAudit &action, CatalogueCache &cache);

    /** The result of `code` that counts (the last one not cancelled), nullptr when none. */
    [[nodiscard]] const domain::LabResult *resultOf(const QString &code) const;
    /** "Glucose (GLU)", or the code when the catalogue does not know it. */
    [[nodiscard]] QString analysisName(const QString &code) const;
    /** Value with unit for messages ("6,8 mmol/L"). */
    [[nodiscard]] QString valueWithUnit(const domain::LabResult &r) const;
    /** Active results (not cancelled) of the analyses of chapter `chapterCode` (its sub-chapters included). */
    [[nodiscard]] QSet<QString> chapterCodes(const QString &chapterCode) const;

private:
    /** Exactly one of `actor` (audited reads) and `action` (unaudited reads) is set. */
    [[nodiscard]] static domain::Result<DossierFacts> read(storage::WriteTx &tx, qint64 dossierId,
                                                           const domain::AuditActor *actor,
                                                           const storage::ActionAudit *action, CatalogueCache &cache);
};

} // namespace sgl::workflow::validation
