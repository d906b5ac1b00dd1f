#pragma once

#include "domain/Error.h"
#include "domain/audit/AuditActor.h"
#include "domain/autoval/DossierInput.h"
#include "domain/autoval/DossierVerdict.h"
#include "domain/autoval/RuleSet.h"
#include "storage/Transaction.h"
#include "workflow/autoval/QcHoldSource.h"
#include "workflow/catalogue/CatalogueCache.h"

#include <QList>

namespace sgl::workflow::autoval {

/**
 * The series cross-check of an auto-validation (domain::autoval::SeriesCrossCheck) on stored
 * dossiers: the dossiers sampled within SeriesCrossCheck::kWindowMinutes of `subject` by the same
 * sampler (AutovalInputBuilder::collectionSeries), the SeriesCrossCheck::kMaxNeighbours nearest in
 * time, are read — each under its own audit row
 * autoval.series on that dossier, naming the dossier evaluated — and cross-checked against the
 * subject, whose verdict gets the SYS.ECHANGE and SYS.SERIE holds.
 * A subject without sampling time or series, or a rule set without delta score rule
 * (SeriesCrossCheck::applies), is left as it is and nothing is read. Returns the ids of the neighbours
 * read (the flow evaluates them again when their results come in).
 */
class SeriesNeighbours {
public:
    [[nodiscard]] static domain::Result<QList<qint64>> crossCheck(storage::WriteTx &tx, const domain::AuditActor &actor,
                                                                  qint64 subjectId, const domain::autoval::DossierInput &subject,
                                                                  domain::autoval::DossierVerdict &verdict,
                                                                  const domain::autoval::RuleSet &rules, CatalogueCache &catalogue,
                                                                  const QcHoldSource &qc);
    /** Ids of all the dossiers of `dossierId`'s series within the window (itself excluded, no
     *  nearest-first limit), without reading patient data. */
    [[nodiscard]] static domain::Result<QList<qint64>> of(storage::ReadTx &tx, qint64 dossierId);
};

} // namespace sgl::workflow::autoval
