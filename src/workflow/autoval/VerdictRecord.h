#pragma once

#include "domain/autoval/DossierVerdict.h"
#include "storage/AutovalEvaluationRepository.h"
#include "workflow/validation/DossierFacts.h"

#include <QByteArray>

namespace sgl::workflow::autoval {

/**
 * The engine's verdict as stored (storage::AutovalEvaluationRow: per-result verdicts with the
 * rules that held them and the rules that looked at them, every hold with its French sentence,
 * and the verdict itself as JSON), so statistics, concordance and the validation screen read
 * what the engine said at that moment, whatever rule set is current later.
 */
class VerdictRecord {
public:
    /** Fills the children and verdictJson of `row` (mode, trigger... are the caller's). */
    static void fill(storage::AutovalEvaluationRow &row, const domain::autoval::DossierVerdict &verdict,
                     const validation::DossierFacts &facts);
    /** JSON of a verdict: {release, analyses:[{resultId, analysis, release, passed, holds, waived}], holds}. */
    [[nodiscard]] static QByteArray toJson(const domain::autoval::DossierVerdict &verdict);
};

} // namespace sgl::workflow::autoval
