// The cobas simulator against the project's own HL7 LAW stack (MllpServer, LawQueryReader,
// LawResultReader, LawMessageBuilder), over real TCP on 127.0.0.1.
#include "LawTestHost.h"
#include "SimTestSupport.h"

#include "interop/hl7v2/LawMessageBuilder.h"
#include "interop/hl7v2/MllpClient.h"
#include "interop/hl7v2/Serializer.h"
#include "simulators/analyzer/LawChemistrySimulator.h"

#include <QDateTime>

#include <gtest/gtest.h>

using namespace sgl::simulators::analyzer;
using namespace sgl::simulators::analyzer::testing;
using sgl::domain::analyzer::SampleKind;
using Kind = SimulatorEvent::Kind;

namespace {

SimulatorConfig lawConfig(const LawTestHost &host)
{
    SimulatorConfig c = testConfig(SimulatorMode::LawChemistry, host.port());
    c.listen = true;
    return c;
}

} // namespace

TEST(LawChemistrySimulator, QueryThenPushedOrdersThenResultsOfExactlyTheseTests)
{
    LawTestHost host;
    host.orders.insert(QStringLiteral("C2001"), {QStringLiteral("GLUC3"), QStringLiteral("NA"), QStringLiteral("K"), QStringLiteral("TSH")});
    host.orders.insert(QStringLiteral("C2002"), {QStringLiteral("CRP4")});
    SimulatorConfig config = lawConfig(host);
    config.overRangeEvery = 1; // every tube: its first test above linearity
    LawChemistrySimulator sim(config);
    EventLog log(sim);
    ASSERT_TRUE(sim.start().has_value());
    host.setSimulatorPort(sim.listeningPort());
    sim.loadRack({QStringLiteral("C2001"), QStringLiteral("C2002"), QStringLiteral("C2003")});

    ASSERT_TRUE(waitUntil([&] { return log.count(Kind::ResultsAccepted) == 2 && log.count(Kind::NoOrder) == 1; }))
        << qPrintable(log.dump());
    EXPECT_EQ(host.queried, (QStringList{QStringLiteral("C2001"), QStringLiteral("C2002"), QStringLiteral("C2003")}));
    EXPECT_EQ(host.omlAnswers, (QStringList{QStringLiteral("AA"), QStringLiteral("AA")}));
    const auto r = host.resultsFor(QStringLiteral("C2001"));
    QStringList codes;
    for (const auto &x : r)
        codes << x.testCode;
    EXPECT_EQ(codes, host.orders.value(QStringLiteral("C2001")));
    EXPECT_EQ(r[0].value, QStringLiteral(">40.0"));
    EXPECT_EQ(r[0].flags, QStringList{QStringLiteral(">")});
    EXPECT_EQ(r[0].units, QStringLiteral("mmol/L"));
    EXPECT_EQ(r[3].units, QStringLiteral("mIU/L"));
    EXPECT_FALSE(r[1].value.startsWith(u'>'));
    EXPECT_EQ(r[1].flags.size(), 1);
    EXPECT_EQ(r[0].sampleKind, SampleKind::Patient);
    EXPECT_EQ(r[0].instrumentId, QStringLiteral("cobas pro"));
    EXPECT_TRUE(host.resultsFor(QStringLiteral("C2003")).isEmpty());
    for (const auto &m : host.results)
        EXPECT_TRUE(m.problems.isEmpty());
}

TEST(LawChemistrySimulator, QcResultsCarrySpm11Q)
{
    LawTestHost host;
    LawChemistrySimulator sim(lawConfig(host));
    EventLog log(sim);
    ASSERT_TRUE(sim.start().has_value());
    sim.requestQc();
    ASSERT_TRUE(waitUntil([&] { return log.count(Kind::ResultsAccepted) == 1; })) << qPrintable(log.dump());
    EXPECT_TRUE(host.queried.isEmpty());
    const auto r = host.resultsFor(QStringLiteral("QC-CC-L1"));
    ASSERT_EQ(r.size(), 17);
    EXPECT_EQ(r[0].sampleKind, SampleKind::QualityControl);
    EXPECT_EQ(r[0].sampleKindIndicator.left(6), QStringLiteral("SPM-11"));
}

TEST(LawChemistrySimulator, OrdersPushedBeforeTheTubeNeedNoQuery)
{
    LawTestHost host;
    LawChemistrySimulator sim(lawConfig(host));
    EventLog log(sim);
    ASSERT_TRUE(sim.start().has_value());
    // LAB-28 download mode: the worklist arrives first, then the tube is loaded.
    sgl::interop::hl7v2::MllpClient pusher(QStringLiteral("127.0.0.1"), sim.listeningPort());
    sgl::interop::hl7v2::LawOrder order;
    order.specimenId = QStringLiteral("W9");
    order.tests << sgl::interop::hl7v2::LawTest{QStringLiteral("CHOL2"), QString()} << sgl::interop::hl7v2::LawTest{QStringLiteral("HDLC4"), QString()};
    sgl::interop::hl7v2::LawMessageBuilder::Routing routing;
    routing.controlId = QStringLiteral("DL1");
    routing.time = QDateTime::currentDateTime();
    auto answer = pusher.exchange(sgl::interop::hl7v2::Serializer::toBytes(
                                      sgl::interop::hl7v2::LawMessageBuilder::workOrder(routing, order)).value());
    ASSERT_TRUE(answer.has_value());
    EXPECT_TRUE(answer->contains("MSA|AA|DL1"));
    sim.loadRack({QStringLiteral("W9")});
    ASSERT_TRUE(waitUntil([&] { return log.count(Kind::ResultsAccepted) == 1; })) << qPrintable(log.dump());
    EXPECT_TRUE(host.queried.isEmpty());
    EXPECT_EQ(host.resultsFor(QStringLiteral("W9")).size(), 2);
}

TEST(LawChemistrySimulator, NegativeRefusedResultsAreReportedAsSuch)
{
    LawTestHost host;
    host.refuseResults = true;
    LawChemistrySimulator sim(lawConfig(host));
    EventLog log(sim);
    ASSERT_TRUE(sim.start().has_value());
    sim.requestQc();
    ASSERT_TRUE(waitUntil([&] { return log.count(Kind::ResultsRefused) == 1; })) << qPrintable(log.dump());
    EXPECT_EQ(log.count(Kind::ResultsAccepted), 0);
    for (const SimulatorEvent &e : log.events())
        if (e.kind == Kind::ResultsRefused) {
            EXPECT_TRUE(e.text.startsWith(QStringLiteral("ACK A"))) << qPrintable(e.text);
            EXPECT_FALSE(e.text.startsWith(QStringLiteral("ACK AA"))) << qPrintable(e.text);
        }
}

TEST(LawChemistrySimulator, NegativeNoHostListeningGivesUpAfterMaxAttempts)
{
    quint16 closedPort = 0;
    {
        LawTestHost gone;
        closedPort = gone.port();
    }
    SimulatorConfig config = testConfig(SimulatorMode::LawChemistry, closedPort);
    config.maxAttempts = 2;
    LawChemistrySimulator sim(config);
    EventLog log(sim);
    ASSERT_TRUE(sim.start().has_value());
    sim.loadRack({QStringLiteral("X1")});
    ASSERT_TRUE(waitUntil([&] { return log.count(Kind::Failure) == 2; })) << qPrintable(log.dump());
    EXPECT_TRUE(log.events().last().text.contains(QStringLiteral("abandon")));
    EXPECT_EQ(log.count(Kind::ResultsSent), 0);
}
