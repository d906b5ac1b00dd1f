#pragma once

#include "domain/audit/AuditActor.h"
#include "domain/audit/AuditAnchorLog.h"
#include "domain/audit/AuditChain.h"
#include "domain/Error.h"
#include "domain/security/UserSession.h"

#include <QList>

#include <optional>

namespace sgl::storage {
class Database;
}

namespace sgl::workflow {

/**
 * Walks the whole audit trail (AuditChain) and reports every altered, deleted or unlinked row
 * by its number. The verification itself is audited (audit.verify, with the outcome) after
 * the walk, so a verification never hides a problem it found.
 *
 * With anchors (AuditAnchoring, `sgl verify-audit --anchors`), the same read transaction also
 * checks every anchor of the file against the trail: this is what detects a deleted or
 * rewritten END of the trail, which the chain alone cannot see once audit_head is rewritten.
 */
class AuditVerifier {
public:
    /** Anchor file to check with the chain; `key` empty = signatures not checked. */
    struct Anchors {
        QList<domain::AuditAnchorLog::Entry> entries;
        QByteArray key;
        QString label; ///< names the file in messages (its path)
    };

    struct Report {
        qint64 rowsChecked = 0;
        QList<domain::AuditChain::Problem> problems;
        /** Set when anchors were given. */
        std::optional<domain::AuditAnchorLog::Outcome> anchors;
        [[nodiscard]] bool intact() const
        {
            return problems.isEmpty() && (!anchors || anchors->intact());
        }
    };

    explicit AuditVerifier(storage::Database &db) : m_db(db) {}

    /** Requires Permission::AuditVerify. */
    [[nodiscard]] domain::Result<Report> verify(const domain::UserSession &by,
                                                const Anchors *anchors = nullptr);
    /** For the CLI (`sgl verify-audit`), run by whoever can open the database. */
    [[nodiscard]] domain::Result<Report> verifyAsSystem(const domain::AuditActor &actor,
                                                        const Anchors *anchors = nullptr);

private:
    domain::Result<Report> run(const domain::AuditActor &actor, const Anchors *anchors);
    storage::Database &m_db;
};

} // namespace sgl::workflow
