#pragma once

#include "domain/security/Role.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace sgl::domain {

/** The authenticated user of a workstation; every use case receives it to check permissions. */
struct UserSession {
    qint64 userId = 0;
    QString login;
    QString displayName;
    QString rpps;            ///< biologists: needed to sign reports
    QList<Role> roles;
    QDateTime startedAt;     ///< UTC
    QString workstation;     ///< host name, recorded in the audit trail

    [[nodiscard]] bool hasRole(Role role) const { return roles.contains(role); }
};

} // namespace sgl::domain
