#pragma once

#include "domain/catalogue/Catalogue.h"
#include "domain/lab/AbnormalFlag.h"
#include "domain/lab/ResultValue.h"

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace sgl::domain {

/** One result of the dossier as the reflex rules see it. */
struct ReflexInput {
    QString analysisCode;
    ResultValue value;
    std::optional<AbnormalFlag> flag;
};

/** A rule that fired: what to add and why (French, for the biologist). */
struct ReflexProposal {
    QString ruleCode;
    QString ruleLabel;
    QString triggerCode;
    QString addCode;                ///< as written in the rule (analysis or exam code)
    QStringList analysisCodes;      ///< analyses to add: the analysis, or the exam's active analyses not yet ordered
    bool automatic = false;
    QString reason;                 ///< "TSH = 6,20 mUI/L, supérieur à 4" (decimal comma)
};

/**
 * Evaluates the active reflex rules of a catalogue against the results of one dossier.
 *
 * Contract: a rule fires only when its condition is certainly met — a censored value fires
 * only if every value it stands for meets the condition (">500" is above 100; "<5" is not
 * below 3); an empty or non-numeric value never fires a numeric condition; Abnormal/Critical use
 * the result's flag only. A proposal lists only analyses not already in `orderedCodes` (the
 * dossier's analyses, pending or not); a rule whose additions are all ordered already, whose
 * target is retired or unknown, or whose trigger has no result, gives nothing. Each rule gives
 * at most one proposal; proposals come in catalogue rule order. When an analysis appears several
 * times in `results` the last one counts (callers pass current results, oldest first). A numeric
 * result in the trigger's second unit is converted back with the catalogue factor; in any other
 * unit than the catalogue's it fires nothing (thresholds are in the catalogue unit). Pure
 * function, no I/O.
 */
class ReflexEvaluator
{
public:
    [[nodiscard]] static QList<ReflexProposal> evaluate(const Catalogue &catalogue,
                                                        const QList<ReflexInput> &results,
                                                        const QSet<QString> &orderedCodes);
};

} // namespace sgl::domain
