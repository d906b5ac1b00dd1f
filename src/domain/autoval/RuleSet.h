#pragma once

#include "domain/autoval/Rule.h"

#include <QList>
#include <QString>

namespace sgl::domain::autoval {

/**
 * The laboratory's auto-validation rules, as one value (stored and versioned with the catalogue
 * by workflow; JSON in RuleSetJson). Order matters only for display and for the order of holds.
 *
 * Coverage: an analysis is auto-validated only when at least one enabled, applicable limits rule
 * concerns it ("covered"); any other analysis is held (built-in rule "SYS.NON_COUVERTE").
 */
struct RuleSet {
    QString name;                ///< "Règles du laboratoire" (French, free text)
    QList<Rule> rules;

    [[nodiscard]] const Rule *rule(const QString &id) const;
    friend bool operator==(const RuleSet &, const RuleSet &) = default;
};

} // namespace sgl::domain::autoval
