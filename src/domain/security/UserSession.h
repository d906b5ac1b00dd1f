#pragma once

#include "domain/security/Role.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace sgl::domain {

/** How the user of a session proved who they are. */
enum class SignInMethod {
    Password,        ///< local account: login and password checked by the SGL
    ProSanteConnect, ///< Pro Santé Connect (e-CPS or CPS card), account linked by RPPS
};

/** The authenticated user of a workstation; every use case receives it to check permissions. */
struct UserSession {
    qint64 userId = 0;
    QString login;
    QString displayName;
    QString rpps;            ///< biologists: needed to sign reports
    QList<Role> roles;
    QDateTime startedAt;     ///< UTC
    QString workstation;     ///< host name, recorded in the audit trail
    SignInMethod signInMethod = SignInMethod::Password;
    /**
     * UTC end of a Pro Santé Connect session (pushed back at each token refresh); invalid for a
     * password session, which ends by logout or the idle lock only.
     */
    QDateTime expiresAt;

    [[nodiscard]] bool hasRole(Role role) const { return roles.contains(role); }
};

} // namespace sgl::domain
