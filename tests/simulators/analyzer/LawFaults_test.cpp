// Faults of the cobas simulator, observed on the wire through a TCP relay (TcpTap) and on the
// project's HL7 stack: the link recovers and the results arrive once, whole.
#include "LawTestHost.h"
#include "SimTestSupport.h"
#include "TcpTap.h"

#include "simulators/analyzer/LawChemistrySimulator.h"

#include <gtest/gtest.h>

using namespace sgl::simulators::analyzer;
using namespace sgl::simulators::analyzer::testing;
using Kind = SimulatorEvent::Kind;

namespace {

struct FaultRun {
    explicit FaultRun(const QString &faults) : tap(host.port())
    {
        host.orders.insert(QStringLiteral("L1"), ResultGenerator::chemistryTests());
        SimulatorConfig config = testConfig(SimulatorMode::LawChemistry, tap.port());
        config.listen = true;
        config.faults = FaultOptions::parse(faults).value();
        config.faults.slowDelayMs = 1;
        sim = std::make_unique<LawChemistrySimulator>(config);
        log = std::make_unique<EventLog>(*sim);
        EXPECT_TRUE(sim->start().has_value());
        host.setSimulatorPort(sim->listeningPort());
        sim->loadRack({QStringLiteral("L1")});
    }
    bool delivered()
    {
        return waitUntil([&] { return log->count(Kind::ResultsAccepted) == 1; }, 20000);
    }
    LawTestHost host;
    TcpTap tap;
    std::unique_ptr<LawChemistrySimulator> sim;
    std::unique_ptr<EventLog> log;
};

} // namespace

TEST(LawFaults, GarbageBeforeTheStartBlockIsSkippedByTheHost)
{
    FaultRun run(QStringLiteral("garbage"));
    ASSERT_TRUE(run.delivered()) << qPrintable(run.log->dump());
    ASSERT_FALSE(run.tap.connections.isEmpty());
    const QByteArray &wire = run.tap.connections[0].upstream;
    EXPECT_TRUE(wire.startsWith(FaultOptions{}.garbageBytes + '\x0b'));
    EXPECT_EQ(wire.count(FaultOptions{}.garbageBytes), 2); // before QBP and before OUL
    EXPECT_EQ(run.host.resultMessages, 1);
    EXPECT_EQ(run.host.resultsFor(QStringLiteral("L1")).size(), 17);
}

TEST(LawFaults, DropMidMessageLosesNothingAndDuplicatesNothing)
{
    FaultRun run(QStringLiteral("drop"));
    ASSERT_TRUE(run.delivered()) << qPrintable(run.log->dump());
    ASSERT_TRUE(waitUntil([&] { return run.tap.connections.size() >= 2 && run.tap.connections[0].closedBySimulator; }));
    const QByteArray &cut = run.tap.connections[0].upstream;
    const qsizetype oul = cut.indexOf("OUL^R22");
    ASSERT_GT(oul, 0);
    EXPECT_EQ(cut.indexOf('\x1c', oul), -1); // the OUL^R22 frame never ended on that connection
    EXPECT_TRUE(run.tap.connections[1].upstream.contains("OUL^R22"));
    EXPECT_EQ(run.host.resultMessages, 1); // the half message never reached the LAW reader
    EXPECT_EQ(run.host.resultsFor(QStringLiteral("L1")).size(), 17);
    EXPECT_EQ(run.log->count(Kind::FaultInjected), 1);
    EXPECT_EQ(run.log->count(Kind::ResultsSent), 2);
}

TEST(LawFaults, SlowPeerTricklesTheMessage)
{
    FaultRun run(QStringLiteral("slow"));
    ASSERT_TRUE(run.delivered()) << qPrintable(run.log->dump());
    ASSERT_FALSE(run.tap.connections.isEmpty());
    const auto &c = run.tap.connections[0];
    EXPECT_GT(c.reads, c.upstream.size() / 8 / 4); // reads of a few chunks at most, never one block
    EXPECT_GT(c.reads, 50) << c.upstream.size();
    EXPECT_EQ(run.host.resultsFor(QStringLiteral("L1")).size(), 17);
}

TEST(LawFaults, NakStormRefusesPushedOrdersUntilTheHostInsists)
{
    FaultRun run(QStringLiteral("nak-storm"));
    ASSERT_TRUE(run.delivered()) << qPrintable(run.log->dump());
    EXPECT_EQ(run.host.omlAnswers, (QStringList{QStringLiteral("AR"), QStringLiteral("AR"), QStringLiteral("AA")}));
    EXPECT_EQ(run.log->count(Kind::FaultInjected), 2);
    EXPECT_EQ(run.host.resultsFor(QStringLiteral("L1")).size(), 17);
}
