#pragma once

#include "domain/Error.h"
#include "domain/autoval/DossierInput.h"
#include "storage/ActionAudit.h"
#include "storage/Transaction.h"
#include "workflow/autoval/QcHoldSource.h"
#include "workflow/validation/DossierFacts.h"

#include <QHash>
#include <QString>

namespace sgl::workflow::autoval {

/**
 * What the engine looks at for one dossier, built from the facts the biologist's rules use
 * (validation::DossierFacts: the same ranges, critical values, call-backs, edits, reflexes and
 * non-conformities as the validation screen) plus what only the engine reads: the patient's
 * validated previous values of every numeric analysis still to validate (one query, under the
 * caller's audit token), the collection date, the QC holds and the serum indices.
 *
 * The dossier's sampling time (invalid when not recorded) and
 * the collection series (collectionSeries) feed the series cross-check for swapped tubes.
 *
 * Serum indices come from results of the analyses coded IH (haemolysis), II (icterus) and IL
 * (lipaemia) when the dossier has them (an analyzer sending H/I/L indices maps them to these
 * codes).
 */
class AutovalInputBuilder {
public:
    /** Whose antériorités are read: the results still to validate (the engine's), or every numeric
     *  result (a neighbour of the series cross-check, whose validated values count too). */
    enum class Previous { ToValidate, AllNumeric };

    [[nodiscard]] static domain::Result<domain::autoval::DossierInput> build(storage::WriteTx &tx,
                                                                             const validation::DossierFacts &facts,
                                                                             const storage::ActionAudit &action,
                                                                             const QcHoldSource &qc,
                                                                             Previous previous = Previous::ToValidate);
    /**
     * Who sampled the dossier, as DossierInput::collectionSeries: "lab" (the laboratory's sampling
     * room), "home_nurse:<NAME>" (the nurse, case and spaces folded), "ward:<WARD>". Empty when
     * the nurse or the ward is not recorded: such a dossier is in no series.
     */
    [[nodiscard]] static QString collectionSeries(const domain::Dossier &dossier);
};

} // namespace sgl::workflow::autoval
