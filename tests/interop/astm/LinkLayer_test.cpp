// The E1381 state machine, transition by transition, with time moved by hand (ManualClock):
// no sleep anywhere.
#include "TraceFiles.h"

#include "interop/astm/ControlCharacters.h"
#include "interop/astm/ErrorCodes.h"
#include "interop/astm/FrameCodec.h"
#include "interop/astm/LinkLayer.h"
#include "interop/astm/ManualClock.h"
#include "interop/astm/MessageAssembler.h"

#include <gtest/gtest.h>

using namespace sgl::interop::astm;

namespace {

const QByteArray ENQ(1, ctl::ENQ), ACK(1, ctl::ACK), NAK(1, ctl::NAK), EOT(1, ctl::EOT);

QByteArray frame(int fn, const QByteArray &text, bool last = true)
{
    return FrameCodec::buildFrame(fn, text, last);
}

// A frame whose checksum is off by one.
QByteArray badFrame(int fn, const QByteArray &text)
{
    QByteArray f = frame(fn, text);
    f[f.size() - 3] = f[f.size() - 3] == '0' ? '1' : '0';
    return f;
}

QStringList codes(LinkLayer &link)
{
    QStringList out;
    for (const LinkEvent &e : link.takeEvents())
        out << e.code;
    return out;
}

QList<QByteArray> messages(LinkLayer &link)
{
    QList<QByteArray> out;
    for (const LinkDelivery &d : link.takeDeliveries())
        if (d.kind == LinkDelivery::Kind::Message)
            out << d.text;
    return out;
}

struct Fixture : ::testing::Test {
    ManualClock clock;
    LinkLayer link{clock};
};

} // namespace

// ---- receiving ------------------------------------------------------------------------------

TEST_F(Fixture, EnqIsAcknowledgedAndFramesAreAcceptedInOrder)
{
    link.feed(ENQ);
    EXPECT_EQ(link.takeOutput(), ACK);
    EXPECT_EQ(link.state(), LinkState::Receiving);
    link.feed(frame(1, "H|\\^&\r"));
    link.feed(frame(2, "L|1|N\r"));
    EXPECT_EQ(link.takeOutput(), ACK + ACK);
    link.feed(EOT);
    EXPECT_EQ(link.state(), LinkState::Neutral);
    const QList<LinkDelivery> d = link.takeDeliveries();
    ASSERT_EQ(d.size(), 3);
    EXPECT_EQ(d[0].text, QByteArray("H|\\^&\r"));
    EXPECT_EQ(d[1].text, QByteArray("L|1|N\r"));
    EXPECT_EQ(d[2].kind, LinkDelivery::Kind::EndOfTransfer);
    EXPECT_EQ(link.takeOutput(), QByteArray());
}

TEST_F(Fixture, FrameNumbersWrapFromSevenToZero)
{
    link.feed(ENQ);
    for (int i = 1; i <= 10; ++i)
        link.feed(frame(i % 8, "R|" + QByteArray::number(i) + "\r"));
    EXPECT_EQ(link.takeOutput(), ACK + QByteArray(10, ctl::ACK));
    EXPECT_EQ(messages(link).size(), 10);
}

TEST_F(Fixture, BadChecksumIsNakedAndNothingIsStored)
{
    link.feed(ENQ);
    (void)link.takeOutput();
    link.feed(badFrame(1, "H|\\^&\r"));
    EXPECT_EQ(link.takeOutput(), NAK);
    EXPECT_TRUE(messages(link).isEmpty());
    const QList<LinkEvent> events = link.takeEvents();
    ASSERT_FALSE(events.isEmpty());
    EXPECT_EQ(events.last().code, errc::BadChecksum);
    EXPECT_EQ(events.last().location, QStringLiteral("frame 1, FN 1"));
    // The sender's retransmission, correct this time, is taken as frame 1.
    link.feed(frame(1, "H|\\^&\r"));
    EXPECT_EQ(link.takeOutput(), ACK);
    EXPECT_EQ(messages(link), QList<QByteArray>{"H|\\^&\r"});
}

TEST_F(Fixture, MissingOrNonHexChecksumIsNaked)
{
    link.feed(ENQ);
    (void)link.takeOutput();
    link.feed(QByteArray("\x02" "1H|x\r\x03" "\r\n"));
    EXPECT_EQ(link.takeOutput(), NAK);
    EXPECT_EQ(codes(link).last(), errc::MalformedChecksum);
    link.feed(QByteArray("\x02" "1H|x\r\x03" "G7\r\n"));
    EXPECT_EQ(link.takeOutput(), NAK);
    EXPECT_TRUE(messages(link).isEmpty());
}

TEST_F(Fixture, WrongFrameNumberIsNakedAndNeverStored)
{
    link.feed(ENQ);
    link.feed(frame(1, "H|\\^&\r"));
    (void)link.takeOutput();
    (void)link.takeDeliveries();
    link.feed(frame(3, "P|1\r"));
    EXPECT_EQ(link.takeOutput(), NAK);
    EXPECT_EQ(codes(link).last(), errc::BadFrameNumber);
    EXPECT_TRUE(messages(link).isEmpty());
    link.feed(frame(8 + 'x' - 'x', "P|1\r")); // FN 0: still wrong (2 expected)
    EXPECT_EQ(link.takeOutput(), NAK);
    link.feed(QByteArray("\x02" "9P|1\r\x03") + FrameCodec::checksumText(FrameCodec::checksum("9P|1\r\x03")) + "\r\n");
    EXPECT_EQ(link.takeOutput(), NAK);
    EXPECT_EQ(codes(link).last(), errc::BadFrameNumber);
}

TEST_F(Fixture, DuplicateOfTheLastAcceptedFrameIsAcknowledgedAndDiscarded)
{
    link.feed(ENQ);
    link.feed(frame(1, "H|\\^&\r"));
    link.feed(frame(1, "H|\\^&\r"));
    EXPECT_EQ(link.takeOutput(), ACK + ACK + ACK);
    EXPECT_EQ(messages(link).size(), 1);
    EXPECT_TRUE(codes(link).contains(errc::DuplicateFrame));
    link.feed(frame(2, "L|1\r"));
    EXPECT_EQ(link.takeOutput(), ACK);
}

TEST_F(Fixture, LenientPolicyKeepsOutOfSequenceFramesButStillDropsTrueRepeats)
{
    LinkOptions options;
    options.frameNumbers = FrameNumberPolicy::Lenient;
    LinkLayer lenient(clock, options);
    lenient.feed(ENQ);
    lenient.feed(frame(1, "A\r"));
    lenient.feed(frame(1, "B\r")); // same FN, other text: kept
    lenient.feed(frame(1, "B\r")); // identical: retransmission
    lenient.feed(frame(5, "C\r")); // jump: kept with a warning
    EXPECT_EQ(lenient.takeOutput(), QByteArray(5, ctl::ACK));
    EXPECT_EQ(messages(lenient), (QList<QByteArray>{"A\r", "B\r", "C\r"}));
    const QStringList c = codes(lenient);
    EXPECT_EQ(c.count(errc::FrameOutOfSequence), 2);
    EXPECT_EQ(c.count(errc::DuplicateFrame), 1);
    lenient.feed(badFrame(6, "D\r")); // checksums are never negotiable
    EXPECT_EQ(lenient.takeOutput(), NAK);
}

TEST_F(Fixture, EtbFramesAreJoinedUntilEtx)
{
    link.feed(ENQ);
    link.feed(frame(1, "R|1|^^^GL", false));
    link.feed(frame(2, "U|5.5\r", true));
    EXPECT_EQ(messages(link), QList<QByteArray>{"R|1|^^^GLU|5.5\r"});
}

TEST_F(Fixture, RestrictedCharacterInTextIsNaked)
{
    link.feed(ENQ);
    (void)link.takeOutput();
    link.feed(frame(1, QByteArray("R|1|a\x10" "b\r")));
    EXPECT_EQ(link.takeOutput(), NAK);
    EXPECT_EQ(codes(link).last(), errc::RestrictedCharacter);
    EXPECT_TRUE(messages(link).isEmpty());
}

TEST_F(Fixture, TolerancesOfRealInstrumentsAreWarnedNotRefused)
{
    link.feed(ENQ);
    (void)link.takeOutput();
    // Lowercase checksum, CR-only trailer, LF-only trailer, no trailer, garbage between frames.
    QByteArray f1 = frame(1, "H|\\^&\r");
    f1 = f1.left(f1.size() - 4) + f1.mid(f1.size() - 4, 2).toLower() + "\r";
    QByteArray f2 = frame(2, "P|1\r");
    f2.chop(2);
    f2 += "\n";
    QByteArray f3 = frame(3, "O|1|S1\r");
    f3.chop(2);
    link.feed(f1 + "\xEF\xBF\xBD" + f2 + f3);
    EXPECT_EQ(link.takeOutput(), ACK + ACK + ACK);
    EXPECT_EQ(messages(link).size(), 3);
    const QStringList c = codes(link);
    EXPECT_TRUE(c.contains(errc::LowercaseChecksum));
    EXPECT_TRUE(c.contains(errc::StrayBytes));
}

TEST_F(Fixture, OversizeFramesAreAcceptedUpToTheLimit)
{
    LinkOptions options;
    options.maxReceivedFrameBytes = 1000;
    LinkLayer small(clock, options);
    small.feed(ENQ);
    small.feed(frame(1, QByteArray(900, 'x')));
    EXPECT_EQ(small.takeOutput(), ACK + ACK);
    small.feed(frame(2, QByteArray(1200, 'y')));
    EXPECT_EQ(small.takeOutput(), NAK);
    EXPECT_EQ(codes(small).last(), errc::FrameTooLarge);
    EXPECT_EQ(messages(small).size(), 1);
}

TEST_F(Fixture, FrameWithoutEnqOpensATransfer)
{
    link.feed(frame(1, "H|\\^&\rL|1\r"));
    EXPECT_EQ(link.takeOutput(), ACK);
    EXPECT_EQ(codes(link).first(), errc::FrameWithoutEnq);
    EXPECT_EQ(messages(link).size(), 1);
}

TEST_F(Fixture, StrictLinkCanRefuseFramesWithoutEnq)
{
    LinkOptions options;
    options.acceptFramesWithoutEnq = false;
    LinkLayer strict(clock, options);
    strict.feed(frame(1, "H|\\^&\r"));
    EXPECT_EQ(strict.takeOutput(), QByteArray());
    EXPECT_TRUE(messages(strict).isEmpty());
    EXPECT_EQ(codes(strict), QStringList{errc::StrayBytes});
}

TEST_F(Fixture, TruncatedFrameIsDroppedAndTheNextOneRead)
{
    link.feed(ENQ);
    (void)link.takeOutput();
    link.feed(QByteArray("\x02" "1H|\\^&") + frame(1, "H|\\^&\r"));
    EXPECT_EQ(link.takeOutput(), ACK);
    EXPECT_TRUE(codes(link).contains(errc::TruncatedFrame));
    EXPECT_EQ(messages(link).size(), 1);
}

TEST_F(Fixture, ReceiveTimerDiscardsThePartialMessageAfter30Seconds)
{
    link.feed(ENQ);
    link.feed(frame(1, "R|1|^^^GL", false));
    ASSERT_EQ(link.nextDeadline(), 30000);
    clock.advance(29999);
    link.handleTimers();
    EXPECT_EQ(link.state(), LinkState::Receiving);
    clock.advance(1);
    link.handleTimers();
    EXPECT_EQ(link.state(), LinkState::Neutral);
    const QStringList c = codes(link);
    EXPECT_TRUE(c.contains(errc::ReceiveTimeout));
    EXPECT_TRUE(c.contains(errc::PartialMessageDiscarded));
    const QList<LinkDelivery> d = link.takeDeliveries();
    ASSERT_EQ(d.size(), 1);
    EXPECT_EQ(d[0].kind, LinkDelivery::Kind::TransferAborted);
}

TEST_F(Fixture, EachFrameRestartsTheReceiveTimer)
{
    link.feed(ENQ);
    clock.advance(20000);
    link.feed(frame(1, "H|\\^&\r"));
    EXPECT_EQ(link.nextDeadline(), 50000);
}

TEST_F(Fixture, EotInTheMiddleOfAMessageAbortsIt)
{
    link.feed(ENQ);
    link.feed(frame(1, "R|1|^^^GL", false));
    link.feed(EOT);
    const QList<LinkDelivery> d = link.takeDeliveries();
    ASSERT_EQ(d.size(), 1);
    EXPECT_EQ(d[0].kind, LinkDelivery::Kind::TransferAborted);
}

TEST_F(Fixture, DroppedConnectionMidMessageDiscardsIt)
{
    link.feed(ENQ);
    link.feed(frame(1, "H|\\^&\r"));
    link.feed(QByteArray("\x02" "2P|1"));
    link.connectionLost();
    EXPECT_EQ(link.state(), LinkState::Neutral);
    const QList<LinkDelivery> d = link.takeDeliveries();
    ASSERT_EQ(d.size(), 2);
    EXPECT_EQ(d[1].kind, LinkDelivery::Kind::TransferAborted);
    EXPECT_TRUE(codes(link).contains(errc::ConnectionLost));
    // A fresh transfer starts clean (no stale partial frame).
    link.feed(ENQ + frame(1, "H|\\^&\r"));
    EXPECT_EQ(messages(link).size(), 1);
}

TEST_F(Fixture, BusyReceiverAnswersNak)
{
    link.setBusy(true);
    link.feed(ENQ);
    EXPECT_EQ(link.takeOutput(), NAK);
    EXPECT_EQ(link.state(), LinkState::Neutral);
    link.setBusy(false);
    link.feed(ENQ);
    EXPECT_EQ(link.takeOutput(), ACK);
}

TEST_F(Fixture, ReceiverInterruptAnswersEotInsteadOfAck)
{
    link.feed(ENQ);
    (void)link.takeOutput();
    link.requestInterrupt();
    link.feed(frame(1, "H|\\^&\r"));
    EXPECT_EQ(link.takeOutput(), EOT);
    EXPECT_EQ(messages(link).size(), 1); // the frame itself is accepted
    link.feed(frame(2, "P|1\r"));
    EXPECT_EQ(link.takeOutput(), ACK);
}

TEST_F(Fixture, TrafficObserverSeesBothDirectionsWithTime)
{
    QList<std::tuple<TrafficDirection, QByteArray, qint64>> seen;
    link.setTrafficObserver([&](TrafficDirection d, QByteArrayView b, qint64 t) { seen.append({d, b.toByteArray(), t}); });
    clock.set(1234);
    link.feed(ENQ);
    ASSERT_EQ(seen.size(), 2);
    EXPECT_EQ(std::get<0>(seen[0]), TrafficDirection::Received);
    EXPECT_EQ(std::get<1>(seen[0]), ENQ);
    EXPECT_EQ(std::get<0>(seen[1]), TrafficDirection::Sent);
    EXPECT_EQ(std::get<1>(seen[1]), ACK);
    EXPECT_EQ(std::get<2>(seen[1]), 1234);
}

TEST_F(Fixture, MessageWithoutLRecordEndsWithAWarningAtEot)
{
    MessageAssembler assembler;
    link.feed(ENQ + frame(1, "H|\\^&\rP|1\rO|1|S1\rR|1|^^^GLU|5\r") + EOT);
    for (const LinkDelivery &d : link.takeDeliveries())
        assembler.apply(d);
    const QList<Message> m = assembler.takeMessages();
    ASSERT_EQ(m.size(), 1);
    EXPECT_FALSE(m[0].terminated);
    EXPECT_EQ(m[0].warnings.first().code, errc::MissingTerminator);
}

// ---- sending --------------------------------------------------------------------------------

TEST_F(Fixture, HostSendsEnqFramesAndEot)
{
    auto id = link.send("H|\\^&\rL|1|N\r");
    ASSERT_TRUE(id.has_value());
    EXPECT_EQ(link.takeOutput(), ENQ);
    EXPECT_EQ(link.state(), LinkState::WaitingEnqReply);
    link.feed(ACK);
    EXPECT_EQ(link.takeOutput(), frame(1, "H|\\^&\r"));
    link.feed(ACK);
    EXPECT_EQ(link.takeOutput(), frame(2, "L|1|N\r"));
    link.feed(ACK);
    EXPECT_EQ(link.takeOutput(), EOT);
    EXPECT_EQ(link.state(), LinkState::Neutral);
    const QList<SendOutcome> o = link.takeSendOutcomes();
    ASSERT_EQ(o.size(), 1);
    EXPECT_TRUE(o[0].delivered);
    EXPECT_EQ(o[0].id, *id);
}

TEST_F(Fixture, LongRecordsAreSplitAt240CharactersWithEtb)
{
    const QByteArray record = "R|1|" + QByteArray(496, 'x') + "\r"; // 501 characters
    ASSERT_TRUE(link.send(record).has_value());
    (void)link.takeOutput();
    link.feed(ACK);
    EXPECT_EQ(link.takeOutput(), frame(1, record.left(240), false));
    link.feed(ACK);
    EXPECT_EQ(link.takeOutput(), frame(2, record.mid(240, 240), false));
    link.feed(ACK);
    EXPECT_EQ(link.takeOutput(), frame(3, record.mid(480), true));
    EXPECT_EQ(frame(1, record.left(240), false).size(), 247);
}

TEST_F(Fixture, NakedFrameIsResentAndAbortedAfterSixAttempts)
{
    ASSERT_TRUE(link.send("H|\\^&\r").has_value());
    (void)link.takeOutput();
    link.feed(ACK);
    const QByteArray f = frame(1, "H|\\^&\r");
    EXPECT_EQ(link.takeOutput(), f); // attempt 1
    for (int attempt = 2; attempt <= 6; ++attempt) {
        link.feed(NAK);
        EXPECT_EQ(link.takeOutput(), f) << "attempt " << attempt;
    }
    link.feed(NAK); // sixth refusal: abort
    EXPECT_EQ(link.takeOutput(), EOT);
    EXPECT_EQ(link.state(), LinkState::Neutral);
    const QList<SendOutcome> o = link.takeSendOutcomes();
    ASSERT_EQ(o.size(), 1);
    EXPECT_FALSE(o[0].delivered);
    EXPECT_EQ(o[0].errorCode, errc::SendAborted);
    EXPECT_TRUE(codes(link).contains(errc::SendAborted));
}

TEST_F(Fixture, NoReplyToAFrameWithin15SecondsAbortsTheMessage)
{
    ASSERT_TRUE(link.send("H|\\^&\r").has_value());
    link.feed(ACK);
    (void)link.takeOutput();
    EXPECT_EQ(link.nextDeadline(), 15000);
    clock.advance(14999);
    link.handleTimers();
    EXPECT_EQ(link.takeOutput(), QByteArray());
    clock.advance(1);
    link.handleTimers();
    EXPECT_EQ(link.takeOutput(), EOT);
    EXPECT_EQ(link.takeSendOutcomes().first().errorCode, errc::ReplyTimeout);
}

TEST_F(Fixture, NoReplyToEnqIsRetriedLater)
{
    ASSERT_TRUE(link.send("H|\\^&\r").has_value());
    EXPECT_EQ(link.takeOutput(), ENQ);
    clock.advance(15000);
    link.handleTimers();
    EXPECT_EQ(link.takeOutput(), EOT);
    EXPECT_EQ(link.queuedMessages(), 1);
    clock.advance(9999);
    link.handleTimers();
    EXPECT_EQ(link.takeOutput(), QByteArray());
    clock.advance(1);
    link.handleTimers();
    EXPECT_EQ(link.takeOutput(), ENQ);
}

TEST_F(Fixture, NakToEnqMeansBusyAndWaitsTenSeconds)
{
    ASSERT_TRUE(link.send("H|\\^&\r").has_value());
    (void)link.takeOutput();
    link.feed(NAK);
    EXPECT_EQ(link.state(), LinkState::Neutral);
    EXPECT_EQ(link.nextDeadline(), 10000);
    clock.advance(9999);
    link.handleTimers();
    EXPECT_EQ(link.takeOutput(), QByteArray());
    clock.advance(1);
    link.handleTimers();
    EXPECT_EQ(link.takeOutput(), ENQ);
    EXPECT_TRUE(codes(link).contains(errc::ReceiverBusy));
}

TEST_F(Fixture, ContentionTheInstrumentWinsAndTheHostRetriesAfter20Seconds)
{
    ASSERT_TRUE(link.send("H|\\^&\r").has_value());
    EXPECT_EQ(link.takeOutput(), ENQ);
    link.feed(ENQ); // the instrument wanted the line too
    EXPECT_EQ(link.takeOutput(), QByteArray()); // the host does not answer that ENQ
    EXPECT_EQ(link.state(), LinkState::Neutral);
    EXPECT_TRUE(codes(link).contains(errc::Contention));
    clock.advance(1000); // the instrument re-sends ENQ after >= 1 s
    link.feed(ENQ);
    EXPECT_EQ(link.takeOutput(), ACK);
    link.feed(frame(1, "H|\\^&\rL|1\r") + EOT);
    EXPECT_EQ(link.takeOutput(), ACK);
    clock.advance(18999); // 19.999 s after the contention
    link.handleTimers();
    EXPECT_EQ(link.takeOutput(), QByteArray());
    clock.advance(1);
    link.handleTimers();
    EXPECT_EQ(link.takeOutput(), ENQ);
}

TEST_F(Fixture, ContentionAsInstrumentKeepsTheLine)
{
    LinkOptions options;
    options.role = LinkRole::Instrument;
    LinkLayer instrument(clock, options);
    ASSERT_TRUE(instrument.send("H|\\^&\r").has_value());
    EXPECT_EQ(instrument.takeOutput(), ENQ);
    instrument.feed(ENQ);
    clock.advance(999);
    instrument.handleTimers();
    EXPECT_EQ(instrument.takeOutput(), QByteArray());
    clock.advance(1);
    instrument.handleTimers();
    EXPECT_EQ(instrument.takeOutput(), ENQ);
}

TEST_F(Fixture, ReceiverInterruptIsHonouredAndTheMessageResentWhole)
{
    ASSERT_TRUE(link.send("H|\\^&\rP|1\rL|1\r").has_value());
    link.feed(ACK);
    link.feed(ACK);
    (void)link.takeOutput();
    link.feed(EOT); // frame 2 accepted, but the receiver wants to talk
    EXPECT_EQ(link.takeOutput(), EOT);
    EXPECT_EQ(link.state(), LinkState::Neutral);
    EXPECT_TRUE(link.takeSendOutcomes().isEmpty());
    EXPECT_TRUE(codes(link).contains(errc::ReceiverInterrupt));
    clock.advance(15000);
    link.handleTimers();
    EXPECT_EQ(link.takeOutput(), ENQ);
    link.feed(ACK);
    EXPECT_EQ(link.takeOutput(), frame(1, "H|\\^&\r"));
}

TEST_F(Fixture, SendRefusesControlCharactersAndEmptyMessages)
{
    auto bad = link.send(QByteArray("H|\\^&\rP|1|a\x03" "b\r"));
    ASSERT_FALSE(bad.has_value());
    EXPECT_EQ(bad.error().code, errc::RestrictedCharacterInText);
    EXPECT_EQ(bad.error().location, QStringLiteral("offset 11"));
    auto lf = link.send(QByteArray("H|\\^&\n"));
    ASSERT_FALSE(lf.has_value());
    EXPECT_EQ(lf.error().code, errc::RestrictedCharacterInText);
    auto empty = link.send({});
    ASSERT_FALSE(empty.has_value());
    EXPECT_EQ(empty.error().code, errc::EmptyMessage);
    EXPECT_EQ(link.takeOutput(), QByteArray());
}

TEST_F(Fixture, ConnectionLostFailsQueuedSends)
{
    ASSERT_TRUE(link.send("H|\\^&\r").has_value());
    ASSERT_TRUE(link.send("H|\\^&\r").has_value());
    link.connectionLost();
    const QList<SendOutcome> o = link.takeSendOutcomes();
    ASSERT_EQ(o.size(), 2);
    EXPECT_EQ(o[0].errorCode, errc::ConnectionLost);
    EXPECT_EQ(link.state(), LinkState::Neutral);
}

TEST_F(Fixture, TwoLinkLayersTalkToEachOther)
{
    LinkOptions instrumentOptions;
    instrumentOptions.role = LinkRole::Instrument;
    LinkLayer instrument(clock, instrumentOptions);
    MessageAssembler assembler;
    const QByteArray message = "H|\\^&\rP|1\rO|1|S1||^^^GLU\rR|1|^^^GLU|" + QByteArray(300, '9') + "\rL|1|N\r";
    ASSERT_TRUE(instrument.send(message).has_value());
    for (int round = 0; round < 50; ++round) {
        link.feed(instrument.takeOutput());
        instrument.feed(link.takeOutput());
    }
    for (const LinkDelivery &d : link.takeDeliveries())
        assembler.apply(d);
    const QList<Message> m = assembler.takeMessages();
    ASSERT_EQ(m.size(), 1);
    EXPECT_EQ(m[0].shape(), QStringLiteral("HPORL"));
    EXPECT_EQ(m[0].records[3].field(4), QString(300, u'9'));
    EXPECT_TRUE(instrument.takeSendOutcomes().first().delivered);
}
