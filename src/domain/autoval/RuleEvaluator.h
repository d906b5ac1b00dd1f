#pragma once

#include "domain/autoval/DossierInput.h"
#include "domain/autoval/DossierVerdict.h"
#include "domain/autoval/Rule.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

namespace sgl::domain::autoval {

/** The dossier as the rules read it (internal to the engine). */
struct DossierContext {
    const DossierInput *dossier = nullptr;
    QHash<QString, const ResultInput *> byCode;  ///< the result that counts per analysis (last not cancelled)
    QSet<QString> judged;                        ///< codes of the results still to validate
};

/** What one rule says about one analysis. */
struct RuleOutcome {
    QString analysisCode;
    bool passed = true;
    HoldReason hold;             ///< filled when !passed
};

/**
 * Evaluates one rule's condition on the dossier (internal to AutoValidationEngine; applicability
 * and enabled are the engine's). Returns one outcome per analysis the rule concerns that the
 * dossier holds and still has to validate; empty when the rule has nothing to say (no such
 * analysis, or the operands of a multi-analysis rule absent).
 */
class RuleEvaluator {
public:
    [[nodiscard]] static QList<RuleOutcome> evaluate(const Rule &rule, const DossierContext &context);
    /** The analyses a rule concerns in this dossier (analyses, exam members, or operands). */
    [[nodiscard]] static QStringList targets(const Rule &rule, const DossierContext &context);
};

} // namespace sgl::domain::autoval
