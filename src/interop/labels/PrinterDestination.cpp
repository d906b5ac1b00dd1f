#include "interop/labels/PrinterDestination.h"

#include "interop/labels/ErrorCodes.h"
#include "interop/labels/Tr.h"

#include <QRegularExpression>

namespace sgl::interop::labels {

domain::Result<PrinterDestination> PrinterDestination::parse(const QString &address)
{
    const QString a = address.trimmed();
    auto invalid = [&] {
        return domain::fail(errc::PrinterDestinationInvalid,
                            Tr::tr("Adresse d'imprimante « %1 » invalide : attendu cups:FILE[@SERVEUR] ou "
                                   "tcp://HÔTE[:PORT].")
                                .arg(address),
                            QStringLiteral("printer"));
    };
    PrinterDestination d;
    if (a.startsWith(QLatin1String("cups:"))) {
        static const QRegularExpression re(QStringLiteral("^cups:([^@/\\s#]+)(?:@(\\S+))?$"));
        const auto m = re.match(a);
        if (!m.hasMatch())
            return invalid();
        d.kind = Kind::CupsQueue;
        d.queue = m.captured(1);
        d.server = m.captured(2);
        return d;
    }
    if (a.startsWith(QLatin1String("tcp://"))) {
        // Host name, IPv4, or [IPv6]; optional port.
        static const QRegularExpression re(QStringLiteral("^tcp://(\\[[0-9A-Fa-f:.]+\\]|[^:/\\s\\[\\]]+)(?::(\\d{1,5}))?/?$"));
        const auto m = re.match(a);
        if (!m.hasMatch())
            return invalid();
        d.kind = Kind::Socket;
        d.host = m.captured(1);
        if (d.host.startsWith(u'['))
            d.host = d.host.mid(1, d.host.size() - 2);
        if (m.hasCaptured(2)) {
            const int port = m.captured(2).toInt();
            if (port < 1 || port > 65535)
                return invalid();
            d.port = static_cast<quint16>(port);
        }
        return d;
    }
    return invalid();
}

QString PrinterDestination::toString() const
{
    if (kind == Kind::CupsQueue)
        return QStringLiteral("cups:") + queue + (server.isEmpty() ? QString() : u'@' + server);
    const QString h = host.contains(u':') ? u'[' + host + u']' : host;
    return QStringLiteral("tcp://%1:%2").arg(h).arg(port);
}

} // namespace sgl::interop::labels
