#pragma once

#include "domain/Error.h"
#include "domain/audit/AuditActor.h"
#include "domain/audit/AuditChain.h"
#include "domain/security/UserSession.h"

#include <QList>

namespace sgl::storage {
class Database;
}

namespace sgl::workflow {

/**
 * Walks the whole audit trail (AuditChain) and reports every altered, deleted or unlinked row
 * by its number. The verification itself is audited (audit.verify, with the outcome) after
 * the walk, so a verification never hides a problem it found.
 */
class AuditVerifier {
public:
    struct Report {
        qint64 rowsChecked = 0;
        QList<domain::AuditChain::Problem> problems;
        [[nodiscard]] bool intact() const { return problems.isEmpty(); }
    };

    explicit AuditVerifier(storage::Database &db) : m_db(db) {}

    /** Requires Permission::AuditVerify. */
    [[nodiscard]] domain::Result<Report> verify(const domain::UserSession &by);
    /** For the CLI (`sgl verify-audit`), run by whoever can open the database. */
    [[nodiscard]] domain::Result<Report> verifyAsSystem(const domain::AuditActor &actor);

private:
    domain::Result<Report> run(const domain::AuditActor &actor);
    storage::Database &m_db;
};

} // namespace sgl::workflow
