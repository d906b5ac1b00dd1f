#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace sgl::domain::qc {

/**
 * The Westgard multirules the laboratory may apply to an analysis. 1-2s is a warning; the
 * others reject the run. Stable codes ("1-2s", "1-3s", "2-2s", "R-4s", "4-1s", "10-x") are
 * stored in qc_rule_config and qc_runs and shown as is on the screens.
 */
enum class WestgardRule { W12s, R13s, R22s, R4s, R41s, R10x };

[[nodiscard]] QString westgardRuleCode(WestgardRule rule);
[[nodiscard]] std::optional<WestgardRule> westgardRuleFromCode(const QString &code);
/** French description ("une valeur au-delà de 3 écarts-types"). */
[[nodiscard]] QString westgardRuleLabel(WestgardRule rule);
/** False only for 1-2s (a warning: the run is accepted, the technician is told). */
[[nodiscard]] bool westgardRuleRejects(WestgardRule rule);
/** Every rule, in the order above (the default configuration of an analysis). */
[[nodiscard]] QList<WestgardRule> allWestgardRules();
/**
 * "1-2s,1-3s" from a list, and back. fromCodes ignores case, spaces around a code and duplicates;
 * it returns nullopt on an unknown code, and then names that code (trimmed) in `*unknown` when
 * given, so that the caller's refusal can say which one.
 */
[[nodiscard]] QString westgardRuleCodes(const QList<WestgardRule> &rules);
[[nodiscard]] std::optional<QList<WestgardRule>> westgardRulesFromCodes(const QString &codes,
                                                                       QString *unknown = nullptr);

} // namespace sgl::domain::qc
