// One HL7 LAW connection of the gateway on loopback, the analyzer played by hl7v2::MllpClient:
// QBP^Q11 answered RSP^K11 OK then OML^O33 on the same connection, or NF; OUL^R22 acknowledged
// AA (stored or held), AE (content problems), AR (store failed: the analyzer sends again); a
// message the parser refuses is still handed over and answered; the traffic log shows MLLP.

#include "GatewayTestSupport.h"

#include "interop/gateway/ErrorCodes.h"
#include "interop/hl7v2/MllpClient.h"
#include "interop/hl7v2/MllpCodec.h"
#include "interop/hl7v2/Parser.h"

#include <QSignalSpy>
#include <QTest>

namespace sgl::testing {
namespace {

using namespace sgl::interop;
using domain::analyzer::AnalyzerProtocol;
using domain::analyzer::LinkState;
using gateway::AnalyzerConnection;
using gateway::HandlerReply;

const QByteArray kQuery = "MSH|^~\\&|COBAS||SGL||20261206101500||QBP^Q11^QBP_Q11|Q1|P|2.5.1\r"
                          "QPD|WOS^Work Order Step^IHE_LABTF|TAG7|S100\rRCP|I||R\r";
const QByteArray kResults = "MSH|^~\\&|COBAS||SGL||20261206101500||OUL^R22^OUL_R22|R1|P|2.5.1\r"
                            "SPM|1|S100||SER\rOBR|1|||GLUC3\rOBX|1|NM|GLUC3^Glucose||5.1|mmol/L|||||F\r";

class Hl7ConnectionTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        ensureGatewayApp();
        ASSERT_TRUE(m_dir.isValid());
        m_connection = std::make_unique<AnalyzerConnection>(serverConfig(AnalyzerProtocol::Hl7, m_dir.path()),
                                                            m_handler.fn());
        ASSERT_TRUE(m_connection->start().has_value());
        m_client = std::make_unique<hl7v2::MllpClient>(QStringLiteral("127.0.0.1"), m_connection->listeningPort());
    }

    hl7v2::Message exchange(const QByteArray &message)
    {
        auto answer = m_client->exchange(message, 10000);
        EXPECT_TRUE(answer) << (answer ? std::string() : answer.error().toString().toStdString());
        if (!answer)
            return hl7v2::Message();
        auto parsed = hl7v2::Parser::parse(*answer);
        EXPECT_TRUE(parsed);
        return parsed ? *parsed : hl7v2::Message();
    }

    QTemporaryDir m_dir;
    ScriptedHandler m_handler;
    std::unique_ptr<AnalyzerConnection> m_connection;
    std::unique_ptr<hl7v2::MllpClient> m_client;
};

TEST_F(Hl7ConnectionTest, QueryAnsweredOkThenWorkOrderOnTheSameConnection)
{
    gateway::HostOrder order;
    order.specimenId = QStringLiteral("S100");
    order.placerNumber = QStringLiteral("D26-000042");
    order.specimenType = QStringLiteral("SER");
    order.testCodes = {QStringLiteral("GLUC3"), QStringLiteral("CREP2")};
    m_handler.next.answers << gateway::QueryAnswer{QStringLiteral("S100"), order};

    const hl7v2::Message rsp = exchange(kQuery);
    EXPECT_EQ(rsp.value(u"MSH", 9, 1, 1), QStringLiteral("RSP"));
    EXPECT_EQ(rsp.value(u"MSA", 1), QStringLiteral("AA"));
    EXPECT_EQ(rsp.value(u"MSA", 2), QStringLiteral("Q1"));
    EXPECT_EQ(rsp.value(u"QAK", 1), QStringLiteral("TAG7"));
    EXPECT_EQ(rsp.value(u"QAK", 2), QStringLiteral("OK"));
    ASSERT_EQ(m_handler.seen.size(), 1);
    ASSERT_EQ(m_handler.seen[0].decoded.queries.size(), 1);
    EXPECT_EQ(m_handler.seen[0].decoded.queries[0].specimenId, QStringLiteral("S100"));
    EXPECT_EQ(m_handler.seen[0].raw, kQuery);

    auto oml = m_client->awaitAnswer(10000);
    ASSERT_TRUE(oml) << oml.error().toString().toStdString();
    auto parsed = hl7v2::Parser::parse(*oml);
    ASSERT_TRUE(parsed);
    EXPECT_EQ(parsed->value(u"MSH", 9, 1, 1), QStringLiteral("OML"));
    EXPECT_EQ(parsed->value(u"SPM", 2), QStringLiteral("S100"));
    EXPECT_EQ(parsed->count(u"OBR"), 2);
    EXPECT_EQ(m_connection->status().queriesAnswered, 1);
}

TEST_F(Hl7ConnectionTest, QueryWithoutWorkIsAnsweredNotFound)
{
    m_handler.next.answers << gateway::QueryAnswer{QStringLiteral("S100"), std::nullopt};
    const hl7v2::Message rsp = exchange(kQuery);
    EXPECT_EQ(rsp.value(u"MSA", 1), QStringLiteral("AA"));
    EXPECT_EQ(rsp.value(u"QAK", 2), QStringLiteral("NF"));
}

TEST_F(Hl7ConnectionTest, ResultsAcknowledgedAaAeAndArAsTheHandlerDecides)
{
    m_handler.next.resultsStored = 1;
    hl7v2::Message ack = exchange(kResults);
    EXPECT_EQ(ack.value(u"MSH", 9, 1, 1), QStringLiteral("ACK"));
    EXPECT_EQ(ack.value(u"MSA", 1), QStringLiteral("AA"));
    EXPECT_EQ(ack.value(u"MSA", 2), QStringLiteral("R1"));
    ASSERT_EQ(m_handler.seen.size(), 1);
    ASSERT_EQ(m_handler.seen[0].decoded.results.size(), 1);
    EXPECT_EQ(m_handler.seen[0].decoded.results[0].value, QStringLiteral("5.1"));

    // Held results are still AA: the lab deals with them.
    m_handler.next.resultsHeld = 1;
    EXPECT_EQ(exchange(kResults).value(u"MSA", 1), QStringLiteral("AA"));

    // Content problems: AE with one ERR each.
    const QByteArray noSpm = "MSH|^~\\&|COBAS||SGL||20261206||OUL^R22^OUL_R22|R2|P|2.5.1\rOBX|1|NM|||5.5\r";
    ack = exchange(noSpm);
    EXPECT_EQ(ack.value(u"MSA", 1), QStringLiteral("AE"));
    EXPECT_EQ(ack.count(u"ERR"), 2);
    EXPECT_FALSE(m_handler.seen.last().decoded.problems.isEmpty());

    // The database failed: AR, so the analyzer sends the message again.
    m_handler.next.verdict = HandlerReply::Verdict::StoreFailed;
    m_handler.next.problems << domain::Error{QStringLiteral("storage.unavailable"), QStringLiteral("base arrêtée"), {}};
    ack = exchange(kResults);
    EXPECT_EQ(ack.value(u"MSA", 1), QStringLiteral("AR"));
    EXPECT_GE(ack.count(u"ERR"), 1);
    EXPECT_EQ(m_connection->status().lastError.contains(QStringLiteral("base arrêtée")), true);

    const auto &s = m_connection->status();
    EXPECT_EQ(s.messagesReceived, 4);
    EXPECT_EQ(s.resultsStored, 1);
    EXPECT_EQ(s.resultsHeld, 1);
    EXPECT_EQ(s.state, LinkState::Connected);

    const QString log = readAll(m_connection->trafficLogPath());
    EXPECT_TRUE(log.contains(QStringLiteral("<VT>MSH|^~\\&|COBAS||SGL||20261206101500||OUL^R22^OUL_R22|R1")));
    EXPECT_TRUE(log.contains(QStringLiteral("<FS><CR>")));
    EXPECT_TRUE(log.contains(QStringLiteral(" >> ")));
}

TEST_F(Hl7ConnectionTest, BadMshIsHandedOverAndRefused)
{
    const QByteArray bad = "MSH|^~|COBAS||SGL||20261206||OUL^R22|B1|P|2.5.1\rOBX|1|NM|X||1\r";
    const hl7v2::Message ack = exchange(bad);
    EXPECT_NE(ack.value(u"MSA", 1), QStringLiteral("AA"));
    EXPECT_EQ(ack.value(u"MSA", 2), QStringLiteral("B1"));
    ASSERT_EQ(m_handler.seen.size(), 1);
    EXPECT_FALSE(m_handler.seen[0].decoded.complete);
    ASSERT_FALSE(m_handler.seen[0].decoded.problems.isEmpty());
    EXPECT_EQ(m_handler.seen[0].raw, bad);
}

TEST_F(Hl7ConnectionTest, WorklistIsPushedAsOneOmlPerTube)
{
    gateway::HostOrder a;
    a.specimenId = QStringLiteral("S201");
    a.testCodes = {QStringLiteral("GLUC3")};
    gateway::HostOrder b = a;
    b.specimenId = QStringLiteral("S202");
    EXPECT_FALSE(m_connection->sendWorklist({a}).has_value()) << "no analyzer connected yet";
    (void)exchange(kResults); // the analyzer connects (and sends something)
    ASSERT_TRUE(m_connection->sendWorklist({a, b}).has_value());
    QStringList specimens;
    for (int i = 0; i < 2; ++i) {
        auto oml = m_client->awaitAnswer(10000);
        ASSERT_TRUE(oml) << oml.error().toString().toStdString();
        auto parsed = hl7v2::Parser::parse(*oml);
        ASSERT_TRUE(parsed);
        EXPECT_EQ(parsed->value(u"MSH", 9, 1, 1), QStringLiteral("OML"));
        EXPECT_EQ(parsed->value(u"OBR", 4), QStringLiteral("GLUC3"));
        specimens << parsed->value(u"SPM", 2);
    }
    EXPECT_EQ(specimens, (QStringList{QStringLiteral("S201"), QStringLiteral("S202")}));
}

TEST_F(Hl7ConnectionTest, GarbageBetweenFramesIsCountedAndTheNextMessageTaken)
{
    ASSERT_TRUE(m_client->sendRaw(QByteArray("garbage\r\n") + hl7v2::MllpCodec::frame(kResults)).has_value());
    auto ack = m_client->awaitAnswer(10000);
    ASSERT_TRUE(ack) << ack.error().toString().toStdString();
    EXPECT_TRUE(ack->contains("MSA|AA|R1"));
    EXPECT_EQ(m_handler.seen.size(), 1);
    EXPECT_EQ(m_connection->status().linkErrors, 1);
    EXPECT_TRUE(m_connection->status().lastError.contains(QStringLiteral("9")));
    EXPECT_TRUE(readAll(m_connection->trafficLogPath()).contains(QStringLiteral("gateway.mllp_framing")));
}

TEST_F(Hl7ConnectionTest, DisconnectGoesBackToListening)
{
    (void)exchange(kResults);
    ASSERT_EQ(m_connection->status().state, LinkState::Connected);
    m_client->disconnectFromHost();
    ASSERT_TRUE(QTest::qWaitFor([&] { return m_connection->status().state == LinkState::Listening; }, 5000));
    EXPECT_TRUE(m_connection->status().peer.isEmpty());
}

TEST(Hl7Connection, SerialIsRefusedForHl7)
{
    ensureGatewayApp();
    ScriptedHandler h;
    auto config = serverConfig(AnalyzerProtocol::Hl7, {});
    config.transport.kind = domain::analyzer::TransportKind::Serial;
    AnalyzerConnection c(config, h.fn());
    auto s = c.start();
    ASSERT_FALSE(s);
    EXPECT_EQ(s.error().code, gateway::errc::UnsupportedTransport);
    EXPECT_EQ(c.status().state, LinkState::Failed);
}

} // namespace
} // namespace sgl::testing
