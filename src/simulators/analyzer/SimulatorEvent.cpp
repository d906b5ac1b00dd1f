#include "simulators/analyzer/SimulatorEvent.h"

namespace sgl::simulators::analyzer {

QString SimulatorEvent::name(Kind kind)
{
    switch (kind) {
    case Kind::Connected: return QStringLiteral("connected");
    case Kind::Disconnected: return QStringLiteral("disconnected");
    case Kind::Listening: return QStringLiteral("listening");
    case Kind::QuerySent: return QStringLiteral("query_sent");
    case Kind::OrdersReceived: return QStringLiteral("orders_received");
    case Kind::NoOrder: return QStringLiteral("no_order");
    case Kind::ResultsSent: return QStringLiteral("results_sent");
    case Kind::ResultsAccepted: return QStringLiteral("results_accepted");
    case Kind::ResultsRefused: return QStringLiteral("results_refused");
    case Kind::FaultInjected: return QStringLiteral("fault");
    case Kind::LinkWarning: return QStringLiteral("link");
    case Kind::Failure: return QStringLiteral("failure");
    }
    return QStringLiteral("failure");
}

QString SimulatorEvent::toLine() const
{
    QString line = name(kind);
    if (!specimenId.isEmpty())
        line += QStringLiteral(" [") + specimenId + u']';
    if (!text.isEmpty())
        line += u' ' + text;
    if (!tests.isEmpty())
        line += QStringLiteral(" (") + tests.join(u' ') + u')';
    return line;
}

} // namespace sgl::simulators::analyzer
