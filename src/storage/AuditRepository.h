#pragma once

#include "domain/audit/AuditActor.h"
#include "domain/audit/AuditEntry.h"
#include "domain/Error.h"
#include "storage/ActionAudit.h"
#include "storage/Transaction.h"

#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace sgl::storage {

/**
 * The append-only, hash-chained audit_log table. Rows are only ever inserted (triggers refuse
 * UPDATE/DELETE/TRUNCATE); audit_head holds the end of the chain and is updated in the same
 * transaction, which also serialises concurrent appenders (row lock on PostgreSQL, write lock
 * on SQLite). Appending in the caller's transaction means an action and its audit row commit
 * or roll back together.
 */
class AuditRepository {
public:
    /** Appends one row; `before`/`after` are JSON (empty when not applicable). */
    [[nodiscard]] static domain::Result<domain::AuditEntry>
    append(WriteTx &tx, const domain::AuditActor &actor, const QString &action,
           const QString &entityType, const QString &entityId, const QString &before = {},
           const QString &after = {});

    /**
     * Appends the one audit row of a user action that reads several things (opening a dossier
     * for validation: "dossier.open") and returns the token the repositories' unaudited read
     * variants require in the same transaction (see ActionAudit). `after` (JSON) says what the
     * action reads (patient id, purpose...).
     */
    [[nodiscard]] static domain::Result<ActionAudit>
    appendAction(WriteTx &tx, const domain::AuditActor &actor, const QString &action,
                 const QString &entityType, const QString &entityId, const QString &after = {});

    /**
     * The token for reads made ahead of user action `action` whose row is written only when what
     * they read is shown (ActionAudit, "deferred token"): writes nothing. The caller appends the
     * action's row with appendAction() in the transaction that shows the data, or drops the data.
     */
    [[nodiscard]] static ActionAudit deferAction(const ReadTx &tx, const QString &action);

    /** End of the chain as recorded: (last seq, last hash). */
    [[nodiscard]] static domain::Result<std::pair<qint64, QString>> head(ReadTx &tx);

    /** Streams every row in seq order, in batches (bounded memory on large trails). */
    [[nodiscard]] static domain::Status
    forEach(ReadTx &tx, const std::function<void(const domain::AuditEntry &)> &visit);

    /** Row `seq`, or nullopt when there is none (never written, or deleted). */
    [[nodiscard]] static domain::Result<std::optional<domain::AuditEntry>> find(ReadTx &tx,
                                                                                qint64 seq);

    /**
     * The random identity of this database (audit_identity, drawn by migration 0006), written
     * in every audit tail anchor. storage.not_migrated when the table is missing or empty.
     */
    [[nodiscard]] static domain::Result<QString> databaseId(ReadTx &tx);

    /** Rows about one entity, oldest first. */
    [[nodiscard]] static domain::Result<QList<domain::AuditEntry>>
    forEntity(ReadTx &tx, const QString &entityType, const QString &entityId);
};

} // namespace sgl::storage
