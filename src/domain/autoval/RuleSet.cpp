#include "domain/autoval/RuleSet.h"

namespace sgl::domain::autoval {

const Rule *RuleSet::rule(const QString &id) const
{
    for (const Rule &r : rules)
        if (r.id == id)
            return &r;
    return nullptr;
}

} // namespace sgl::domain::autoval
