#pragma once

#include <QString>

namespace sgl::domain {

/**
 * One row of the append-only audit trail: who, when, what, and for changes the state before
 * and after (JSON text). `hash` = SHA-256 over the canonical content and `prevHash`
 * (AuditChain::computeHash), so altering or deleting any row breaks the chain.
 */
struct AuditEntry {
    qint64 seq = 0;             ///< 1, 2, 3... without gaps
    QString at;                 ///< UTC ISO-8601 with milliseconds and 'Z', exactly as hashed
    qint64 actorId = 0;
    QString actorLogin;
    QString workstation;
    QString action;             ///< "patient.read", "patient.update", "auth.login_failed", ...
    QString entityType;         ///< "patient", "dossier", "result", "user", ...
    QString entityId;
    QString before;             ///< JSON, empty for reads and creations
    QString after;              ///< JSON, empty for reads and deletions
    QString prevHash;           ///< hex; 64 zeros for the first row
    QString hash;               ///< hex
};

} // namespace sgl::domain
