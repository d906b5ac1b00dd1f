#pragma once

#include "domain/audit/AuditActor.h"
#include "domain/Error.h"
#include "domain/security/SecurityPolicy.h"
#include "domain/security/UserAccount.h"
#include "domain/security/UserSession.h"

#include <QList>
#include <QString>

namespace sgl::storage {
class Database;
}

namespace sgl::workflow {

/** What an administrator types to create an account. */
struct NewUser {
    QString login;
    QString displayName;
    QString password;
    QList<domain::Role> roles;
    QString rpps;            ///< required for biologists (11 digits)
};

/**
 * Account administration. Session entry points require Permission::UserAdmin; the `asSystem`
 * entry points are for local tools that already hold the database (CLI create-user, demo seed)
 * and are audited under a "system:" actor. Every change is audited (user.create,
 * user.set_roles, user.set_active, user.unlock, user.reset_password) without the password.
 *
 * Input errors: user.bad_login (3-64 of a-z 0-9 . _ -), user.no_role, user.bad_rpps,
 * auth.weak_password (PasswordPolicy), storage.duplicate (login taken).
 */
class UserAdmin {
public:
    UserAdmin(storage::Database &db, domain::SecurityPolicy policy) : m_db(db), m_policy(policy) {}

    /**
     * Every staff account (Administration screen). Requires Permission::UserAdmin
     * (auth.forbidden otherwise); password hashes are cleared before returning, so they never
     * reach a view.
     */
    [[nodiscard]] domain::Result<QList<domain::UserAccount>> listUsers(const domain::UserSession &by);

    [[nodiscard]] domain::Result<domain::UserAccount> createUser(const domain::UserSession &by,
                                                                 const NewUser &user);
    [[nodiscard]] domain::Result<domain::UserAccount>
    createUserAsSystem(const domain::AuditActor &actor, const NewUser &user);
    /** Replaces the roles if `expectedVersion` is current (storage.conflict otherwise). */
    [[nodiscard]] domain::Status setRoles(const domain::UserSession &by, qint64 userId,
                                          int expectedVersion, const QList<domain::Role> &roles);
    [[nodiscard]] domain::Status setActive(const domain::UserSession &by, qint64 userId,
                                           int expectedVersion, bool active);
    /** Clears the failure counter and the lock. */
    [[nodiscard]] domain::Status unlock(const domain::UserSession &by, qint64 userId);
    [[nodiscard]] domain::Status resetPassword(const domain::UserSession &by, qint64 userId,
                                               int expectedVersion, const QString &password);

private:
    domain::Result<domain::UserAccount> create(const domain::AuditActor &actor, const NewUser &u);
    domain::Status change(const domain::UserSession &by, qint64 userId, int expectedVersion,
                          const QString &action,
                          const std::function<domain::Status(domain::UserAccount &)> &edit);

    storage::Database &m_db;
    domain::SecurityPolicy m_policy;
};

} // namespace sgl::workflow
