#include "simulators/analyzer/FaultOptions.h"

#include "simulators/analyzer/ErrorCodes.h"
#include "simulators/analyzer/Tr.h"

#include <QStringList>

namespace sgl::simulators::analyzer {

QString FaultOptions::names() const
{
    QStringList out;
    if (badChecksum)
        out << QStringLiteral("bad-checksum");
    if (nakStorm)
        out << QStringLiteral("nak-storm");
    if (drop)
        out << QStringLiteral("drop");
    if (garbage)
        out << QStringLiteral("garbage");
    if (slow)
        out << QStringLiteral("slow");
    return out.join(u',');
}

domain::Result<FaultOptions> FaultOptions::parse(const QString &list)
{
    return parse(list, FaultOptions{});
}

domain::Result<FaultOptions> FaultOptions::parse(const QString &list, FaultOptions base)
{
    for (const QString &raw : list.split(u',', Qt::SkipEmptyParts)) {
        const QString kind = raw.trimmed().toLower();
        if (kind == u"bad-checksum")
            base.badChecksum = true;
        else if (kind == u"nak-storm")
            base.nakStorm = true;
        else if (kind == u"drop")
            base.drop = true;
        else if (kind == u"garbage")
            base.garbage = true;
        else if (kind == u"slow")
            base.slow = true;
        else if (kind != u"none" && !kind.isEmpty())
            return domain::fail(errc::BadOption,
                                Tr::tr("Défaut inconnu : « %1 » (attendu : bad-checksum, nak-storm, drop, garbage, slow).")
                                    .arg(raw.trimmed()),
                                QStringLiteral("--fault"));
    }
    return base;
}

} // namespace sgl::simulators::analyzer
