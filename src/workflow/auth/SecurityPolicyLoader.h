#pragma once

#include "domain/Error.h"
#include "domain/security/SecurityPolicy.h"

#include <QString>

namespace sgl::workflow {

/**
 * Reads the site's security settings from the `[security]` section of the SGL config file
 * (the first existing file of storage::DbConfig::configFileCandidates(), or `configFile`):
 *
 *   [security]
 *   idle_lock_minutes=10        ; 1-240: the GUI locks the workstation after this idle time
 *   max_failed_attempts=5       ; 3-20
 *   lockout_minutes=15          ; 1-1440
 *   pbkdf2_iterations=310000    ; >= 310000
 *   password_login_biologists=true ; false: biologists sign in through Pro Santé Connect only
 *
 * Missing file or keys keep the defaults of domain::SecurityPolicy; a value out of range or
 * not a number is an error ("config.security", French message naming the key and the file)
 * rather than a silent fallback to a weaker setting.
 */
[[nodiscard]] domain::Result<domain::SecurityPolicy> loadSecurityPolicy(const QString &configFile = {});

} // namespace sgl::workflow
