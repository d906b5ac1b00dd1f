#pragma once

// Shared by the gateway connection tests: a QCoreApplication, a temporary traffic-log directory,
// and a scripted handler that records what it was given.

#include "interop/gateway/AnalyzerConnection.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace sgl::testing {

inline void ensureGatewayApp()
{
    static int argc = 1;
    static char name[] = "test_interop_gateway";
    static char *argv[] = {name, nullptr};
    static QCoreApplication *app = QCoreApplication::instance() ? nullptr : new QCoreApplication(argc, argv);
    (void)app;
}

/** Records every message and answers with `next` (then resets it to Accepted). */
struct ScriptedHandler {
    QList<interop::gateway::ReceivedMessage> seen;
    interop::gateway::HandlerReply next;

    interop::gateway::AnalyzerConnection::Handler fn()
    {
        return [this](const interop::gateway::ReceivedMessage &m) {
            seen << m;
            return std::exchange(next, interop::gateway::HandlerReply{});
        };
    }
};

inline QString readAll(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll());
}

inline interop::gateway::ConnectionConfig serverConfig(domain::analyzer::AnalyzerProtocol protocol, const QString &logDir)
{
    interop::gateway::ConnectionConfig c;
    c.name = protocol == domain::analyzer::AnalyzerProtocol::Astm ? QStringLiteral("xn-test") : QStringLiteral("law-test");
    c.label = QStringLiteral("Analyseur de test");
    c.protocol = protocol;
    c.transport.kind = domain::analyzer::TransportKind::TcpServer;
    c.transport.host = QStringLiteral("127.0.0.1");
    c.transport.port = 0;
    c.trafficLog.directory = logDir;
    c.reconnectDelayMs = 50;
    return c;
}

} // namespace sgl::testing
