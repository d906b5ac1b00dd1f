// The Sysmex XN simulator against the project's own ASTM receiving stack, over real TCP on
// 127.0.0.1: queries, answers, results for exactly the ordered tests, flags, alarms, QC.
#include "AstmTestHost.h"
#include "SimTestSupport.h"

#include "interop/astm/ErrorCodes.h"
#include "interop/astm/TcpClientLink.h"
#include "simulators/analyzer/AstmHaematologySimulator.h"

#include <gtest/gtest.h>

using namespace sgl::simulators::analyzer;
using namespace sgl::simulators::analyzer::testing;
using sgl::domain::analyzer::SampleKind;
using Kind = SimulatorEvent::Kind;

TEST(AstmHaematologySimulator, QueriesEachTubeAndSendsExactlyTheOrderedTests)
{
    AstmTestHost host;
    host.orders.insert(QStringLiteral("T1001"), {QStringLiteral("WBC"), QStringLiteral("HGB"), QStringLiteral("PLT")});
    host.orders.insert(QStringLiteral("T1002"), ResultGenerator::haematologyTests());
    SimulatorConfig config = testConfig(SimulatorMode::AstmHaematology, host.port());
    config.alarmEvery = 2; // the second tube carries an alarm
    AstmHaematologySimulator sim(config);
    EventLog log(sim);
    ASSERT_TRUE(sim.start().has_value());
    sim.loadRack({QStringLiteral("T1001"), QStringLiteral("T1002"), QStringLiteral("T1003")});

    ASSERT_TRUE(waitUntil([&] { return log.count(Kind::ResultsAccepted) == 2 && log.count(Kind::NoOrder) == 1; }))
        << qPrintable(log.dump());
    EXPECT_EQ(host.queried, (QStringList{QStringLiteral("T1001"), QStringLiteral("T1002"), QStringLiteral("T1003")}));

    const auto first = host.results(QStringLiteral("T1001"));
    QStringList codes;
    for (const auto &r : first)
        codes << r.testCode;
    EXPECT_EQ(codes, (QStringList{QStringLiteral("WBC"), QStringLiteral("HGB"), QStringLiteral("PLT")}));
    EXPECT_EQ(first[0].units, QStringLiteral("10*3/uL"));
    EXPECT_EQ(first[0].testIdComponents.value(4), QStringLiteral("WBC")); // R-3.5, the Sysmex place
    EXPECT_EQ(first[0].resultStatus, QStringLiteral("F"));
    EXPECT_EQ(first[0].sampleKind, SampleKind::Unspecified); // O-12 N: ResultExtractor only reads Q
    EXPECT_FALSE(first[0].observedAt.isEmpty());

    const auto second = host.results(QStringLiteral("T1002"));
    ASSERT_EQ(second.size(), 15);
    int abnormal = 0;
    for (const auto &r : second) {
        ASSERT_EQ(r.flags.size(), 1) << qPrintable(r.testCode);
        EXPECT_TRUE(r.flags[0] == u"L" || r.flags[0] == u"H" || r.flags[0] == u"N");
        abnormal += r.flags[0] != u"N";
    }
    EXPECT_GT(abnormal, 0); // seed 42 gives some L/H flags on T1002
    ASSERT_FALSE(second[0].comments.isEmpty());        // alarm C record after WBC
    EXPECT_TRUE(second[0].comments[0].contains(u'?'));
    EXPECT_TRUE(host.results(QStringLiteral("T1003")).isEmpty());
    EXPECT_EQ(log.count(Kind::QuerySent), 3);
    EXPECT_EQ(log.count(Kind::Connected), 1);
}

TEST(AstmHaematologySimulator, SameSeedSameValuesOverTheWire)
{
    QStringList values[2];
    for (int run = 0; run < 2; ++run) {
        AstmTestHost host;
        host.orders.insert(QStringLiteral("S7"), ResultGenerator::haematologyTests());
        AstmHaematologySimulator sim(testConfig(SimulatorMode::AstmHaematology, host.port()));
        EventLog log(sim);
        ASSERT_TRUE(sim.start().has_value());
        sim.loadRack({QStringLiteral("S7")});
        ASSERT_TRUE(waitUntil([&] { return log.count(Kind::ResultsAccepted) == 1; })) << qPrintable(log.dump());
        for (const auto &r : host.results(QStringLiteral("S7")))
            values[run] << r.value;
    }
    EXPECT_EQ(values[0].size(), 15);
    EXPECT_EQ(values[0], values[1]);
}

TEST(AstmHaematologySimulator, QcRunIsRecognisableAndNeedsNoQuery)
{
    AstmTestHost host;
    AstmHaematologySimulator sim(testConfig(SimulatorMode::AstmHaematology, host.port()));
    EventLog log(sim);
    ASSERT_TRUE(sim.start().has_value());
    sim.requestQc();
    sim.requestQc();
    ASSERT_TRUE(waitUntil([&] { return log.count(Kind::ResultsAccepted) == 2; })) << qPrintable(log.dump());
    EXPECT_TRUE(host.queried.isEmpty());
    const auto l1 = host.results(QStringLiteral("QC-XN-L1"));
    const auto l2 = host.results(QStringLiteral("QC-XN-L2"));
    ASSERT_EQ(l1.size(), 15);
    ASSERT_EQ(l2.size(), 15);
    EXPECT_EQ(l1[0].sampleKind, SampleKind::QualityControl);
    EXPECT_EQ(l1[0].sampleKindIndicator, QStringLiteral("O-12=Q"));
}

TEST(AstmHaematologySimulator, PeriodicQcAfterEveryNTubes)
{
    AstmTestHost host;
    host.orders.insert(QStringLiteral("A1"), {QStringLiteral("WBC")});
    host.orders.insert(QStringLiteral("A2"), {QStringLiteral("WBC")});
    SimulatorConfig config = testConfig(SimulatorMode::AstmHaematology, host.port());
    config.qcEvery = 2;
    AstmHaematologySimulator sim(config);
    EventLog log(sim);
    ASSERT_TRUE(sim.start().has_value());
    sim.loadRack({QStringLiteral("A1"), QStringLiteral("A2")});
    ASSERT_TRUE(waitUntil([&] { return log.count(Kind::ResultsAccepted) == 3; })) << qPrintable(log.dump());
    EXPECT_EQ(host.results(QStringLiteral("QC-XN-L1")).size(), 15);
}

TEST(AstmHaematologySimulator, UsesDownloadedOrdersWithoutQuery)
{
    AstmTestHost host;
    AstmHaematologySimulator sim(testConfig(SimulatorMode::AstmHaematology, host.port()));
    EventLog log(sim);
    ASSERT_TRUE(sim.start().has_value());
    ASSERT_TRUE(waitUntil([&] { return host.connections == 1; }));
    host.pushOrders(QStringLiteral("W1"), {QStringLiteral("RBC"), QStringLiteral("MCV")});
    ASSERT_TRUE(waitUntil([&] { return log.count(Kind::OrdersReceived, QStringLiteral("W1")) == 1; }));
    sim.loadRack({QStringLiteral("W1")});
    ASSERT_TRUE(waitUntil([&] { return log.count(Kind::ResultsAccepted) == 1; })) << qPrintable(log.dump());
    EXPECT_TRUE(host.queried.isEmpty());
    EXPECT_EQ(host.results(QStringLiteral("W1")).size(), 2);
}

TEST(AstmHaematologySimulator, ListenModeServesAHostThatConnects)
{
    app();
    SimulatorConfig config = testConfig(SimulatorMode::AstmHaematology, 0);
    config.listen = true;
    AstmHaematologySimulator sim(config);
    EventLog log(sim);
    ASSERT_TRUE(sim.start().has_value());
    ASSERT_NE(sim.listeningPort(), 0);
    sgl::interop::astm::LinkOptions hostOptions;
    sgl::interop::astm::TcpClientLink hostLink(hostOptions);
    QList<sgl::interop::astm::Message> received;
    QObject::connect(&hostLink.driver(), &sgl::interop::astm::LinkDriver::messageReceived, &hostLink,
                     [&] { received << hostLink.driver().takeMessages(); });
    hostLink.connectToHost(QStringLiteral("127.0.0.1"), sim.listeningPort());
    sim.requestQc();
    ASSERT_TRUE(waitUntil([&] { return log.count(Kind::ResultsAccepted) == 1; })) << qPrintable(log.dump());
    ASSERT_EQ(received.size(), 1);
    EXPECT_EQ(received[0].count(u"R"), 15);
}

TEST(AstmHaematologySimulator, NegativeNoAnswerFromHostEndsInFailureWithoutResults)
{
    // A host that NAKs every frame of its answer (6 times: E1381's limit) never delivers it.
    AstmTestHost host;
    host.orders.insert(QStringLiteral("N1"), {QStringLiteral("WBC")});
    SimulatorConfig config = testConfig(SimulatorMode::AstmHaematology, host.port());
    config.faults.nakStorm = true;
    config.faults.naksPerFrame = 6;
    config.answerTimeoutMs = 1500;
    AstmHaematologySimulator sim(config);
    EventLog log(sim);
    ASSERT_TRUE(sim.start().has_value());
    sim.loadRack({QStringLiteral("N1")});
    ASSERT_TRUE(waitUntil([&] { return log.count(Kind::Failure, QStringLiteral("N1")) == 1; })) << qPrintable(log.dump());
    EXPECT_EQ(host.sendOutcomes, QList<int>{0});
    EXPECT_EQ(host.eventCount(sgl::interop::astm::errc::SendAborted), 1);
    EXPECT_EQ(log.count(Kind::ResultsSent), 0);
    EXPECT_TRUE(host.results(QStringLiteral("N1")).isEmpty());
}
