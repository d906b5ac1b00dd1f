#pragma once

#include <QString>

/**
 * Stable error codes of the storage layer (sgl::domain::Error::code). Never reword or reuse.
 * Messages are French and never contain a password.
 */
namespace sgl::storage::errors {

inline const QString kBadUrl = QStringLiteral("storage.bad_url");          ///< URL unparsable
inline const QString kConfig = QStringLiteral("storage.config");           ///< config file unreadable
inline const QString kOpen = QStringLiteral("storage.open_failed");        ///< cannot open/connect
inline const QString kAuth = QStringLiteral("storage.auth_failed");        ///< PostgreSQL password refused
inline const QString kUnreachable = QStringLiteral("storage.unreachable"); ///< server not reachable
inline const QString kCorrupt = QStringLiteral("storage.corrupt");         ///< not a database / damaged
inline const QString kTooNew = QStringLiteral("storage.schema_too_new");   ///< DB newer than binary
inline const QString kMigration = QStringLiteral("storage.migration_failed");
inline const QString kNotMigrated = QStringLiteral("storage.not_migrated"); ///< schema missing/old
inline const QString kQuery = QStringLiteral("storage.query_failed");
inline const QString kBusy = QStringLiteral("storage.busy");         ///< retryable: lock/serialization
inline const QString kConflict = QStringLiteral("storage.conflict"); ///< optimistic lock: stale version
inline const QString kNotFound = QStringLiteral("storage.not_found");
inline const QString kDuplicate = QStringLiteral("storage.duplicate"); ///< unique constraint
inline const QString kConstraint = QStringLiteral("storage.constraint"); ///< FK / check constraint
inline const QString kNested = QStringLiteral("storage.nested_transaction");
inline const QString kWrongThread = QStringLiteral("storage.wrong_thread"); ///< used off its thread

} // namespace sgl::storage::errors
