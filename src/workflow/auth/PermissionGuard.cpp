#include "workflow/auth/PermissionGuard.h"

#include <QCoreApplication>

namespace sgl::workflow {

domain::Status requirePermission(const domain::UserSession &session,
                                 domain::Permission permission)
{
    if (session.userId == 0 || session.login.isEmpty())
        return domain::fail(QStringLiteral("auth.no_session"),
                            QCoreApplication::translate("PermissionGuard",
                                                        "Aucun utilisateur connecté."));
    if (!domain::rolesGrant(session.roles, permission))
        return domain::fail(QStringLiteral("auth.forbidden"),
                            QCoreApplication::translate(
                                "PermissionGuard",
                                "Action refusée : %1 n'a pas le droit de %2.")
                                .arg(session.login, domain::permissionLabel(permission)),
                            domain::permissionCode(permission));
    return {};
}

} // namespace sgl::workflow
