// sgl-analyzer-sim as the demo runs it: a child process talking to the project's ASTM stack,
// driven through its standard input, one event line per step on its standard output.
#include "AstmTestHost.h"
#include "SimTestSupport.h"

#include <QProcess>

#include <gtest/gtest.h>

using namespace sgl::simulators::analyzer::testing;

namespace {

QString executable()
{
    return QStringLiteral(SGL_BINARY_DIR "/src/simulators/analyzer/sgl-analyzer-sim");
}

} // namespace

TEST(SimulatorExecutable, LoadQcQuitOverStdin)
{
    AstmTestHost host;
    host.orders.insert(QStringLiteral("E1"), {QStringLiteral("WBC"), QStringLiteral("RBC")});
    QProcess sim;
    QByteArray out;
    QObject::connect(&sim, &QProcess::readyReadStandardOutput, &sim, [&] { out += sim.readAllStandardOutput(); });
    sim.start(executable(), {QStringLiteral("--mode"), QStringLiteral("astm-haemato"), QStringLiteral("--port"),
                             QString::number(host.port()), QStringLiteral("--seed"), QStringLiteral("42")});
    ASSERT_TRUE(sim.waitForStarted(10000)) << qPrintable(sim.errorString());
    sim.write("load E1\n");
    ASSERT_TRUE(waitUntil([&] { return host.results(QStringLiteral("E1")).size() == 2; })) << out.constData();
    sim.write("qc\n");
    ASSERT_TRUE(waitUntil([&] { return host.results(QStringLiteral("QC-XN-L1")).size() == 15; })) << out.constData();
    ASSERT_TRUE(waitUntil([&] { return out.count("results_accepted") == 2; })) << out.constData();
    sim.write("quit\n");
    ASSERT_TRUE(waitUntil([&] { return sim.state() == QProcess::NotRunning; })) << out.constData();
    EXPECT_EQ(sim.exitStatus(), QProcess::NormalExit);
    EXPECT_EQ(sim.exitCode(), 0);
    EXPECT_TRUE(out.contains("query_sent [E1]"));
    EXPECT_TRUE(out.contains("orders_received [E1]"));
    EXPECT_TRUE(out.contains("results_sent [E1]"));
    EXPECT_TRUE(out.contains("results_accepted [QC-XN-L1]"));
    EXPECT_EQ(host.queried, QStringList{QStringLiteral("E1")});
}

TEST(SimulatorExecutable, NegativeBadFaultExitsWithStatus2)
{
    app();
    QProcess sim;
    sim.start(executable(), {QStringLiteral("--port"), QStringLiteral("1"), QStringLiteral("--fault"), QStringLiteral("meteor")});
    ASSERT_TRUE(sim.waitForStarted(10000));
    ASSERT_TRUE(waitUntil([&] { return sim.state() == QProcess::NotRunning; }));
    EXPECT_EQ(sim.exitCode(), 2);
    EXPECT_TRUE(sim.readAllStandardError().contains("meteor"));
}
