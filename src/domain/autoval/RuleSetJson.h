#pragma once

#include "domain/Error.h"
#include "domain/autoval/RuleSet.h"

#include <QByteArray>
#include <QByteArrayView>

namespace sgl::domain::autoval {

/**
 * The JSON form of a rule set (what storage keeps, what the admin exports), format
 * "sgl-autoval-rules/1", documented member by member in docs/autovalidation.md:
 * { "format": "sgl-autoval-rules/1", "name": "...", "rules": [ { "id", "label", "enabled",
 *   "analyses", "exam", "when": {"sex","age_min","age_max","origins","wards"},
 *   "condition": {"type": "limits", ...}, "waives" } ] }
 *
 * Contract: toJson() is stable (fixed member order, compact, numbers as shortest round-trip,
 * optional members left out when empty) so equal rule sets give equal bytes; fromJson(toJson(s))
 * == s. fromJson() is strict: not JSON, another format, an unknown member, a missing mandatory
 * member, a wrong type, an unknown enum text ("type", "sex", "index") or a malformed age all give
 * "autoval.json_invalid" (or "autoval.unsupported_format") with the JSON path in `location`
 * ("rules[3].condition.high"); it never returns a half-read rule set. It checks form only:
 * meaning against the catalogue is RuleSetValidator's.
 */
class RuleSetJson {
public:
    [[nodiscard]] static QByteArray toJson(const RuleSet &ruleSet);
    [[nodiscard]] static Result<RuleSet> fromJson(QByteArrayView json);
    /** The format tag written and accepted: "sgl-autoval-rules/1". */
    [[nodiscard]] static QString format();
};

} // namespace sgl::domain::autoval
