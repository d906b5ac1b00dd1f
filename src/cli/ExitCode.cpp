#include "cli/ExitCode.h"

using namespace Qt::StringLiterals;

namespace sgl::cli {

int exitCodeFor(const domain::Error &error)
{
    const QString &c = error.code;
    // What the user asked for does not exist or breaks a rule: their input, not the database.
    if (c == u"storage.duplicate"_s || c == u"storage.constraint"_s || c == u"storage.conflict"_s
        || c == u"storage.not_found"_s)
        return kExitRejected;
    if (c.startsWith(u"storage."_s))
        return kExitDatabase;
    if (c.startsWith(u"auth."_s) || c.startsWith(u"user."_s) || c.startsWith(u"demo."_s)
        || c.startsWith(u"patient."_s) || c.startsWith(u"cli.rejected"_s))
        return kExitRejected;
    // A request or a label the rules refuse (sgl dossier, sgl labels).
    if (c.startsWith(u"order."_s) || c.startsWith(u"clinical."_s) || c.startsWith(u"label."_s))
        return kExitRejected;
    return kExitInternal;
}

} // namespace sgl::cli
