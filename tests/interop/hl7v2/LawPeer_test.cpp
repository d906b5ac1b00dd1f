// python3-hl7 (independent of our code) as the MLLP client of our MllpServer: it sends every
// LAW message of the traces folder and parses our ACK^R22 / RSP^K11 with its own parser.
#include "interop/hl7v2/LawMessageBuilder.h"
#include "interop/hl7v2/LawQueryReader.h"
#include "interop/hl7v2/LawResultReader.h"
#include "interop/hl7v2/MllpServer.h"
#include "interop/hl7v2/Parser.h"
#include "interop/hl7v2/Serializer.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace sgl::interop::hl7v2;

namespace {

const QString kPython = QStringLiteral("/usr/bin/python3");
const QString kScript = QStringLiteral(SGL_SOURCE_DIR "/tests/interop/hl7v2/law_peer.py");

void ensureApp()
{
    static int argc = 1;
    static char name[] = "test_interop_hl7v2";
    static char *argv[] = {name, nullptr};
    static QCoreApplication *app = QCoreApplication::instance() ? nullptr : new QCoreApplication(argc, argv);
    (void)app;
}

bool peerAvailable(std::string &why)
{
    QProcess p;
    p.start(kPython, {QStringLiteral("-c"), QStringLiteral("import hl7.client")});
    if (!p.waitForFinished(20000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        why = "python3-hl7 absent (/usr/bin/python3 -c 'import hl7.client' a échoué)";
        return false;
    }
    return true;
}

// What the gateway will do, reduced to the protocol: results -> ACK^R22, query -> RSP^K11.
std::optional<QByteArray> lawHandler(const QByteArray &bytes, const QString &)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto parsed = Parser::parse(bytes);
    if (!parsed) {
        return *Serializer::toBytes(LawMessageBuilder::resultsAck(AckBuilder::peekHeader(bytes), {parsed.error()},
                                                                  QStringLiteral("N1"), now));
    }
    if (parsed->header().messageCode == u"QBP") {
        LawMessageBuilder::Routing routing;
        routing.receivingApplication = parsed->header().sendingApplication;
        routing.controlId = QStringLiteral("Q1");
        routing.time = now;
        const bool ok = LawQueryReader::read(*parsed).has_value();
        return *Serializer::toBytes(LawMessageBuilder::queryResponse(
            routing, *parsed, ok ? LawQueryOutcome::NoWork : LawQueryOutcome::UnknownSpecimen));
    }
    auto read = LawResultReader::read(*parsed);
    const QList<sgl::domain::Error> problems = read ? read->problems : QList<sgl::domain::Error>{read.error()};
    return *Serializer::toBytes(LawMessageBuilder::resultsAck(parsed->header(), problems, QStringLiteral("A1"), now));
}

struct PeerRun {
    int exitCode = -1;
    QString output;
};

PeerRun runPeer(const QStringList &args)
{
    QProcess p;
    QSignalSpy finished(&p, &QProcess::finished);
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(kPython, QStringList{kScript} + args);
    // The server answers in this thread's event loop: wait on the signal, never block it.
    if (!finished.wait(30000))
        p.kill();
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAll()).trimmed()};
}

} // namespace

TEST(LawPeer, Python3Hl7SendsEveryLawMessageAndAcceptsOurAnswers)
{
    ensureApp();
    const QString dir = QStringLiteral(SGL_SHARED_DIR "/analyzer-traces/hl7");
    if (!QFile::exists(dir))
        GTEST_SKIP() << "dossier absent (../shared non disponible) : " << dir.toStdString();
    std::string why;
    if (!peerAvailable(why))
        GTEST_SKIP() << why;
    MllpServer server(lawHandler);
    ASSERT_TRUE(server.listen(QHostAddress::LocalHost, 0).has_value());
    const QString port = QString::number(server.port());
    const struct {
        const char *file;
        const char *expected;
        const char *kind;
    } cases[] = {
        {"diagnomed-gateway-hl7-1.hl7", "AA", "ACK^R22^ACK"},
        {"roche-cobas5800-hl7-1.hl7", "AA", "ACK^R22^ACK"},
        {"roche-cobas6800-hl7-1.hl7", "AA", "ACK^R22^ACK"},
        {"roche-cobaspro-hl7-2.hl7", "AA", "ACK^R22^ACK"},
        {"roche-cobaspro-hl7-3.hl7", "AA", "ACK^R22^ACK"},
        {"roche-cobaspro-hl7-1.hl7", "AA", "RSP^K11^RSP_K11"},
        {"ihe-lawtest-hl7-1.hl7", "AR", "ACK^O33^ACK"}, // an order sent to the host: refused
    };
    for (const auto &c : cases) {
        const PeerRun run = runPeer({QStringLiteral("send"), port, dir + u'/' + QString::fromLatin1(c.file),
                                     QString::fromLatin1(c.expected)});
        EXPECT_EQ(run.exitCode, 0) << c.file << ": " << run.output.toStdString();
        EXPECT_EQ(run.output, QStringLiteral("ok %1 %2").arg(QLatin1String(c.expected), QLatin1String(c.kind)))
            << c.file;
    }
}

TEST(LawPeer, Python3Hl7RefusesABrokenAck)
{
    ensureApp();
    std::string why;
    if (!peerAvailable(why))
        GTEST_SKIP() << why;
    QTemporaryDir tmp;
    ASSERT_TRUE(tmp.isValid());
    const auto write = [&](const char *name, const QByteArray &bytes) {
        QFile f(tmp.filePath(QString::fromLatin1(name)));
        EXPECT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        return f.fileName();
    };
    const QString good = write("good.hl7", "MSH|^~\\&|SGL||AN||20260301||ACK^R22^ACK|A1|P|2.5.1\rMSA|AA|C1\r");
    const QString noMsh = write("nomsh.hl7", "MSA|AA|C1\r");
    const QString noMsa = write("nomsa.hl7", "MSH|^~\\&|SGL||AN||20260301||ACK^R22^ACK|A1|P|2.5.1\r");
    const QString wrongId = write("wrongid.hl7", "MSH|^~\\&|SGL||AN||20260301||ACK^R22^ACK|A1|P|2.5.1\rMSA|AA|C2\r");
    EXPECT_EQ(runPeer({QStringLiteral("check"), good, QStringLiteral("C1"), QStringLiteral("AA")}).exitCode, 0);
    const PeerRun a = runPeer({QStringLiteral("check"), noMsh, QStringLiteral("C1"), QStringLiteral("AA")});
    EXPECT_EQ(a.exitCode, 1);
    EXPECT_TRUE(a.output.startsWith(QStringLiteral("refused: ParseException"))) << a.output.toStdString();
    const PeerRun b = runPeer({QStringLiteral("check"), noMsa, QStringLiteral("C1"), QStringLiteral("AA")});
    EXPECT_EQ(b.exitCode, 1);
    EXPECT_TRUE(b.output.startsWith(QStringLiteral("refused: KeyError"))) << b.output.toStdString();
    const PeerRun c = runPeer({QStringLiteral("check"), wrongId, QStringLiteral("C1"), QStringLiteral("AA")});
    EXPECT_EQ(c.exitCode, 1);
    EXPECT_EQ(c.output, QStringLiteral("refused: MSA-2 C2, C1 expected"));
}
