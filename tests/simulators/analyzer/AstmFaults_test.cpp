// Each fault of the XN simulator is really on the wire: the project's receiving stack sees it
// (checksum errors, NAKs, an aborted message, stray bytes, many small reads), and the link
// recovers and finally delivers the results whole.
#include "AstmTestHost.h"
#include "SimTestSupport.h"

#include "interop/astm/ErrorCodes.h"
#include "simulators/analyzer/AstmHaematologySimulator.h"

#include <gtest/gtest.h>

using namespace sgl::simulators::analyzer;
using namespace sgl::simulators::analyzer::testing;
namespace astm = sgl::interop::astm;
using Kind = SimulatorEvent::Kind;

namespace {

struct FaultRun {
    explicit FaultRun(const QString &faults)
    {
        host.orders.insert(QStringLiteral("F1"), ResultGenerator::haematologyTests());
        host.orders.insert(QStringLiteral("F2"), {QStringLiteral("WBC"), QStringLiteral("PLT")});
        SimulatorConfig config = testConfig(SimulatorMode::AstmHaematology, host.port());
        config.faults = FaultOptions::parse(faults).value();
        config.faults.slowDelayMs = 2;
        sim = std::make_unique<AstmHaematologySimulator>(config);
        log = std::make_unique<EventLog>(*sim);
        EXPECT_TRUE(sim->start().has_value());
        sim->loadRack({QStringLiteral("F1"), QStringLiteral("F2")});
    }
    bool delivered()
    {
        return waitUntil([&] { return log->count(Kind::ResultsAccepted) == 2; }, 20000);
    }
    void expectWholeResults()
    {
        EXPECT_EQ(host.completeResultMessages(QStringLiteral("F1")), 1);
        EXPECT_EQ(host.results(QStringLiteral("F1")).size(), 15);
        EXPECT_EQ(host.results(QStringLiteral("F2")).size(), 2);
    }
    AstmTestHost host;
    std::unique_ptr<AstmHaematologySimulator> sim;
    std::unique_ptr<EventLog> log;
};

} // namespace

TEST(AstmFaults, BadChecksumsAreNakedThenRetransmitted)
{
    FaultRun run(QStringLiteral("bad-checksum"));
    ASSERT_TRUE(run.delivered()) << qPrintable(run.log->dump());
    const int corrupted = run.sim->faultDevice().corruptedFrames();
    EXPECT_GT(corrupted, 5);
    EXPECT_EQ(run.host.eventCount(astm::errc::BadChecksum), corrupted);
    EXPECT_EQ(run.log->count(Kind::FaultInjected), corrupted);
    EXPECT_GT(run.host.largestChunk, 150); // without the slow fault the O frame comes in one read
    int refusedSeenBySim = 0; // the host's NAKs, as the simulator prints them
    for (const SimulatorEvent &e : run.log->events())
        refusedSeenBySim += e.kind == Kind::LinkWarning && e.text.startsWith(astm::errc::FrameRefused);
    EXPECT_EQ(refusedSeenBySim, corrupted);
    run.expectWholeResults();
}

TEST(AstmFaults, NakStormMakesTheHostSendAgain)
{
    FaultRun run(QStringLiteral("nak-storm"));
    ASSERT_TRUE(run.delivered()) << qPrintable(run.log->dump());
    const int naks = run.sim->faultDevice().naksSent();
    // Each host answer is H P O L (4 frames) NAKed twice each, for two tubes.
    EXPECT_EQ(naks, 16);
    EXPECT_EQ(run.host.eventCount(astm::errc::FrameRefused), naks);
    EXPECT_EQ(run.host.sendOutcomes, (QList<int>{1, 1}));
    run.expectWholeResults();
}

TEST(AstmFaults, DropMidMessageIsDiscardedThenTheMessageComesAgainWhole)
{
    FaultRun run(QStringLiteral("drop"));
    ASSERT_TRUE(run.delivered()) << qPrintable(run.log->dump());
    EXPECT_EQ(run.sim->faultDevice().drops(), 1);
    EXPECT_EQ(run.host.connections, 2);
    EXPECT_GE(run.host.closed, 1);
    ASSERT_EQ(run.host.incompleteMessages(), 1);
    bool aborted = false;
    for (const auto &m : run.host.messages)
        if (!m.complete) {
            EXPECT_TRUE(m.results.isEmpty()); // cut in the 4th frame: only H P O arrived
            for (const auto &p : m.problems)
                aborted = aborted || p.code == astm::errc::MessageAborted;
        }
    EXPECT_TRUE(aborted);
    EXPECT_EQ(run.log->count(Kind::Disconnected), 1);
    EXPECT_EQ(run.log->count(Kind::Connected), 2);
    run.expectWholeResults();
}

TEST(AstmFaults, GarbageBetweenFramesIsToleratedAsStrayBytes)
{
    FaultRun run(QStringLiteral("garbage"));
    ASSERT_TRUE(run.delivered()) << qPrintable(run.log->dump());
    EXPECT_GT(run.sim->faultDevice().garbageRuns(), 10);
    EXPECT_GE(run.host.eventCount(astm::errc::StrayBytes), run.sim->faultDevice().garbageRuns() / 2);
    EXPECT_EQ(run.host.eventCount(astm::errc::BadChecksum), 0);
    run.expectWholeResults();
}

TEST(AstmFaults, SlowPeerTricklesBytesAndStillDelivers)
{
    FaultRun run(QStringLiteral("slow"));
    ASSERT_TRUE(run.delivered()) << qPrintable(run.log->dump());
    // 8 bytes every 2 ms: the host never reads a whole frame at once (the O frame is ~200 bytes,
    // read in one piece without the fault: see BadChecksums...).
    EXPECT_LT(run.host.largestChunk, 100);
    EXPECT_GT(run.host.receivedChunks, 50);
    run.expectWholeResults();
}

TEST(AstmFaults, AllFaultsTogetherStillDeliver)
{
    FaultRun run(QStringLiteral("bad-checksum,nak-storm,drop,garbage,slow"));
    ASSERT_TRUE(run.delivered()) << qPrintable(run.log->dump());
    EXPECT_GT(run.host.eventCount(astm::errc::BadChecksum), 0);
    EXPECT_GT(run.host.eventCount(astm::errc::FrameRefused), 0);
    EXPECT_GT(run.host.eventCount(astm::errc::StrayBytes), 0);
    EXPECT_EQ(run.host.incompleteMessages(), 1);
    run.expectWholeResults();
}
