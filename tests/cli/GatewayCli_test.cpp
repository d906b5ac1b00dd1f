// `sgl gateway` as systemd runs it: the real executable connects to an HL7 LAW analyzer (played
// here by a TCP listener of the test, the profile being a TCP client), acknowledges an OUL^R22 AA
// once stored (here held: unknown tube), writes one JSON line per status change and event, logs
// the raw traffic, and stops cleanly on SIGTERM with exit code 0. Both databases.

#include "../storage/StorageFixture.h"

#include "interop/hl7v2/MllpCodec.h"
#include "workflow/analyzers/AnalyzerProfileStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

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
