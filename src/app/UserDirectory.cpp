#include "app/UserDirectory.h"

#include "storage/Database.h"
#include "storage/UserRepository.h"
#include "workflow/auth/PermissionGuard.h"

namespace sgl::app {

domain::Result<QList<domain::UserAccount>> UserDirectory::list(const domain::UserSession &by)
{
    if (auto allowed = workflow::requirePermission(by, domain::Permission::UserAdmin); !allowed)
        return std::unexpected(allowed.error());
    auto users = m_db.read([](storage::ReadTx &tx) { return storage::UserRepository::list(tx); });
    if (!users)
        return users;
    for (domain::UserAccount &user : *users)
        user.passwordHash.clear();
    return users;
}

} // namespace sgl::app
