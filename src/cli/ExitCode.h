#pragma once

#include "domain/Error.h"

namespace sgl::cli {

/** Exit codes of `sgl` (documented in docs/cli.md; never renumber). */
enum ExitCode : int {
    kExitOk = 0,
    kExitUsage = 1,          ///< unknown command or option, missing argument
    kExitDatabase = 2,       ///< configuration, connection, corrupted file, schema too new/old
    kExitVerification = 3,  ///< verify-audit found altered or deleted rows
    kExitRejected = 4,       ///< input refused by the rules (weak password, duplicate, not empty, not found)
    kExitInternal = 5,       ///< anything else (bug, I/O)
    kExitSomeFailed = 6      ///< dispatch --once: at least one attempt failed (retry planned, parked or lost)
};

/** Maps an error code ("storage.unreachable", "auth.weak_password"...) to an exit code. */
[[nodiscard]] int exitCodeFor(const domain::Error &error);

} // namespace sgl::cli
