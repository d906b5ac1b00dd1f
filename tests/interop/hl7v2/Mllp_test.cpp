#include "TestFiles.h"

#include "interop/hl7v2/AckBuilder.h"
#include "interop/hl7v2/MllpClient.h"
#include "interop/hl7v2/MllpCodec.h"
#include "interop/hl7v2/MllpServer.h"
#include "interop/hl7v2/Parser.h"
#include "interop/hl7v2/Serializer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTcpSocket>

#include "RefusingPort.h"

#include <gtest/gtest.h>

using namespace sgl::interop::hl7v2;
using sgl::tests::hl7v2::sample;

namespace {

void ensureApp()
{
    static int argc = 1;
    static char name[] = "test_interop_hl7v2";
    static char *argv[] = {name, nullptr};
    static QCoreApplication *app = QCoreApplication::instance() ? nullptr : new QCoreApplication(argc, argv);
    (void)app;
}

// Answers every message with an AA (or an AR NACK naming the parse error).
std::optional<QByteArray> ackHandler(const QByteArray &bytes, const QString &)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto m = Parser::parse(bytes);
    if (!m) {
        const Message nack = AckBuilder::build(AckBuilder::peekHeader(bytes), AckCode::AR,
                                               {AckError::fromError(m.error())}, QStringLiteral("N"), now);
        return *Serializer::toBytes(nack);
    }
    return *Serializer::toBytes(AckBuilder::build(m->header(), AckCode::AA, {}, QStringLiteral("A"), now));
}

QString msa(const QByteArray &ack, int field)
{
    auto m = Parser::parse(ack);
    return m ? m->value(u"MSA", field) : QStringLiteral("<unparseable>");
}

} // namespace

TEST(Mllp, FramesPayload)
{
    EXPECT_EQ(MllpCodec::frame("MSH|x"), QByteArray("\x0BMSH|x\x1C\x0D"));
}

TEST(Mllp, DecodesFramesSplitAcrossReadsByteByByte)
{
    MllpCodec codec;
    const QByteArray wire = MllpCodec::frame("MSH|one\r") + MllpCodec::frame("MSH|two\r");
    for (char c : wire) {
        codec.feed(QByteArrayView(&c, 1));
    }
    const QList<QByteArray> frames = codec.takeFrames();
    ASSERT_EQ(frames.size(), 2);
    EXPECT_EQ(frames[0], QByteArray("MSH|one\r"));
    EXPECT_EQ(frames[1], QByteArray("MSH|two\r"));
    EXPECT_EQ(codec.discardedBytes(), 0);
}

TEST(Mllp, ToleratesGarbageMissingFinalCrAndRestartedFrames)
{
    MllpCodec codec;
    codec.feed("noise\r\n");
    codec.feed("\x0BMSH|a\x1C");           // no final CR
    codec.feed("\x0BMSH|partial\x0BMSH|b\x1C\x0D"); // restarted frame
    const QList<QByteArray> frames = codec.takeFrames();
    ASSERT_EQ(frames.size(), 2);
    EXPECT_EQ(frames[0], QByteArray("MSH|a"));
    EXPECT_EQ(frames[1], QByteArray("MSH|b"));
    EXPECT_GE(codec.discardedBytes(), 7 + 12);
    EXPECT_FALSE(codec.inFrame());
}

TEST(Mllp, DropsOversizedFrameAndResynchronises)
{
    MllpCodec codec(16);
    codec.feed("\x0B" + QByteArray(10, 'x'));
    codec.feed(QByteArray(10, 'y') + "\x1C\x0D");
    codec.feed(MllpCodec::frame("small"));
    const QList<QByteArray> frames = codec.takeFrames();
    ASSERT_EQ(frames.size(), 1);
    EXPECT_EQ(frames[0], QByteArray("small"));
    EXPECT_EQ(codec.oversizedFrames(), 1);
}

TEST(Mllp, HandlesLargeSingleLineBase64)
{
    MllpCodec codec;
    const QByteArray big = "MSH|^~\\&|A\rOBX|1|ED|x||^TEXT^XML^Base64^" + QByteArray(800 * 1024, 'Q') + "\r";
    const QByteArray wire = MllpCodec::frame(big);
    for (qsizetype i = 0; i < wire.size(); i += 1400)
        codec.feed(QByteArrayView(wire).sliced(i, std::min<qsizetype>(1400, wire.size() - i)));
    const QList<QByteArray> frames = codec.takeFrames();
    ASSERT_EQ(frames.size(), 1);
    EXPECT_EQ(frames[0], big);
}

TEST(MllpListener, ReturnsAckOnLoopback)
{
    ensureApp();
    MllpServer server(ackHandler);
    ASSERT_TRUE(server.listen(QHostAddress::LocalHost, 0).has_value());
    MllpClient client(QStringLiteral("127.0.0.1"), server.port());
    QByteArray message = sample("a28_vali.hl7");
    auto answer = client.exchange(message, 5000);
    ASSERT_TRUE(answer.has_value()) << answer.error().toString().toStdString();
    EXPECT_EQ(msa(*answer, 1), QStringLiteral("AA"));
    EXPECT_EQ(msa(*answer, 2), QStringLiteral("SGL-A28-0001"));

    // Same connection, malformed message: NACK with the location.
    auto nack = client.exchange("MSH|^~|GAM|HOP|SGL|LAB|1||ADT^A28|BAD-1|P|2.5\r", 5000);
    ASSERT_TRUE(nack.has_value());
    EXPECT_EQ(msa(*nack, 1), QStringLiteral("AR"));
    EXPECT_EQ(msa(*nack, 2), QStringLiteral("BAD-1"));
    auto parsed = Parser::parse(*nack);
    ASSERT_TRUE(parsed.has_value());
    EXPECT_EQ(parsed->segment(u"ERR")->raw(2), QStringLiteral("MSH^1^2"));
}

TEST(MllpListener, AnswersSplitAndBatchedFramesInOrder)
{
    ensureApp();
    MllpServer server(ackHandler);
    ASSERT_TRUE(server.listen(QHostAddress::LocalHost, 0).has_value());
    MllpClient client(QStringLiteral("127.0.0.1"), server.port());
    QByteArray first = sample("a28_vali.hl7");
    QByteArray second = sample("a31_used_name.hl7");
    const QByteArray wire = "junk" + MllpCodec::frame(first) + MllpCodec::frame(second);
    // Written in three pieces with the event loop running in between: split TCP reads.
    const qsizetype cut1 = 30, cut2 = wire.size() - 5;
    ASSERT_TRUE(client.sendRaw(wire.first(cut1)).has_value());
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < 50)
        QCoreApplication::processEvents();
    ASSERT_TRUE(client.sendRaw(wire.sliced(cut1, cut2 - cut1)).has_value());
    while (t.elapsed() < 100)
        QCoreApplication::processEvents();
    ASSERT_TRUE(client.sendRaw(wire.sliced(cut2)).has_value());
    auto a1 = client.awaitAnswer(5000);
    auto a2 = client.awaitAnswer(5000);
    ASSERT_TRUE(a1.has_value() && a2.has_value());
    EXPECT_EQ(msa(*a1, 2), QStringLiteral("SGL-A28-0001"));
    EXPECT_EQ(msa(*a2, 2), QStringLiteral("SGL-A31-0001"));
}

TEST(MllpListener, ClientReportsRefusedConnection)
{
    ensureApp();
    sgl::testing::RefusingPort refusing;
    ASSERT_TRUE(refusing.isValid());
    MllpClient client(QStringLiteral("127.0.0.1"), refusing.port());
    auto r = client.exchange("MSH|^~\\&|A\r", 2000);
    ASSERT_FALSE(r.has_value());
    EXPECT_EQ(r.error().code, QStringLiteral("hl7v2.mllp_connection"));
}

TEST(MllpListener, ReportsOversizedFrameAndKeepsServing)
{
    ensureApp();
    MllpServer server(ackHandler, nullptr, 4096);
    QStringList rejected;
    QObject::connect(&server, &MllpServer::frameRejected, [&](const QString &peer, const QString &) { rejected << peer; });
    ASSERT_TRUE(server.listen(QHostAddress::LocalHost, 0).has_value());
    MllpClient client(QStringLiteral("127.0.0.1"), server.port());
    ASSERT_TRUE(client.sendRaw(MllpCodec::frame("MSH|^~\\&|A\rOBX|" + QByteArray(10000, 'x') + "\r")).has_value());
    auto answer = client.exchange(sample("a28_vali.hl7"), 5000);
    ASSERT_TRUE(answer.has_value()) << answer.error().toString().toStdString();
    EXPECT_EQ(msa(*answer, 2), QStringLiteral("SGL-A28-0001")); // the oversized frame got no answer
    EXPECT_EQ(rejected.size(), 1);
}
