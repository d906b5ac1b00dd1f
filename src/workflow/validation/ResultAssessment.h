#pragma once

#include "domain/catalogue/Analysis.h"
#include "domain/catalogue/ReferenceRange.h"
#include "domain/identity/Patient.h"
#include "domain/lab/DeltaCheck.h"
#include "domain/lab/Dossier.h"
#include "domain/lab/LabResult.h"
#include "domain/lab/Specimen.h"

#include <QDate>
#include <QDateTime>
#include <QList>

#include <optional>

namespace sgl::workflow::validation {

/**
 * How one result is judged for biological validation: the reference range that applies to this
 * patient, whether it is critical and its delta check. The screen's read model
 * (ValidationDossierView) and the rules' facts (DossierFacts: validation, batch release) both
 * compute it here, so what the biologist sees is what the rules decide on.
 */
struct ResultAssessment {
    std::optional<domain::ReferenceRange> range; ///< RangeResolver at the collection date
    bool critical = false;                       ///< domain::CriticalValue
    domain::DeltaComparison delta;               ///< outcome NoRule when the analysis has none

    /** When a result counts as measured: its observation time, else its entry time (UTC). */
    [[nodiscard]] static QDateTime measuredAt(const domain::LabResult &r);

    /**
     * When the dossier's specimens were collected: its sampling time, else the first tube's
     * collection time, else the dossier's creation (UTC). Ranges and ages are taken at the
     * local date of this moment.
     */
    [[nodiscard]] static QDateTime collectedAt(const domain::Dossier &dossier, const QList<domain::Specimen> &tubes);

    /**
     * Assesses `result` of `patient` collected on `collection` against `previous`, the
     * patient's validated results of the same analysis in any order (results of `result`'s own
     * dossier are ignored). `analysis` may be null (not in the catalogue): no range, no delta
     * rule, critical only by the flag.
     */
    [[nodiscard]] static ResultAssessment assess(const domain::Analysis *analysis, const domain::LabResult &result,
                                                 const domain::Patient &patient, const QDate &collection,
                                                 const QList<domain::LabResult> &previous);
};

} // namespace sgl::workflow::validation
