#pragma once

#include "domain/Error.h"
#include "domain/security/UserAccount.h"
#include "storage/Transaction.h"

#include <QDateTime>
#include <QList>

#include <optional>

namespace sgl::storage {

/**
 * Local user accounts (users + user_roles) and the login_attempts journal. Holds no policy:
 * lockout decisions, hashing and auditing are workflow::AuthService's and UserAdmin's.
 * Logins are stored lower case and compared lower case.
 */
class UserRepository {
public:
    /** Stores a new account with its roles; sets id and version = 1 (storage.duplicate when
     *  the login exists). */
    [[nodiscard]] static domain::Status insert(WriteTx &tx, domain::UserAccount &user);
    [[nodiscard]] static domain::Result<std::optional<domain::UserAccount>>
    findByLogin(ReadTx &tx, const QString &login);
    /** Accounts linked to this RPPS (Pro Santé Connect login); usually one, empty when none. */
    [[nodiscard]] static domain::Result<QList<domain::UserAccount>> findByRpps(ReadTx &tx, const QString &rpps);
    [[nodiscard]] static domain::Result<domain::UserAccount> get(ReadTx &tx, qint64 id);
    [[nodiscard]] static domain::Result<QList<domain::UserAccount>> list(ReadTx &tx);
    /** Replaces the roles, name, RPPS, active flag and hash if `user.version` is current. */
    [[nodiscard]] static domain::Status update(WriteTx &tx, domain::UserAccount &user);
    /** Records the outcome of a login on the account row (counter, lock, last login); not
     *  versioned on purpose: concurrent logins must not fail on each other. */
    [[nodiscard]] static domain::Status recordLoginOutcome(WriteTx &tx, qint64 userId,
                                                           int failedAttempts,
                                                           const QDateTime &lockedUntil,
                                                           const QDateTime &lastLoginAt);
    /** Appends to login_attempts (also for unknown logins). */
    [[nodiscard]] static domain::Status logAttempt(WriteTx &tx, const QString &login, bool success,
                                                   const QString &workstation,
                                                   const QString &reason);
    [[nodiscard]] static domain::Result<int> countAttempts(ReadTx &tx, const QString &login);
    /** Number of accounts (0 on a fresh database). */
    [[nodiscard]] static domain::Result<qint64> count(ReadTx &tx);
};

} // namespace sgl::storage
