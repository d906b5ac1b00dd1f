#pragma once

#include "cli/CommandContext.h"
#include "domain/Error.h"
#include "domain/security/Role.h"
#include "domain/security/UserSession.h"
#include "storage/Database.h"

namespace sgl::cli {

/**
 * The session a command acts under. With `--user LOGIN` (`login` not empty): that active user
 * with their own roles, so the use case checks their permissions (cli.rejected_author, location
 * "--user", when unknown or disabled). Without it: the server operator, a system session (id -1)
 * recorded as "system:sgl <command>" with `operatorRole`, like create-user or import-catalogue.
 */
[[nodiscard]] domain::Result<domain::UserSession> operatorSession(CommandContext &ctx, storage::Database &db,
                                                                  const QString &login, const QString &command,
                                                                  domain::Role operatorRole);

} // namespace sgl::cli
