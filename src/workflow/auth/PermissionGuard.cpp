#include "workflow/auth/PermissionGuard.h"

#include "workflow/ErrorCodes.h"
#include "workflow/Tr.h"


namespace sgl::workflow {

domain::Status requirePermission(const domain::UserSession &session,
                                 domain::Permission permission)
{
    if (session.userId == 0 || session.login.isEmpty())
        return domain::fail(errc::AuthNoSession,
                            Tr::tr("Aucun utilisateur connecté."));
    if (!domain::rolesGrant(session.roles, permission)) {
        // French elides "de" before a vowel: "le droit d'administrer", "le droit de créer".
        const QString label = domain::permissionLabel(permission);
        static const QString vowels = QStringLiteral("aeiouyhâàéèêëîïôûü");
        const bool elide = !label.isEmpty() && vowels.contains(label.front().toLower());
        const QString text = elide ? Tr::tr("Action refusée : %1 n'a pas le droit d'%2.")
                                   : Tr::tr("Action refusée : %1 n'a pas le droit de %2.");
        return domain::fail(errc::AuthForbidden, text.arg(session.login, label),
                            domain::permissionCode(permission));
    }
    return {};
}

} // namespace sgl::workflow
