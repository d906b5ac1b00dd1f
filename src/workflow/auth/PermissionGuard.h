#pragma once

#include "domain/Error.h"
#include "domain/security/Permission.h"
#include "domain/security/UserSession.h"

namespace sgl::workflow {

/**
 * The permission check every use case runs first, whatever the GUI hides or shows:
 * @code
 *   if (auto ok = requirePermission(session, domain::Permission::ResultValidate); !ok)
 *       return std::unexpected(ok.error());
 * @endcode
 * Fails with "auth.forbidden" and a French message naming the action and the user, and with
 * "auth.no_session" when the session is empty (not logged in or locked).
 */
[[nodiscard]] domain::Status requirePermission(const domain::UserSession &session,
                                               domain::Permission permission);

} // namespace sgl::workflow
