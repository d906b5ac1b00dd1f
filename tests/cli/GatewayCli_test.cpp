// `sgl gateway` as systemd runs it: the real executable connects to an HL7 LAW analyzer (played
// here by a TCP listener of the test, the profile being a TCP client), acknowledges an OUL^R22 AA
// once stored (here held: unknown tube), writes one JSON line per status change and event, logs
// the raw traffic, and stops cleanly on SIGTERM with exit code 0; killed with SIGKILL at random
// points of a run and restarted, it loses and duplicates nothing. Both databases.

#include "../storage/StorageFixture.h"

#include "interop/hl7v2/MllpCodec.h"
#include "storage/AnalyzerHeldItemRepository.h"
#include "storage/AnalyzerMessageRepository.h"
#include "workflow/analyzers/AnalyzerProfileStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace sgl::testing {
namespace {

void ensureApp()
{
    static int argc = 1;
    static char name[] = "test_cli_gateway";
    static char *argv[] = {name, nullptr};
    static QCoreApplication *app = QCoreApplication::instance() ? nullptr : new QCoreApplication(argc, argv);
    (void)app;
}

class GatewayCli : public StorageTest {
protected:
    void SetUp() override
    {
        ensureApp();
        StorageTest::SetUp();
        if (IsSkipped() || HasFatalFailure())
            return;
        ASSERT_TRUE(m_home.isValid());
        ASSERT_EQ(run({u"demo-seed"_s}), 0);
        ASSERT_TRUE(m_analyzer.listen(QHostAddress::LocalHost, 0));
        domain::analyzer::AnalyzerProfile p =
            domain::analyzer::AnalyzerProfile::standard(domain::analyzer::AnalyzerProtocol::Hl7);
        p.name = u"law-cli"_s;
        p.label = u"cobas de test"_s;
        p.analyzerId = u"COBAS"_s;
        p.transport.kind = domain::analyzer::TransportKind::TcpClient;
        p.transport.host = u"127.0.0.1"_s;
        p.transport.port = m_analyzer.serverPort();
        domain::UserSession admin;
        admin.userId = 1;
        admin.login = u"admin"_s;
        admin.roles = {domain::Role::Admin};
        auto saved = workflow::analyzers::AnalyzerProfileStore(*m_db, admin).save(p, u"essai"_s);
        ASSERT_TRUE(saved) << saved.error().toString().toStdString();
    }

    QProcessEnvironment env() const
    {
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.remove(u"SGL_DB_URL"_s);
        e.remove(u"SGL_CONFIG"_s);
        e.insert(u"LANG"_s, u"fr_FR.UTF-8"_s);
        e.insert(u"XDG_CONFIG_HOME"_s, m_home.path() + u"/config"_s);
        return e;
    }

    int run(QStringList args)
    {
        args << u"--db=%1"_s.arg(m_scratch->url());
        QProcess p;
        p.setProcessEnvironment(env());
        p.start(QStringLiteral(SGL_CLI_PATH), args);
        EXPECT_TRUE(p.waitForFinished(120000));
        return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    }

    static QList<QJsonObject> jsonLines(const QByteArray &out)
    {
        QList<QJsonObject> lines;
        for (const QByteArray &l : out.split('\n'))
            if (!l.trimmed().isEmpty())
                lines << QJsonDocument::fromJson(l).object();
        return lines;
    }

    QTemporaryDir m_home;
    QTcpServer m_analyzer;
};

TEST_P(GatewayCli, ReceivesResultsPrintsJsonLinesAndStopsOnSigterm)
{
    const QString logs = m_home.path() + u"/traffic"_s;
    QProcess gateway;
    gateway.setProcessEnvironment(env());
    gateway.start(QStringLiteral(SGL_CLI_PATH), {u"gateway"_s, u"--profile"_s, u"law-cli"_s, u"--traffic-log"_s, logs,
                                                u"--db=%1"_s.arg(m_scratch->url())});
    ASSERT_TRUE(gateway.waitForStarted(10000));
    QSignalSpy incoming(&m_analyzer, &QTcpServer::newConnection);
    ASSERT_TRUE(m_analyzer.hasPendingConnections() || incoming.wait(30000)) << gateway.readAllStandardError().toStdString();
    QTcpSocket *socket = m_analyzer.nextPendingConnection();
    ASSERT_NE(socket, nullptr);

    const QByteArray oul = "MSH|^~\\&|COBAS||SGL||20261206101500||OUL^R22^OUL_R22|R1|P|2.5.1\r"
                           "SPM|1|NOPE-1||PLAS\rOBR|1|||GLUC3\rOBX|1|NM|GLUC3^Glucose||5.1|mmol/L|||||F\r";
    socket->write(interop::hl7v2::MllpCodec::frame(oul));
    interop::hl7v2::MllpCodec codec;
    QList<QByteArray> answers;
    ASSERT_TRUE(QTest::qWaitFor([&] {
        codec.feed(socket->readAll());
        answers << codec.takeFrames();
        return !answers.isEmpty();
    }, 30000)) << gateway.readAllStandardError().toStdString();
    EXPECT_TRUE(answers.first().contains("MSA|AA|R1")) << answers.first().toStdString();

    gateway.terminate(); // SIGTERM
    ASSERT_TRUE(gateway.waitForFinished(30000));
    EXPECT_EQ(gateway.exitStatus(), QProcess::NormalExit);
    EXPECT_EQ(gateway.exitCode(), 0) << gateway.readAllStandardError().toStdString();

    const QList<QJsonObject> lines = jsonLines(gateway.readAllStandardOutput());
    ASSERT_FALSE(lines.isEmpty());
    bool sawHeld = false;
    bool sawMessageEvent = false;
    for (const QJsonObject &o : lines) {
        EXPECT_EQ(o.value(u"profile"_s).toString(), u"law-cli"_s);
        EXPECT_FALSE(o.value(u"at"_s).toString().isEmpty());
        if (o.value(u"type"_s).toString() == u"status" && o.value(u"held"_s).toInt() == 1
            && o.value(u"messages"_s).toInt() == 1 && o.value(u"state"_s).toString() == u"connected")
            sawHeld = true;
        if (o.value(u"type"_s).toString() == u"event" && o.value(u"code"_s).toString() == u"message")
            sawMessageEvent = true;
    }
    EXPECT_TRUE(sawHeld);
    EXPECT_TRUE(sawMessageEvent);
    EXPECT_EQ(lines.last().value(u"state"_s).toString(), u"stopped"_s);

    QFile log(QDir(logs).filePath(u"law-cli.log"_s));
    ASSERT_TRUE(log.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(log.readAll());
    EXPECT_TRUE(text.contains(u"<< 127.0.0.1:"_s + QString::number(m_analyzer.serverPort()) + u" <VT>MSH|"_s));
    EXPECT_TRUE(text.contains(u"MSA|AA|R1"_s));
}

// The analyzer side of the run below: sends message i until it is acknowledged, again on the
// next connection when the gateway died before answering (what an instrument does).
TEST_P(GatewayCli, KilledWithSigkillAtRandomPointsLosesAndDuplicatesNothing)
{
    constexpr int kMessages = 40;
    const quint32 seed = QRandomGenerator::global()->generate();
    SCOPED_TRACE("seed " + std::to_string(seed));
    QRandomGenerator random(seed);
    // The demo already holds analyzer messages of its own (its QC and held CRP come in by ingestion).
    auto before = m_db->read([](storage::ReadTx &tx) { return storage::AnalyzerMessageRepository::count(tx); });
    ASSERT_TRUE(before);
    auto heldBefore = m_db->read([](storage::ReadTx &tx) { return storage::AnalyzerHeldItemRepository::list(tx, true, 1000); });
    ASSERT_TRUE(heldBefore);
    QList<int> killAfterSending; // the gateway dies right after receiving these messages
    for (int i = 3; i < kMessages; i += 5 + int(random.bounded(4)))
        killAfterSending << i;

    auto start = [&](QProcess &gateway) {
        gateway.setProcessEnvironment(env());
        gateway.start(QStringLiteral(SGL_CLI_PATH), {u"gateway"_s, u"--profile"_s, u"law-cli"_s,
                                                    u"--db=%1"_s.arg(m_scratch->url())});
        return gateway.waitForStarted(10000);
    };
    auto message = [](int i) {
        return QByteArray("MSH|^~\\&|COBAS||SGL||20261206101500||OUL^R22^OUL_R22|R") + QByteArray::number(i)
               + "|P|2.5.1\rSPM|1|KILL-" + QByteArray::number(i) + "||PLAS\rOBR|1|||GLUC3\r"
               + "OBX|1|NM|GLUC3^Glucose||5." + QByteArray::number(i) + "|mmol/L|||||F\r";
    };

    auto gateway = std::make_unique<QProcess>();
    ASSERT_TRUE(start(*gateway));
    QSignalSpy incoming(&m_analyzer, &QTcpServer::newConnection);
    QTcpSocket *socket = nullptr;
    auto connectionBack = [&] {
        if (!m_analyzer.hasPendingConnections() && !incoming.wait(30000))
            return false;
        socket = m_analyzer.nextPendingConnection();
        return socket != nullptr;
    };
    ASSERT_TRUE(connectionBack()) << gateway->readAllStandardError().toStdString();
    int kills = 0;
    int resent = 0;
    for (int i = 0; i < kMessages;) {
        socket->write(interop::hl7v2::MllpCodec::frame(message(i)));
        socket->flush();
        if (killAfterSending.contains(i)) {
            killAfterSending.removeOne(i);
            if (kills == 0) {
                // Surely after the commit: the ACK came back but the instrument never read it
                // (lost on the wire), so the stored message arrives a second time.
                interop::hl7v2::MllpCodec lost;
                ASSERT_TRUE(QTest::qWaitFor([&] {
                    lost.feed(socket->readAll());
                    return !lost.takeFrames().isEmpty();
                }, 30000)) << "message " << i;
            } else {
                // Before, during or after the commit: the delay decides where the kill lands.
                QTest::qWait(int(random.bounded(40)));
            }
            gateway->kill(); // SIGKILL
            ASSERT_TRUE(gateway->waitForFinished(10000));
            ++kills;
            gateway = std::make_unique<QProcess>();
            ASSERT_TRUE(start(*gateway));
            ASSERT_TRUE(connectionBack()) << gateway->readAllStandardError().toStdString();
            ++resent;
            continue; // the instrument had no ACK: it sends message i again
        }
        interop::hl7v2::MllpCodec codec;
        QList<QByteArray> answers;
        const bool answered = QTest::qWaitFor([&] {
            codec.feed(socket->readAll());
            answers << codec.takeFrames();
            return !answers.isEmpty();
        }, 30000);
        ASSERT_TRUE(answered) << "message " << i << ": " << gateway->readAllStandardError().toStdString();
        ASSERT_TRUE(answers.first().contains("MSA|AA|R" + QByteArray::number(i))) << answers.first().toStdString();
        ++i;
    }
    gateway->terminate();
    ASSERT_TRUE(gateway->waitForFinished(30000));
    EXPECT_GE(kills, 3);
    EXPECT_EQ(resent, kills);

    // Every message stored once, with its one held result (the tubes are unknown to the lab).
    auto count = m_db->read([](storage::ReadTx &tx) { return storage::AnalyzerMessageRepository::count(tx); });
    ASSERT_TRUE(count);
    EXPECT_EQ(*count, *before + kMessages);
    auto held = m_db->read([](storage::ReadTx &tx) { return storage::AnalyzerHeldItemRepository::list(tx, true, 1000); });
    ASSERT_TRUE(held);
    QSet<QString> tubes;
    for (const auto &h : *held)
        tubes.insert(h.specimenId);
    for (const auto &h : *heldBefore)
        tubes.remove(h.specimenId);
    EXPECT_EQ(held->size(), heldBefore->size() + kMessages);
    EXPECT_EQ(tubes.size(), kMessages) << "each message's result held exactly once";
}

TEST_P(GatewayCli, UnknownProfileExitsFive)
{
    QProcess gateway;
    gateway.setProcessEnvironment(env());
    gateway.start(QStringLiteral(SGL_CLI_PATH),
                  {u"gateway"_s, u"--profile"_s, u"absent"_s, u"--db=%1"_s.arg(m_scratch->url())});
    ASSERT_TRUE(gateway.waitForFinished(60000));
    EXPECT_EQ(gateway.exitCode(), 5);
    EXPECT_FALSE(gateway.readAllStandardError().isEmpty());
    EXPECT_EQ(run({u"gateway"_s, u"--poll-ms"_s, u"5"_s}), 1) << "usage";
}

INSTANTIATE_TEST_SUITE_P(Backends, GatewayCli, ::testing::Values(Backend::Sqlite, Backend::Postgres), backendName);

} // namespace
} // namespace sgl::testing
