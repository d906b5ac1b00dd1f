#pragma once

#include "domain/audit/AuditAnchor.h"
#include "domain/audit/AuditChain.h"
#include "domain/Error.h"
#include "domain/ErrorCodes.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace sgl::domain {

/**
 * An anchor file (one AuditAnchor per line, appended by `sgl audit-anchor`) and its check
 * against the audit trail. Pure: storage supplies the database identity, the recorded head and
 * a lookup of row hashes.
 */
class AuditAnchorLog {
public:
    struct Entry {
        AuditAnchor anchor;
        int line = 0; ///< 1-based line of the file
    };

    /**
     * Parses a whole file. Blank lines are ignored; any other line must be a valid anchor,
     * otherwise errc::AuditAnchorMalformed with location "<fileLabel>:<line>" (nothing is
     * checked from a file that is not entirely readable). An empty file is valid (no entry).
     */
    [[nodiscard]] static Result<QList<Entry>> parse(const QByteArray &content,
                                                    const QString &fileLabel);

    /** Number of the next anchor appended after `entries` (last number + 1, or 1). */
    [[nodiscard]] static qint64 nextNumber(const QList<Entry> &entries);

    struct Outcome {
        qint64 anchorsChecked = 0;
        /** One per failed anchor; `seq` = the audit row concerned, message names the anchor and
         *  its line. Kinds: "tail_deleted", "row_deleted", "rewritten", "bad_signature",
         *  "unsigned", "other_database", "anchor_removed", "anchor_order". */
        QList<AuditChain::Problem> problems;
        /** French remarks that are not failures (e.g. signatures not checked for lack of key). */
        QStringList notes;
        [[nodiscard]] bool intact() const { return problems.isEmpty(); }
    };

    /** Hash of row `seq`, or nullopt when the row does not exist. */
    using HashLookup = std::function<std::optional<QString>(qint64 seq)>;

    /**
     * Checks every entry: same database id; with a key (non-empty) a valid HMAC on every line
     * (an unsigned line is a failure then); the anchored row still exists (seq beyond the
     * recorded head `headSeq` = the end of the trail was deleted) with exactly the anchored
     * hash; anchor numbers following each other (a gap = removed anchor lines). Lines with a
     * bad signature or of another database are not used further.
     */
    [[nodiscard]] static Outcome check(const QList<Entry> &entries, const QString &databaseId,
                                       qint64 headSeq, const HashLookup &hashOf,
                                       const QByteArray &key);
};

} // namespace sgl::domain
