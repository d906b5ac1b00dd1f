#pragma once

#include "cli/ExitCode.h"
#include "domain/audit/AuditAnchor.h"
#include "workflow/audit/AuditAnchoring.h"
#include "workflow/ErrorCodes.h"

namespace sgl::cli {

/**
 * Exit code of an audit-anchor error (shared by `audit-anchor` and `verify-audit --anchors`):
 * a trail that no longer matches its anchors is a failed verification (3), a bad anchor or key
 * file is refused input (4), an anchor that cannot be written is I/O (5); others as usual.
 */
[[nodiscard]] inline int anchorExitCode(const domain::Error &error)
{
    if (error.code == workflow::errc::AuditAnchorMismatch)
        return kExitVerification;
    if (error.code == workflow::errc::AuditAnchorWrite)
        return kExitInternal;
    if (error.code.startsWith(QStringLiteral("audit.anchor_")))
        return kExitRejected;
    return exitCodeFor(error);
}

} // namespace sgl::cli
