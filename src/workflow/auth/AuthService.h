#pragma once

#include "domain/security/SecurityPolicy.h"
#include "workflow/Authenticator.h"

#include <QString>

namespace sgl::storage {
class Database;
}

namespace sgl::workflow {

/**
 * Local-account implementation of Authenticator (Pro Santé Connect will be another one).
 *
 * - The password hash is checked outside any transaction (PBKDF2 is slow on purpose), then the
 *   outcome is recorded in one write transaction: login_attempts row, failure counter, lock,
 *   and an audit row (auth.login, auth.login_failed, auth.locked_out, auth.login_refused_locked).
 * - After SecurityPolicy::maxFailedAttempts consecutive failures the account is locked for
 *   lockoutMinutes; while locked even the right password is refused ("auth.locked").
 * - Unknown login, wrong password and disabled account all give the same "auth.failed"
 *   message; an unknown login still costs one hash so timing does not reveal it.
 * - Storage failures are returned as they are (storage.*), never as a wrong password.
 * - When SecurityPolicy::biologistPasswordLogin is false, the right password of an account with
 *   the biologist role is refused ("auth.password_forbidden", audited auth.login_refused_password,
 *   not counted as a failure): the lab wants biologists signed in through Pro Santé Connect.
 */
class AuthService final : public Authenticator {
public:
    AuthService(storage::Database &db, domain::SecurityPolicy policy, QString workstation);

    [[nodiscard]] domain::Result<domain::UserSession> authenticate(const QString &login,
                                                                   const QString &password) override;
    [[nodiscard]] const domain::SecurityPolicy &policy() const { return m_policy; }

private:
    storage::Database &m_db;
    domain::SecurityPolicy m_policy;
    QString m_workstation;
    QString m_dummyHash; ///< hashed once, verified for unknown logins
};

} // namespace sgl::workflow
