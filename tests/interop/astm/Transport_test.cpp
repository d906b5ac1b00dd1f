// The Qt transports end to end: TCP on 127.0.0.1 (server holding port 0) and RS-232 through a
// pseudo-terminal pair. Synchronised on signals (QSignalSpy::wait) or on a condition, never on
// a fixed sleep.
#include "TraceFiles.h"

#include "interop/astm/ControlCharacters.h"
#include "interop/astm/ErrorCodes.h"
#include "interop/astm/FrameCodec.h"
#include "interop/astm/SerialLink.h"
#include "interop/astm/TcpClientLink.h"
#include "interop/astm/TcpServerLink.h"

#include <QCoreApplication>
#include <QSignalSpy>
#include <QTest>

#include <fcntl.h>
#include <pty.h>
#include <termios.h>
#include <unistd.h>

#include <gtest/gtest.h>

using namespace sgl::interop::astm;

namespace {

void ensureApp()
{
    static int argc = 1;
    static char name[] = "test_interop_astm";
    static char *argv[] = {name, nullptr};
    static QCoreApplication *app = QCoreApplication::instance() ? nullptr : new QCoreApplication(argc, argv);
    (void)app;
}

const QByteArray kResults = "H|\\^&|||XN-550\rP|1\rO|1|S42||^^^^WBC\rR|1|^^^^WBC^1|8.13|10*3/uL||N||F\rL|1|N\r";

} // namespace

TEST(Transport, TcpInstrumentClientToHostServerAndOrderBack)
{
    ensureApp();
    TcpServerLink server;
    ASSERT_TRUE(server.listen(QHostAddress::LocalHost, 0).has_value());
    ASSERT_NE(server.port(), 0);
    QSignalSpy opened(&server, &TcpServerLink::connectionOpened);

    LinkOptions instrumentOptions;
    instrumentOptions.role = LinkRole::Instrument;
    TcpClientLink instrument(instrumentOptions);
    QSignalSpy connected(&instrument, &TcpClientLink::connected);
    instrument.connectToHost(QStringLiteral("127.0.0.1"), server.port());
    ASSERT_TRUE(connected.wait(5000));
    if (opened.isEmpty()) {
        ASSERT_TRUE(opened.wait(5000));
    }
    LinkDriver *host = server.drivers().value(0);
    ASSERT_NE(host, nullptr);

    QSignalSpy received(host, &LinkDriver::messageReceived);
    QSignalSpy sent(&instrument.driver(), &LinkDriver::sendFinished);
    ASSERT_TRUE(instrument.driver().send(kResults).has_value());
    ASSERT_TRUE(received.wait(5000));
    const QList<Message> got = host->takeMessages();
    ASSERT_EQ(got.size(), 1);
    EXPECT_EQ(got[0].shape(), QStringLiteral("HPORL"));
    EXPECT_EQ(got[0].records[3].field(4), QStringLiteral("8.13"));
    if (sent.isEmpty()) {
        ASSERT_TRUE(sent.wait(5000));
    }
    EXPECT_TRUE(sent.first().at(1).toBool());

    // The host answers with an order on the same connection.
    QSignalSpy back(&instrument.driver(), &LinkDriver::messageReceived);
    ASSERT_TRUE(host->send("H|\\^&\rP|1\rO|1|S43||^^^^WBC|R\rL|1|N\r").has_value());
    ASSERT_TRUE(back.wait(5000));
    const QList<Message> order = instrument.driver().takeMessages();
    ASSERT_EQ(order.size(), 1);
    EXPECT_EQ(order[0].records[2].field(3), QStringLiteral("S43"));
}

TEST(Transport, TcpDropMidMessageDiscardsThePartialMessage)
{
    ensureApp();
    TcpServerLink server;
    ASSERT_TRUE(server.listen(QHostAddress::LocalHost, 0).has_value());
    QSignalSpy opened(&server, &TcpServerLink::connectionOpened);
    QSignalSpy closed(&server, &TcpServerLink::connectionClosed);
    QTcpSocket raw;
    raw.connectToHost(QHostAddress::LocalHost, server.port());
    ASSERT_TRUE(raw.waitForConnected(5000));
    ASSERT_TRUE(opened.wait(5000));
    LinkDriver *host = server.drivers().value(0);
    ASSERT_NE(host, nullptr);
    QSignalSpy events(host, &LinkDriver::eventRaised);
    raw.write(QByteArray(1, ctl::ENQ) + FrameCodec::buildFrame(1, "H|\\^&\r", false) + QByteArray("\x02" "2P|1"));
    raw.flush();
    QByteArray acks;
    ASSERT_TRUE(QTest::qWaitFor([&] { acks += raw.readAll(); return acks.size() >= 2; }, 5000));
    EXPECT_EQ(acks, QByteArray(2, ctl::ACK)); // ENQ and frame 1 accepted, frame 2 still open
    raw.disconnectFromHost();
    ASSERT_TRUE(closed.wait(5000));
    QStringList codes;
    for (const QList<QVariant> &args : events)
        codes << args.at(0).value<LinkEvent>().code;
    EXPECT_TRUE(codes.contains(errc::ConnectionLost));
    EXPECT_TRUE(codes.contains(errc::PartialMessageDiscarded));
}

TEST(Transport, ListenOnABusyPortFailsWithItsCode)
{
    ensureApp();
    TcpServerLink first;
    ASSERT_TRUE(first.listen(QHostAddress::LocalHost, 0).has_value());
    TcpServerLink second;
    auto status = second.listen(QHostAddress::LocalHost, first.port());
    ASSERT_FALSE(status.has_value());
    EXPECT_EQ(status.error().code, errc::ListenFailed);
}

TEST(Transport, SerialThroughAPseudoTerminalPair)
{
    ensureApp();
    int master = -1;
    int slave = -1;
    char name[256] = {};
    ASSERT_EQ(openpty(&master, &slave, name, nullptr, nullptr), 0) << "openpty";
    termios raw{};
    tcgetattr(slave, &raw);
    cfmakeraw(&raw);
    tcsetattr(slave, TCSANOW, &raw);
    fcntl(master, F_SETFL, fcntl(master, F_GETFL) | O_NONBLOCK);

    SerialLink link;
    SerialSettings settings;
    settings.portName = QString::fromLocal8Bit(name);
    auto opened = link.open(settings);
    ASSERT_TRUE(opened.has_value()) << opened.error().message.toStdString();
    ::close(slave); // QSerialPort holds its own descriptor

    QSignalSpy received(&link.driver(), &LinkDriver::messageReceived);
    const QByteArray wire = QByteArray(1, ctl::ENQ) + FrameCodec::buildFrame(1, kResults, true) + QByteArray(1, ctl::EOT);
    ASSERT_EQ(::write(master, wire.constData(), static_cast<size_t>(wire.size())), wire.size());
    ASSERT_TRUE(received.wait(5000));
    const QList<Message> got = link.driver().takeMessages();
    ASSERT_EQ(got.size(), 1);
    EXPECT_EQ(got[0].records[2].field(3), QStringLiteral("S42"));

    QByteArray answers;
    ASSERT_TRUE(QTest::qWaitFor([&] {
        char buf[64];
        const ssize_t n = ::read(master, buf, sizeof buf);
        if (n > 0)
            answers.append(buf, n);
        return answers.size() >= 2;
    }, 5000));
    EXPECT_EQ(answers, QByteArray(2, ctl::ACK)); // ENQ and the frame
    link.close();
    ::close(master);
}

TEST(Transport, SerialOpenFailureNamesThePort)
{
    ensureApp();
    SerialLink link;
    SerialSettings settings;
    settings.portName = QStringLiteral("/dev/nonexistent-astm-port");
    auto status = link.open(settings);
    ASSERT_FALSE(status.has_value());
    EXPECT_EQ(status.error().code, errc::SerialOpenFailed);
    EXPECT_EQ(status.error().location, QStringLiteral("/dev/nonexistent-astm-port"));
}
