#pragma once

#include "domain/autoval/RuleSet.h"

namespace sgl::domain::autoval {

/**
 * The demo laboratory's auto-validation rules, written for the analyses of
 * resources/catalogue/demo-catalogue.csv (valid against it: RuleSetValidator). Workflow seeds it in
 * the demo; tests/bench measures it. Each rule's label says why it is there (docs/autovalidation.md).
 */
class DemoRuleSet {
public:
    [[nodiscard]] static RuleSet build();
};

} // namespace sgl::domain::autoval
