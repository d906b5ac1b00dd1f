#pragma once

#include "domain/audit/AuditActor.h"
#include "domain/audit/AuditAnchor.h"
#include "domain/audit/AuditAnchorLog.h"
#include "domain/Error.h"
#include "domain/ErrorCodes.h"
#include "domain/security/UserSession.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace sgl::storage {
class Database;
class ReadTx;
} // namespace sgl::storage

namespace sgl::workflow {

/**
 * Audit tail anchors outside the database (see domain::AuditAnchor): taking one (`sgl
 * audit-anchor`, run from cron / a systemd timer) and checking a whole anchor file against the
 * trail (AuditVerifier, `sgl verify-audit --anchors`).
 */
class AuditAnchoring {
public:
    explicit AuditAnchoring(storage::Database &db) : m_db(db) {}

    /**
     * Reads an HMAC key file: its content without surrounding whitespace, at least
     * AuditAnchor::kMinKeyBytes and at most 4096 bytes. Errors errc::AuditAnchorKey naming the file.
     */
    [[nodiscard]] static domain::Result<QByteArray> readKey(const QString &path);
    /**
     * Reads and parses an anchor file (kFile when unreadable or missing, kMalformed naming the
     * line). An empty file gives no entry.
     */
    [[nodiscard]] static domain::Result<QList<domain::AuditAnchorLog::Entry>>
    readAnchors(const QString &path);

    /**
     * Anchors the current end of the trail: appends one line (numbered after the file's last
     * anchor, signed when `key` is not empty) to `path`, created if missing, then records
     * `audit.anchor` in the trail. Refused, with nothing written, when the file holds a bad line
     * (kMalformed), anchors of another database (kForeign), signed anchors but no key or a key
     * that does not verify its last line (kKey), or when its last anchor no longer matches the
     * trail (kMismatch: the end of the trail was deleted or rewritten since). Holds an
     * exclusive flock on the file meanwhile, so concurrent jobs number their anchors in turn.
     * Requires Permission::AuditVerify.
     */
    [[nodiscard]] domain::Result<domain::AuditAnchor>
    anchor(const domain::UserSession &by, const QString &path, const QByteArray &key);
    /** Same, for the CLI run by whoever can open the database. */
    [[nodiscard]] domain::Result<domain::AuditAnchor>
    anchorAsSystem(const domain::AuditActor &actor, const QString &path, const QByteArray &key);

    /**
     * Checks anchor entries against the trail seen by `tx` (database id, recorded head, row
     * hashes); `key` empty = signatures not checked. kEmpty when there is no entry (`label`
     * names the file in that message).
     */
    [[nodiscard]] static domain::Result<domain::AuditAnchorLog::Outcome>
    check(storage::ReadTx &tx, const QList<domain::AuditAnchorLog::Entry> &entries,
          const QByteArray &key, const QString &label);

private:
    domain::Result<domain::AuditAnchor> run(const domain::AuditActor &actor, const QString &path,
                                            const QByteArray &key);
    storage::Database &m_db;
};

} // namespace sgl::workflow
