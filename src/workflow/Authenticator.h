#pragma once

#include "domain/Error.h"
#include "domain/security/UserSession.h"

#include <QString>

namespace sgl::workflow {

/**
 * Checks a login and password and opens a session. The GUI's login dialog and the idle-lock
 * dialog depend only on this interface; workflow::AuthService implements it on storage (local
 * accounts, salted slow hashes, lockout); Pro Santé Connect will be a second implementation.
 *
 * Contract: failures return a French message that never says which of login or password was
 * wrong; a locked account returns code "auth.locked"; every attempt is audited by the
 * implementation.
 */
class Authenticator {
public:
    virtual ~Authenticator() = default;
    [[nodiscard]] virtual domain::Result<domain::UserSession> authenticate(const QString &login,
                                                                           const QString &password)
        = 0;
};

} // namespace sgl::workflow
