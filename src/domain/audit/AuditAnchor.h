#pragma once

#include "domain/Error.h"
#include "domain/ErrorCodes.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace sgl::domain {

/**
 * A tail anchor of the audit trail, kept OUTSIDE the database (one JSON line of an append-only
 * file, see docs/cli.md `sgl audit-anchor`): at time `at`, the row `seq` of the database
 * `databaseId` had hash `hash`. The hash chain proves that every row up to the head is intact;
 * an anchor proves that the head itself was not moved back: whoever owns the database can
 * delete the last rows and rewrite audit_head consistently, but cannot change a line already
 * stored on another machine.
 *
 * When a key is given the line carries `hmac` = HMAC-SHA256(key, canonical()) so that the
 * anchor file cannot be forged by someone who can write to it but does not hold the key.
 *
 * Line format (keys in this order, compact JSON, no other key allowed):
 *   {"at":"2026-11-22T03:40:10.123Z","db":"<32 hex>","format":"sgl-audit-anchor/1",
 *    "hash":"<64 hex>","hmac":"<64 hex, absent when unsigned>","n":12,"seq":1532}
 */
struct AuditAnchor {
    static inline const QString kFormat = QStringLiteral("sgl-audit-anchor/1");
    /** Shortest key accepted (bytes). */
    static constexpr qsizetype kMinKeyBytes = 16;

    qint64 number = 0;  ///< 1, 2, 3... position in its file: a gap shows a removed line
    QString databaseId; ///< 32 lowercase hex digits (audit_identity.database_id)
    qint64 seq = 0;     ///< audit row anchored; 0 when the trail was empty
    QString hash;       ///< hash of that row, 64 lowercase hex (the genesis hash for seq 0)
    QString at;         ///< when the anchor was taken: UTC ISO-8601 with milliseconds and 'Z'
    QString mac;        ///< HMAC-SHA256 hex over canonical(); empty = unsigned

    /** What the HMAC covers: the format tag and every field but `mac`, each length-prefixed. */
    [[nodiscard]] QByteArray canonical() const;
    /** HMAC-SHA256 (lowercase hex) of canonical() under `key`. */
    [[nodiscard]] QString computeMac(const QByteArray &key) const;
    /** Sets `mac` from `key`; an empty key leaves the anchor unsigned. */
    void sign(const QByteArray &key);
    [[nodiscard]] bool isSigned() const { return !mac.isEmpty(); }
    /** Whether `mac` is the HMAC of the fields under `key` (constant-time comparison). */
    [[nodiscard]] bool macMatches(const QByteArray &key) const;

    /** The JSON line, without the trailing newline. */
    [[nodiscard]] QByteArray toLine() const;
    /**
     * Parses one line strictly (JSON object, exactly the known keys, each of the right form).
     * Errors: errc::AuditAnchorMalformed, French message naming the faulty field, with
     * `location` (e.g. "ancres.jsonl:4") as the error's location. The MAC is not checked here.
     */
    [[nodiscard]] static Result<AuditAnchor> fromLine(QByteArrayView line, const QString &location);
};

} // namespace sgl::domain
