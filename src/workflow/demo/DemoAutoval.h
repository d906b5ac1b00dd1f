#pragma once

#include "domain/Error.h"
#include "domain/security/UserSession.h"

namespace sgl::storage {
class Database;
}

namespace sgl::workflow {

/**
 * The demo lab's auto-validation: the demo rule set (domain::autoval::DemoRuleSet) saved by the
 * administrator, mode shadow (« observation ») under the demo biologist, and every dossier of
 * the validation queue evaluated as the technician's validation would have triggered it, so the
 * biologist sees the verdicts on the validation screen and the statistics are not empty.
 * Returns how many dossiers were evaluated.
 */
class DemoAutoval {
public:
    [[nodiscard]] static domain::Result<int> seed(storage::Database &db, const domain::UserSession &admin,
                                                  const domain::UserSession &technician, const QString &responsibleLogin);
};

} // namespace sgl::workflow
