// The analyzer gateway end to end on loopback (issue 11 §5), both databases: profiles from the
// database, an ASTM instrument played by astm::TcpClientLink (instrument role) and an HL7 LAW
// analyzer played by hl7v2::MllpClient; queries answered with the dossier's orders or "no order",
// results stored on the bench or held, a message re-sent after a lost ACK stored once, status
// counters and signals, the raw traffic log. Synchronised on signals with bounds, never sleeps.

#include "../specimens/SpecimensTestSupport.h"

#include "interop/astm/FrameCodec.h"
#include "interop/astm/TcpClientLink.h"
#include "interop/hl7v2/MllpClient.h"
#include "interop/hl7v2/Parser.h"
#include "workflow/analyzers/AnalyzerGateway.h"
#include "workflow/analyzers/AnalyzerProfileStore.h"

#include <QCoreApplication>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

namespace sgl::testing {
namespace {

using namespace sgl::domain;
using domain::analyzer::AnalyzerProfile;
using domain::analyzer::LinkState;
using workflow::analyzers::AnalyzerGateway;

void ensureApp()
{
    static int argc = 1;
    static char name[] = "test_workflow_gateway";
    static char *argv[] = {name, nullptr};
    static QCoreApplication *app = QCoreApplication::instance() ? nullptr : new QCoreApplication(argc, argv);
    (void)app;
}

class AnalyzerGatewayTest : public SpecimensTest {
protected:
    void SetUp() override
    {
        ensureApp();
        SpecimensTest::SetUp();
        if (IsSkipped() || HasFatalFailure())
            return;
        ASSERT_TRUE(m_logs.isValid());
        AnalyzerProfile xn = AnalyzerProfile::standard(analyzer::AnalyzerProtocol::Astm);
        xn.name = QStringLiteral("xn-test");
        xn.label = QStringLiteral("Sysmex XN de test");
        xn.analyzerId = QStringLiteral("XN");
        xn.transport.kind = analyzer::TransportKind::TcpServer;
        xn.transport.host = QStringLiteral("127.0.0.1");
        xn.transport.port = 5001; // the tests listen on a port chosen by the system (portOverrides)
        xn.orderMode = analyzer::OrderMode::HostQuery;
        AnalyzerProfile cobas = AnalyzerProfile::standard(analyzer::AnalyzerProtocol::Hl7);
        cobas.name = QStringLiteral("cobas-test");
        cobas.label = QStringLiteral("cobas de test");
        cobas.analyzerId = QStringLiteral("COBAS");
        cobas.transport = xn.transport;
        cobas.orderMode = analyzer::OrderMode::HostQuery;
        AnalyzerProfile download = xn;
        download.name = QStringLiteral("xn-worklist");
        download.orderMode = analyzer::OrderMode::WorklistDownload;
        workflow::analyzers::AnalyzerProfileStore store(*m_db, adminSession());
        for (const AnalyzerProfile &p : {xn, cobas, download}) {
            auto saved = store.save(p, QStringLiteral("essai passerelle"));
            ASSERT_TRUE(saved) << saved.error().toString().toStdString();
        }
    }

    std::unique_ptr<AnalyzerGateway> startGateway(QStringList profiles = {QStringLiteral("xn-test"),
                                                                          QStringLiteral("cobas-test")})
    {
        workflow::analyzers::GatewayOptions o;
        o.profiles = profiles;
        o.trafficLogDirectory = m_logs.path();
        o.worklistPollMs = 3600 * 1000; // the test polls by hand
        for (const QString &p : profiles)
            o.portOverrides.insert(p, 0);
        auto g = std::make_unique<AnalyzerGateway>(*m_db, technician(), o);
        auto started = g->start();
        EXPECT_TRUE(started) << (started ? std::string() : started.error().toString().toStdString());
        return g;
    }

    static analyzer::ConnectionStatus statusOf(const AnalyzerGateway &g, const QString &name)
    {
        for (const auto &s : g.statuses())
            if (s.profileName == name)
                return s;
        return {};
    }

    QString readLog(const QString &profile)
    {
        QFile f(QDir(m_logs.path()).filePath(profile + QStringLiteral(".log")));
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
    }

    QTemporaryDir m_logs;
};

/** The instrument side of an ASTM link, from the project's own link layer. */
struct AstmInstrument {
    std::unique_ptr<interop::astm::TcpClientLink> link;

    bool connect(quint16 port)
    {
        interop::astm::LinkOptions o;
        o.role = interop::astm::LinkRole::Instrument;
        link = std::make_unique<interop::astm::TcpClientLink>(o);
        QSignalSpy connected(link.get(), &interop::astm::TcpClientLink::connected);
        link->connectToHost(QStringLiteral("127.0.0.1"), port);
        return connected.wait(5000);
    }
    bool send(const QByteArray &message)
    {
        QSignalSpy finished(&link->driver(), &interop::astm::LinkDriver::sendFinished);
        return link->driver().send(message) && finished.wait(20000) && finished.first().at(1).toBool();
    }
    std::optional<interop::astm::Message> awaitAnswer()
    {
        QSignalSpy back(&link->driver(), &interop::astm::LinkDriver::messageReceived);
        auto ready = link->driver().takeMessages();
        if (ready.isEmpty() && back.wait(20000))
            ready = link->driver().takeMessages();
        if (ready.isEmpty())
            return std::nullopt;
        return ready.first();
    }
};

QByteArray astmQuery(const QString &barcode)
{
    return "H|\\^&|||XN-550\rQ|1|^" + barcode.toLatin1() + "||^^^ALL||||||||O\rL|1|N\r";
}

QByteArray astmResults(const QString &barcode)
{
    return "H|\\^&|||XN-550\rP|1\rO|1|" + barcode.toLatin1()
           + "||^^^WBC\rR|1|^^^WBC|6.10|10*9/L||N||F||||20261206100000\rR|2|^^^RBC|4.50|10*12/L||N||F\r"
             "R|3|^^^ZZZ|1|||N||F\rL|1|N\r";
}

TEST_P(AnalyzerGatewayTest, AstmQueryThenResultsStoredHeldAndResentOnce)
{
    const auto created = createOk({QStringLiteral("NFS")});
    const QString edta = tube(created.dossier.id, QStringLiteral("EDTA")).barcode;
    ASSERT_TRUE(reception().receive(edta));

    auto gateway = startGateway();
    ASSERT_TRUE(gateway);
    QSignalSpy changed(gateway.get(), &AnalyzerGateway::statusChanged);
    const quint16 port = gateway->listeningPort(QStringLiteral("xn-test"));
    ASSERT_NE(port, 0);
    EXPECT_EQ(statusOf(*gateway, QStringLiteral("xn-test")).state, LinkState::Listening);

    AstmInstrument instrument;
    ASSERT_TRUE(instrument.connect(port));
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return statusOf(*gateway, QStringLiteral("xn-test")).state == LinkState::Connected; }, 5000));

    // Host query: the 15 haematology codes of the catalogue for this tube.
    ASSERT_TRUE(instrument.send(astmQuery(edta)));
    auto answer = instrument.awaitAnswer();
    ASSERT_TRUE(answer);
    EXPECT_EQ(answer->shape(), QStringLiteral("HPOL"));
    EXPECT_EQ(answer->records[2].field(3), edta);
    const QString raw = QString::fromLatin1(answer->raw);
    EXPECT_TRUE(raw.contains(QStringLiteral("^^^WBC"))) << raw.toStdString();
    EXPECT_TRUE(raw.contains(QStringLiteral("^^^PLT")));
    EXPECT_FALSE(raw.contains(QStringLiteral("MARTIN")) || raw.contains(m_patient.traits.birthName))
        << "no patient name is sent to an instrument";

    // No order for an unknown tube.
    ASSERT_TRUE(instrument.send(astmQuery(QStringLiteral("UNKNOWN-1"))));
    auto none = instrument.awaitAnswer();
    ASSERT_TRUE(none);
    EXPECT_EQ(none->records[2].field(26), QStringLiteral("Z")) << "E1394 O-26: no record of this specimen";

    // Results: two stored on the bench, one unmapped code held.
    ASSERT_TRUE(instrument.send(astmResults(edta)));
    const LabResult gb = result(created.dossier.id, QStringLiteral("GB"));
    EXPECT_EQ(gb.state, ValidationState::Entered);
    EXPECT_EQ(gb.value.number, QStringLiteral("6.10"));
    EXPECT_EQ(result(created.dossier.id, QStringLiteral("GR")).state, ValidationState::Entered);
    auto s = statusOf(*gateway, QStringLiteral("xn-test"));
    EXPECT_EQ(s.messagesReceived, 3);
    EXPECT_EQ(s.queriesAnswered, 2);
    EXPECT_EQ(s.resultsStored, 2);
    EXPECT_EQ(s.resultsHeld, 1);
    EXPECT_FALSE(changed.isEmpty());
    EXPECT_EQ(changed.last().at(0).toString(), QStringLiteral("xn-test"));

    // The ACK was lost: the instrument sends the same message again. Stored once.
    const int rowsBefore = rowCounts().at(2);
    ASSERT_TRUE(instrument.send(astmResults(edta)));
    s = statusOf(*gateway, QStringLiteral("xn-test"));
    EXPECT_EQ(s.messagesReceived, 4);
    EXPECT_EQ(s.resultsStored, 2) << "a re-sent message stores nothing again";
    EXPECT_EQ(s.resultsHeld, 1);
    EXPECT_EQ(rowCounts().at(2), rowsBefore);
    EXPECT_EQ(result(created.dossier.id, QStringLiteral("GB")).version, gb.version);

    const QString log = readLog(QStringLiteral("xn-test"));
    EXPECT_TRUE(log.contains(QStringLiteral("<ENQ>")));
    EXPECT_TRUE(log.contains(QStringLiteral("R|1|^^^WBC|6.10")));
    gateway->stop();
    EXPECT_EQ(statusOf(*gateway, QStringLiteral("xn-test")).state, LinkState::Stopped);
}

TEST_P(AnalyzerGatewayTest, Hl7QueryOrdersAndResultsAcknowledgedAfterStorage)
{
    const auto created = createOk({QStringLiteral("GLY")});
    const QString flu = tube(created.dossier.id, QStringLiteral("FLU")).barcode;
    ASSERT_TRUE(reception().receive(flu));
    auto gateway = startGateway();
    ASSERT_TRUE(gateway);
    interop::hl7v2::MllpClient analyzer(QStringLiteral("127.0.0.1"), gateway->listeningPort(QStringLiteral("cobas-test")));

    auto parse = [](const domain::Result<QByteArray> &bytes) {
        EXPECT_TRUE(bytes) << (bytes ? std::string() : bytes.error().toString().toStdString());
        auto m = bytes ? interop::hl7v2::Parser::parse(*bytes) : std::unexpected(bytes.error());
        EXPECT_TRUE(m);
        return m ? *m : interop::hl7v2::Message();
    };
    const QByteArray query = "MSH|^~\\&|COBAS||SGL||20261206101500||QBP^Q11^QBP_Q11|Q1|P|2.5.1\r"
                             "QPD|WOS^Work Order Step^IHE_LABTF|T1|" + flu.toLatin1() + "\rRCP|I||R\r";
    const auto rsp = parse(analyzer.exchange(query));
    EXPECT_EQ(rsp.value(u"QAK", 2), QStringLiteral("OK"));
    const auto oml = parse(analyzer.awaitAnswer());
    EXPECT_EQ(oml.value(u"MSH", 9), QStringLiteral("OML"));
    EXPECT_EQ(oml.value(u"SPM", 2), flu);
    EXPECT_EQ(oml.value(u"OBR", 4), QStringLiteral("GLUC3"));

    const QByteArray unknown = "MSH|^~\\&|COBAS||SGL||20261206101500||QBP^Q11^QBP_Q11|Q2|P|2.5.1\r"
                               "QPD|WOS^Work Order Step^IHE_LABTF|T2|NOPE-1\rRCP|I||R\r";
    EXPECT_EQ(parse(analyzer.exchange(unknown)).value(u"QAK", 2), QStringLiteral("NF"));

    const QByteArray results = "MSH|^~\\&|COBAS||SGL||20261206101500||OUL^R22^OUL_R22|R1|P|2.5.1\r"
                               "SPM|1|" + flu.toLatin1() + "||PLAS\rOBR|1|||GLUC3\r"
                               "OBX|1|NM|GLUC3^Glucose||5.1|mmol/L|||||F\rOBX|2|NM|XXX^Autre||1|||||F\r";
    auto ack = parse(analyzer.exchange(results));
    EXPECT_EQ(ack.value(u"MSA", 1), QStringLiteral("AA")) << "stored and held: AA";
    const LabResult glu = result(created.dossier.id, QStringLiteral("GLU"));
    EXPECT_EQ(glu.state, ValidationState::Entered);
    EXPECT_EQ(glu.value.number, QStringLiteral("5.1"));

    // Re-sent after a lost ACK: AA again, nothing stored twice.
    ack = parse(analyzer.exchange(results));
    EXPECT_EQ(ack.value(u"MSA", 1), QStringLiteral("AA"));
    EXPECT_EQ(result(created.dossier.id, QStringLiteral("GLU")).version, glu.version);
    const auto s = statusOf(*gateway, QStringLiteral("cobas-test"));
    EXPECT_EQ(s.messagesReceived, 4);
    EXPECT_EQ(s.queriesAnswered, 2);
    EXPECT_EQ(s.resultsStored, 1);
    EXPECT_EQ(s.resultsHeld, 1);
    EXPECT_TRUE(readLog(QStringLiteral("cobas-test")).contains(QStringLiteral("<VT>MSH|")));
}

TEST_P(AnalyzerGatewayTest, WorklistDownloadSendsReceivedTubesOnce)
{
    const auto created = createOk({QStringLiteral("NFS")});
    const QString edta = tube(created.dossier.id, QStringLiteral("EDTA")).barcode;
    auto gateway = startGateway({QStringLiteral("xn-worklist")});
    ASSERT_TRUE(gateway);
    AstmInstrument instrument;
    ASSERT_TRUE(instrument.connect(gateway->listeningPort(QStringLiteral("xn-worklist"))));
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return statusOf(*gateway, QStringLiteral("xn-worklist")).state == LinkState::Connected; }, 5000));

    QSignalSpy events(gateway.get(), &AnalyzerGateway::event);
    gateway->pollWorklists();
    EXPECT_TRUE(events.isEmpty()) << "nothing received yet: nothing sent";

    ASSERT_TRUE(reception().receive(edta));
    gateway->pollWorklists();
    auto order = instrument.awaitAnswer();
    ASSERT_TRUE(order);
    EXPECT_EQ(order->shape(), QStringLiteral("HPOL"));
    EXPECT_EQ(order->records[2].field(3), edta);
    EXPECT_EQ(order->records[2].field(26), QStringLiteral("O"));
    EXPECT_TRUE(QString::fromLatin1(order->raw).contains(QStringLiteral("^^^WBC")));

    // Polled again: the tube was sent already, nothing goes out.
    const int before = int(events.size());
    gateway->pollWorklists();
    EXPECT_EQ(events.size(), before);
}

TEST_P(AnalyzerGatewayTest, ConnectionDroppedMidMessageStoresNothingThenTheResentMessageIsStored)
{
    const auto created = createOk({QStringLiteral("NFS")});
    const QString edta = tube(created.dossier.id, QStringLiteral("EDTA")).barcode;
    ASSERT_TRUE(reception().receive(edta));
    auto gateway = startGateway({QStringLiteral("xn-test")});
    ASSERT_TRUE(gateway);
    const quint16 port = gateway->listeningPort(QStringLiteral("xn-test"));

    // H, P, O and the WBC result arrive, then the cable is pulled before L.
    QTcpSocket raw;
    raw.connectToHost(QHostAddress::LocalHost, port);
    ASSERT_TRUE(raw.waitForConnected(5000));
    const QList<QByteArray> records{"H|\\^&|||XN-550\r", "P|1\r", "O|1|" + edta.toLatin1() + "||^^^WBC\r",
                                    "R|1|^^^WBC|6.10|10*9/L||N||F\r"};
    QByteArray bytes(1, '\x05');
    for (int i = 0; i < records.size(); ++i)
        bytes += interop::astm::FrameCodec::buildFrame((i + 1) % 8, records[i], true);
    raw.write(bytes);
    QByteArray acks;
    ASSERT_TRUE(QTest::qWaitFor([&] { acks += raw.readAll(); return acks.size() >= 5; }, 10000));
    raw.abort();
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return statusOf(*gateway, QStringLiteral("xn-test")).messagesReceived == 1; }, 5000));
    EXPECT_EQ(result(created.dossier.id, QStringLiteral("GB")).state, ValidationState::Pending) << "nothing half-stored";
    auto s = statusOf(*gateway, QStringLiteral("xn-test"));
    EXPECT_EQ(s.resultsStored, 0);
    EXPECT_EQ(s.resultsHeld, 1) << "the partial result is kept, held as incomplete";
    EXPECT_GE(s.linkErrors, 1);

    // The instrument connects again and sends the whole message: stored.
    AstmInstrument instrument;
    ASSERT_TRUE(instrument.connect(port));
    ASSERT_TRUE(instrument.send(astmResults(edta)));
    EXPECT_EQ(result(created.dossier.id, QStringLiteral("GB")).state, ValidationState::Entered);
    EXPECT_EQ(statusOf(*gateway, QStringLiteral("xn-test")).resultsStored, 2);
}

TEST_P(AnalyzerGatewayTest, UnknownProfileIsRefused)
{
    workflow::analyzers::GatewayOptions o;
    o.profiles = {QStringLiteral("absent")};
    AnalyzerGateway g(*m_db, technician(), o);
    auto started = g.start();
    ASSERT_FALSE(started);
    EXPECT_FALSE(started.error().code.isEmpty());
    EXPECT_TRUE(g.statuses().isEmpty());
}

// python3-hl7 (Debian, independent of our code) as the analyzer: its MLLPClient sends an
// OUL^R22 and a QBP^Q11 to the gateway's own listener and hl7.parse checks our ACK^R22 and
// RSP^K11 (MSA-1 and the echoed control id). The checker refusing a broken answer is shown in
// tests/interop/hl7v2/LawPeer_test.cpp.
TEST_P(AnalyzerGatewayTest, PythonHl7PeerSendsResultsAndAQueryToTheGatewayAndAcceptsOurAnswers)
{
    const QString python = QStringLiteral("/usr/bin/python3");
    const QString script = QStringLiteral(SGL_SOURCE_DIR "/tests/interop/hl7v2/law_peer.py");
    {
        QProcess probe;
        probe.start(python, {QStringLiteral("-c"), QStringLiteral("import hl7.client")});
        if (!probe.waitForFinished(20000) || probe.exitStatus() != QProcess::NormalExit || probe.exitCode() != 0)
            GTEST_SKIP() << "python3-hl7 absent (/usr/bin/python3 -c 'import hl7.client' a échoué)";
    }
    const auto created = createOk({QStringLiteral("GLY")});
    const QString flu = tube(created.dossier.id, QStringLiteral("FLU")).barcode;
    ASSERT_TRUE(reception().receive(flu));
    auto gateway = startGateway();
    ASSERT_TRUE(gateway);
    const QString port = QString::number(gateway->listeningPort(QStringLiteral("cobas-test")));

    auto peer = [&](const QString &name, const QByteArray &message, const QString &expected) {
        const QString path = m_logs.path() + u'/' + name;
        QFile f(path);
        EXPECT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(message);
        f.close();
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        QSignalSpy finished(&p, &QProcess::finished);
        p.start(python, {script, QStringLiteral("send"), port, path, expected});
        // The gateway answers from this thread's event loop while the peer waits.
        EXPECT_TRUE(finished.wait(30000));
        const QString out = QString::fromUtf8(p.readAll()).trimmed();
        EXPECT_EQ(p.exitCode(), 0) << out.toStdString();
        return out;
    };
    const QByteArray results = "MSH|^~\\&|COBAS||SGL||20261206101500||OUL^R22^OUL_R22|PY1|P|2.5.1\r"
                               "SPM|1|" + flu.toLatin1() + "||PLAS\rOBR|1|||GLUC3\r"
                               "OBX|1|NM|GLUC3^Glucose||5.4|mmol/L|||||F\r";
    EXPECT_EQ(peer(QStringLiteral("oul.hl7"), results, QStringLiteral("AA")), QStringLiteral("ok AA ACK^R22^ACK"));
    EXPECT_EQ(result(created.dossier.id, QStringLiteral("GLU")).value.number, QStringLiteral("5.4"));
    const QByteArray query = "MSH|^~\\&|COBAS||SGL||20261206101500||QBP^Q11^QBP_Q11|PY2|P|2.5.1\r"
                             "QPD|WOS^Work Order Step^IHE_LABTF|T9|NOPE-9\rRCP|I||R\r";
    EXPECT_TRUE(peer(QStringLiteral("qbp.hl7"), query, QStringLiteral("AA")).startsWith(QStringLiteral("ok AA RSP^K11")));
}

INSTANTIATE_TEST_SUITE_P(Backends, AnalyzerGatewayTest, ::testing::Values(Backend::Sqlite, Backend::Postgres),
                         backendName);

} // namespace
} // namespace sgl::testing
