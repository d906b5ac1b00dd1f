// The raw-traffic log of a connection: printable control characters, timestamps and direction,
// rotation by size keeping N files, and a failure that is reported, never silent.

#include "GatewayTestSupport.h"

#include "interop/gateway/ErrorCodes.h"
#include "interop/gateway/TrafficLog.h"

#include <QFileInfo>
#include <QTimeZone>

namespace sgl::testing {
namespace {

using interop::gateway::TrafficDirection;
using interop::gateway::TrafficLog;
using interop::gateway::TrafficLogSettings;

QDateTime fixedClock()
{
    return QDateTime(QDate(2026, 12, 6), QTime(3, 50, 12, 123), Qt::UTC);
}

TEST(TrafficLog, PrintableNamesEveryControlCharacter)
{
    EXPECT_EQ(TrafficLog::printable("\x05"), QStringLiteral("<ENQ>"));
    EXPECT_EQ(TrafficLog::printable("\x02" "1H|\\^&\r\x03" "A5\r\n"),
              QStringLiteral("<STX>1H|\\^&<CR><ETX>A5<CR><LF>"));
    EXPECT_EQ(TrafficLog::printable("\x0b" "MSH\x1c\x0d"), QStringLiteral("<VT>MSH<FS><CR>"));
    EXPECT_EQ(TrafficLog::printable("a<b\x7f\xe9"), QStringLiteral("a<<>b<0x7F><0xE9>"));
    EXPECT_EQ(TrafficLog::printable("\x04\x06\x15\x17"), QStringLiteral("<EOT><ACK><NAK><ETB>"));
}

TEST(TrafficLog, LinesCarryTimeDirectionAndPeer)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    TrafficLog log({dir.path(), 1 << 20, 3}, QStringLiteral("xn"), {}, fixedClock);
    log.bytes(TrafficDirection::In, QStringLiteral("10.0.0.5:5000"), "\x05");
    log.bytes(TrafficDirection::Out, QStringLiteral("10.0.0.5:5000"), "\x06");
    log.note(QStringLiteral("10.0.0.5:5000"), QStringLiteral("connexion\nfermée"));
    const QStringList lines = readAll(log.currentPath()).split(u'\n', Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 3);
    EXPECT_EQ(lines[0], QStringLiteral("2026-12-06T03:50:12.123Z << 10.0.0.5:5000 <ENQ>"));
    EXPECT_EQ(lines[1], QStringLiteral("2026-12-06T03:50:12.123Z >> 10.0.0.5:5000 <ACK>"));
    EXPECT_EQ(lines[2], QStringLiteral("2026-12-06T03:50:12.123Z -- 10.0.0.5:5000 connexion fermée"));
    EXPECT_TRUE(log.currentPath().endsWith(QStringLiteral("/xn.log")));
}

TEST(TrafficLog, RotatesBySizeAndKeepsNFiles)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    TrafficLog log({dir.path(), 300, 2}, QStringLiteral("xn"), {}, fixedClock);
    const QByteArray chunk(100, 'x'); // one line = 100 + ~45 bytes of prefix
    for (int i = 0; i < 20; ++i)
        log.bytes(TrafficDirection::In, QStringLiteral("p"), chunk + QByteArray::number(i));
    const QStringList files = QDir(dir.path()).entryList(QDir::Files, QDir::Name);
    EXPECT_EQ(files, (QStringList{QStringLiteral("xn.1.log"), QStringLiteral("xn.2.log"), QStringLiteral("xn.log")}));
    for (const QString &f : files)
        EXPECT_LE(QFileInfo(dir.filePath(f)).size(), 300) << f.toStdString();
    // The newest line is in the current file, the oldest kept ones in xn.2.log, the rest gone.
    EXPECT_TRUE(readAll(dir.filePath(QStringLiteral("xn.log"))).contains(QStringLiteral("x19\n")));
    EXPECT_FALSE(readAll(dir.filePath(QStringLiteral("xn.2.log"))).contains(QStringLiteral("x0\n")));
}

TEST(TrafficLog, UnwritableDirectoryIsReportedAtEachWrite)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    QFile blocker(dir.filePath(QStringLiteral("file")));
    ASSERT_TRUE(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    QList<domain::Error> failures;
    TrafficLog log({dir.filePath(QStringLiteral("file/sub")), 1000, 1}, QStringLiteral("xn"),
                   [&](const domain::Error &e) { failures << e; });
    log.bytes(TrafficDirection::In, QStringLiteral("p"), "\x05");
    log.bytes(TrafficDirection::Out, QStringLiteral("p"), "\x06");
    ASSERT_EQ(failures.size(), 2);
    EXPECT_EQ(failures[0].code, interop::gateway::errc::TrafficLogFailed);
    EXPECT_TRUE(failures[0].location.endsWith(QStringLiteral("xn.log")));
    EXPECT_FALSE(failures[0].message.isEmpty());
}

TEST(TrafficLog, DisabledWithoutDirectory)
{
    int failures = 0;
    TrafficLog log({}, QStringLiteral("xn"), [&](const domain::Error &) { ++failures; });
    EXPECT_FALSE(log.enabled());
    log.bytes(TrafficDirection::In, QStringLiteral("p"), "\x05");
    EXPECT_EQ(failures, 0);
    EXPECT_TRUE(log.currentPath().isEmpty());
}

} // namespace
} // namespace sgl::testing
