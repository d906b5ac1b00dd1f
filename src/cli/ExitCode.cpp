#include "cli/ExitCode.h"

#include "cli/ErrorCodes.h"
#include "interop/labels/ErrorCodes.h"
#include "storage/ErrorCodes.h"
#include "workflow/ErrorCodes.h"

using namespace Qt::StringLiterals;

namespace sgl::cli {

int exitCodeFor(const domain::Error &error)
{
    const QString &c = error.code;
    // What the user asked for does not exist or breaks a rule: their input, not the database.
    if (c == storage::errc::Duplicate || c == storage::errc::Constraint || c == storage::errc::Conflict
        || c == storage::errc::NotFound)
        return kExitRejected;
    if (c.startsWith(u"storage."_s))
        return kExitDatabase;
    if (c.startsWith(u"auth."_s) || c.startsWith(u"user."_s) || c.startsWith(u"demo."_s)
        || c.startsWith(u"patient."_s) || c.startsWith(u"dispatch."_s) || c.startsWith(errc::Rejected)
        // A setting the lab asked for that cannot be used (FINESS, label layout): their input.
        || c == workflow::errc::ReportBadSetting || c.startsWith(u"label."_s))
        return kExitRejected;
    // A request or a label the rules refuse, a printer address mistyped (sgl dossier, sgl labels).
    if (c.startsWith(u"order."_s) || c.startsWith(u"clinical."_s)
        || c == interop::labels::errc::PrinterDestinationInvalid)
        return kExitRejected;
    return kExitInternal;
}

} // namespace sgl::cli
