// One ASTM connection of the gateway on loopback, the instrument played by the project's own
// astm::TcpClientLink in the instrument role: query answered with the order or "no order",
// results handed to the handler with their raw E1394 text, the final ACK withheld when the
// handler could not store (the instrument sends again), status counters and the traffic log.
// Synchronised on signals with bounds, never on sleeps.

#include "GatewayTestSupport.h"

#include "interop/astm/FrameCodec.h"
#include "interop/astm/TcpClientLink.h"
#include "interop/gateway/ErrorCodes.h"

#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

namespace sgl::testing {
namespace {

using namespace sgl::interop;
using domain::analyzer::AnalyzerProtocol;
using domain::analyzer::LinkState;
using gateway::AnalyzerConnection;
using gateway::HandlerReply;

const QByteArray kQuery = "H|\\^&|||XN-550^00-21\rQ|1|^S100||^^^ALL||||||||O\rL|1|N\r";
const QByteArray kResults = "H|\\^&|||XN-550^00-21\rP|1\rO|1|S100||^^^^WBC\rR|1|^^^^WBC^1|8.13|10*3/uL||N||F\r"
                            "R|2|^^^^RBC^1|4.50|10*6/uL||N||F\rL|1|N\r";

class AstmConnectionTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        ensureGatewayApp();
        ASSERT_TRUE(m_dir.isValid());
        m_connection = std::make_unique<AnalyzerConnection>(serverConfig(AnalyzerProtocol::Astm, m_dir.path()),
                                                            m_handler.fn());
        ASSERT_TRUE(m_connection->start().has_value());
        ASSERT_EQ(m_connection->status().state, LinkState::Listening);
        ASSERT_NE(m_connection->listeningPort(), 0);
        connectInstrument();
    }

    void connectInstrument()
    {
        astm::LinkOptions o;
        o.role = astm::LinkRole::Instrument;
        m_instrument = std::make_unique<astm::TcpClientLink>(o);
        QSignalSpy connected(m_instrument.get(), &astm::TcpClientLink::connected);
        m_instrument->connectToHost(QStringLiteral("127.0.0.1"), m_connection->listeningPort());
        ASSERT_TRUE(connected.wait(5000));
        ASSERT_TRUE(QTest::qWaitFor([&] { return m_connection->status().state == LinkState::Connected; }, 5000));
    }

    /** Sends one message from the instrument; true when the host acknowledged its last frame. */
    bool send(const QByteArray &message)
    {
        QSignalSpy finished(&m_instrument->driver(), &astm::LinkDriver::sendFinished);
        if (!m_instrument->driver().send(message))
            return false;
        if (!finished.wait(20000))
            return false;
        return finished.first().at(1).toBool();
    }

    QTemporaryDir m_dir;
    ScriptedHandler m_handler;
    std::unique_ptr<AnalyzerConnection> m_connection;
    std::unique_ptr<astm::TcpClientLink> m_instrument;
};

TEST_F(AstmConnectionTest, QueryIsAnsweredWithTheOrderThenResultsAreHandedOver)
{
    gateway::HostOrder order;
    order.specimenId = QStringLiteral("S100");
    order.placerNumber = QStringLiteral("D26-000042");
    order.patientId = QStringLiteral("17");
    order.sex = QStringLiteral("F");
    order.testCodes = {QStringLiteral("WBC"), QStringLiteral("RBC")};
    m_handler.next.answers << gateway::QueryAnswer{QStringLiteral("S100"), order};

    QSignalSpy back(&m_instrument->driver(), &astm::LinkDriver::messageReceived);
    ASSERT_TRUE(send(kQuery));
    ASSERT_EQ(m_handler.seen.size(), 1);
    ASSERT_EQ(m_handler.seen[0].decoded.queries.size(), 1);
    EXPECT_EQ(m_handler.seen[0].decoded.queries[0].specimenId, QStringLiteral("S100"));
    EXPECT_EQ(m_handler.seen[0].raw, kQuery);
    EXPECT_EQ(m_handler.seen[0].peer, m_connection->status().peer);

    ASSERT_TRUE(back.wait(20000));
    const QList<astm::Message> answer = m_instrument->driver().takeMessages();
    ASSERT_EQ(answer.size(), 1);
    EXPECT_EQ(answer[0].shape(), QStringLiteral("HPOL"));
    EXPECT_EQ(answer[0].records[1].field(4), QStringLiteral("D26-000042"));
    EXPECT_EQ(answer[0].records[2].field(3), QStringLiteral("S100"));
    EXPECT_TRUE(QString::fromLatin1(answer[0].raw).contains(QStringLiteral("^^^WBC\\^^^RBC")));
    EXPECT_EQ(answer[0].records[2].field(26), QStringLiteral("Q"));

    m_handler.next.resultsStored = 2;
    ASSERT_TRUE(send(kResults));
    ASSERT_EQ(m_handler.seen.size(), 2);
    EXPECT_EQ(m_handler.seen[1].raw, kResults);
    ASSERT_EQ(m_handler.seen[1].decoded.results.size(), 2);
    EXPECT_EQ(m_handler.seen[1].decoded.results[0].value, QStringLiteral("8.13"));

    const auto &s = m_connection->status();
    EXPECT_EQ(s.messagesReceived, 2);
    EXPECT_EQ(s.resultsStored, 2);
    EXPECT_EQ(s.queriesAnswered, 1);
    EXPECT_TRUE(s.lastMessageAt.isValid());
    EXPECT_EQ(s.profileName, QStringLiteral("xn-test"));

    const QString log = readAll(m_connection->trafficLogPath());
    EXPECT_TRUE(log.contains(QStringLiteral(" << "))) << log.toStdString();
    EXPECT_TRUE(log.contains(QStringLiteral("<ENQ>")));
    EXPECT_TRUE(log.contains(QStringLiteral(">> ") + s.peer + QStringLiteral(" <ACK>")));
    EXPECT_TRUE(log.contains(QStringLiteral("<STX>1H|\\^&|||XN-550^00-21<CR><ETX>")));
    EXPECT_TRUE(log.contains(QStringLiteral("O|1|S100||^^^WBC\\^^^RBC")));
}

TEST_F(AstmConnectionTest, NoOrderAnswerSaysYForAKnownSpecimenWithoutWork)
{
    m_handler.next.answers << gateway::QueryAnswer{QStringLiteral("S100"), std::nullopt, true};
    QSignalSpy back(&m_instrument->driver(), &astm::LinkDriver::messageReceived);
    ASSERT_TRUE(send(kQuery));
    ASSERT_TRUE(back.wait(20000));
    const QList<astm::Message> answer = m_instrument->driver().takeMessages();
    ASSERT_EQ(answer.size(), 1);
    EXPECT_EQ(answer[0].records[2].field(3), QStringLiteral("S100"));
    EXPECT_EQ(answer[0].records[2].field(26), QStringLiteral("Y"));
}

TEST_F(AstmConnectionTest, NoOrderAnswerSaysZForAnUnknownSpecimen)
{
    m_handler.next.answers << gateway::QueryAnswer{QStringLiteral("S100"), std::nullopt, false};
    QSignalSpy back(&m_instrument->driver(), &astm::LinkDriver::messageReceived);
    ASSERT_TRUE(send(kQuery));
    ASSERT_TRUE(back.wait(20000));
    const QList<astm::Message> answer = m_instrument->driver().takeMessages();
    ASSERT_EQ(answer.size(), 1);
    EXPECT_EQ(answer[0].records[2].field(3), QStringLiteral("S100"));
    EXPECT_EQ(answer[0].records[2].field(26), QStringLiteral("Z")) << "E1394 O-26: no record of this specimen";
}

TEST_F(AstmConnectionTest, StoreFailureWithholdsTheFinalAckAndTheResentMessageIsTaken)
{
    m_handler.next.verdict = HandlerReply::Verdict::StoreFailed;
    m_handler.next.problems << domain::Error{QStringLiteral("storage.unavailable"), QStringLiteral("base arrêtée"), {}};
    QSignalSpy events(m_connection.get(), &AnalyzerConnection::event);
    EXPECT_FALSE(send(kResults)) << "the last frame must not be acknowledged";
    ASSERT_EQ(m_handler.seen.size(), 1);
    EXPECT_EQ(m_connection->status().lastError.isEmpty(), false);
    EXPECT_GE(m_connection->status().linkErrors, 1);
    bool storeFailed = false;
    for (const auto &e : events)
        storeFailed |= e.at(0).toString() == gateway::errc::StoreFailed;
    EXPECT_TRUE(storeFailed);
    ASSERT_TRUE(QTest::qWaitFor([&] { return m_connection->status().state == LinkState::Listening; }, 5000));

    // The instrument connects again and sends the same message: taken this time.
    connectInstrument();
    m_handler.next.resultsStored = 2;
    EXPECT_TRUE(send(kResults));
    ASSERT_EQ(m_handler.seen.size(), 2);
    EXPECT_EQ(m_handler.seen[1].raw, m_handler.seen[0].raw);
    EXPECT_EQ(m_connection->status().resultsStored, 2);
}

TEST_F(AstmConnectionTest, DroppedConnectionMidMessageIsHandedOverAsIncomplete)
{
    // A raw instrument sends H and P, then its cable is pulled before L: the partial message
    // reaches the handler marked incomplete (to be held, never stored), with the bytes received.
    QTcpSocket raw;
    raw.connectToHost(QHostAddress::LocalHost, m_connection->listeningPort());
    ASSERT_TRUE(raw.waitForConnected(5000));
    raw.write(QByteArray(1, '\x05') + astm::FrameCodec::buildFrame(1, "H|\\^&|||XN-550\r", true)
              + astm::FrameCodec::buildFrame(2, "P|1\r", true));
    raw.flush();
    QByteArray acks;
    ASSERT_TRUE(QTest::qWaitFor([&] { acks += raw.readAll(); return acks.size() >= 3; }, 5000));
    EXPECT_EQ(acks, QByteArray(3, '\x06'));
    EXPECT_TRUE(m_handler.seen.isEmpty()) << "nothing before the L record or the end of the transfer";
    raw.disconnectFromHost();
    ASSERT_TRUE(QTest::qWaitFor([&] { return m_handler.seen.size() == 1; }, 5000));
    EXPECT_FALSE(m_handler.seen[0].decoded.complete);
    EXPECT_EQ(m_handler.seen[0].raw, QByteArray("H|\\^&|||XN-550\rP|1\r"));
    EXPECT_GE(m_connection->status().linkErrors, 1) << "connection lost mid-message is a link error";
    EXPECT_TRUE(readAll(m_connection->trafficLogPath()).contains(QStringLiteral("astm.connection_lost")));
}

TEST(AstmConnection, ListenFailureAndUnsupportedTransportAreReported)
{
    ensureGatewayApp();
    ScriptedHandler h;
    auto config = serverConfig(AnalyzerProtocol::Astm, {});
    config.transport.host = QStringLiteral("203.0.113.77"); // not an address of this machine
    AnalyzerConnection c(config, h.fn());
    auto s = c.start();
    ASSERT_FALSE(s);
    EXPECT_EQ(s.error().code, gateway::errc::ListenFailed);
    EXPECT_EQ(c.status().state, LinkState::Failed);
    EXPECT_FALSE(c.status().lastError.isEmpty());

    config.transport.kind = domain::analyzer::TransportKind::None;
    AnalyzerConnection none(config, h.fn());
    auto n = none.start();
    ASSERT_FALSE(n);
    EXPECT_EQ(n.error().code, gateway::errc::UnsupportedTransport);

    config = serverConfig(AnalyzerProtocol::Astm, {});
    AnalyzerConnection idle(config, h.fn());
    EXPECT_FALSE(idle.sendWorklist({gateway::HostOrder{}}).has_value()) << "no instrument connected";
}

} // namespace
} // namespace sgl::testing
