// E1394 records: declared delimiters, escapes, repeats and components, separators, several
// messages in a stream, error codes and locations; the host's writer and its escaping.
#include "TraceFiles.h"

#include "interop/astm/ErrorCodes.h"
#include "interop/astm/Escaping.h"
#include "interop/astm/MessageAssembler.h"
#include "interop/astm/RecordWriter.h"
#include "interop/astm/ReplayDecoder.h"
#include "interop/astm/FrameCodec.h"
#include "interop/astm/ResultExtractor.h"

#include <gtest/gtest.h>

using namespace sgl::interop::astm;

namespace {

QList<Message> parse(const QByteArray &text, TextEncoding encoding = TextEncoding::Latin1)
{
    MessageAssembler assembler(encoding);
    assembler.addText(text, true);
    assembler.endOfTransfer(false);
    return assembler.takeMessages();
}

} // namespace

TEST(Records, FieldsRepeatsAndComponentsAreNumberedAsE1394)
{
    const QList<Message> m = parse("H|\\^&|||SGL^1.0\rR|1|^^^GLU^Glucose|5.5|mmol/L||H\\L||F\rL|1|N\r");
    ASSERT_EQ(m.size(), 1);
    const Record &r = m[0].records[1];
    EXPECT_EQ(r.type(), QStringLiteral("R"));
    EXPECT_EQ(r.field(1), QStringLiteral("R"));
    EXPECT_EQ(r.field(4), QStringLiteral("5.5"));
    EXPECT_EQ(r.component(3, 4), QStringLiteral("GLU"));
    EXPECT_EQ(r.component(3, 5), QStringLiteral("Glucose"));
    EXPECT_EQ(r.componentCount(3), 5);
    EXPECT_EQ(r.repeatCount(7), 2);
    EXPECT_EQ(r.repeat(7, 2), QStringLiteral("L"));
    EXPECT_EQ(r.field(40), QString());
    EXPECT_EQ(r.component(3, 9), QString());
    EXPECT_EQ(m[0].header()->field(2), QStringLiteral("\\^&"));
    EXPECT_EQ(m[0].header()->component(5, 2), QStringLiteral("1.0"));
}

TEST(Records, DelimitersComeFromTheHeaderNeverAssumed)
{
    const QList<Message> m = parse("H!~$%\rR!1!$$$GLU~X!a%S%b~c\rL!1\r");
    ASSERT_EQ(m.size(), 1);
    EXPECT_TRUE(m[0].errors.isEmpty());
    const Record &r = m[0].records[1];
    EXPECT_EQ(r.component(3, 4), QStringLiteral("GLU"));
    EXPECT_EQ(r.repeat(3, 2), QStringLiteral("X"));
    EXPECT_EQ(r.component(4, 1), QStringLiteral("a$b")); // %S% = the component delimiter
    EXPECT_EQ(r.repeatCount(4), 2);
}

TEST(Records, EscapeSequencesAreDecodedAfterSplitting)
{
    const Delimiters d;
    EXPECT_EQ(unescape(u"a&F&b&S&c&R&d&E&e", d), QStringLiteral("a|b^c\\d&e"));
    EXPECT_EQ(unescape(u"x&X0D0A&y", d), QStringLiteral("x\r\ny"));
    EXPECT_EQ(unescape(u"&H&bold&N&", d), QStringLiteral("bold"));
    EXPECT_EQ(unescape(u"R&D", d), QStringLiteral("R&D"));         // unclosed: kept
    EXPECT_EQ(unescape(u"a&Q&b", d), QStringLiteral("a&Q&b"));     // unknown: kept
    EXPECT_EQ(unescape(u"&X4&", d), QStringLiteral("&X4&"));       // odd hex: kept
    const QList<Message> m = parse("H|\\^&\rO|1|A&S&B^2\rL|1\r");
    EXPECT_EQ(m[0].records[1].component(3, 1), QStringLiteral("A^B"));
    EXPECT_EQ(m[0].records[1].componentCount(3), 2);
}

TEST(Records, CrLfAndCrLfSeparatorsAndSeveralMessages)
{
    const QList<Message> m = parse("H|\\^&\nP|1\r\nL|1\rH|\\^&\r\rQ|1|^S1\nL|1|N");
    ASSERT_EQ(m.size(), 2);
    EXPECT_EQ(m[0].shape(), QStringLiteral("HPL"));
    EXPECT_EQ(m[1].shape(), QStringLiteral("HQL"));
    EXPECT_EQ(m[1].index, 2);
    EXPECT_TRUE(m[1].terminated);
}

TEST(Records, RecordContinuedAcrossTextChunks)
{
    MessageAssembler assembler;
    assembler.addText("H|\\^&\rR|1|^^^GL", false);
    assembler.addText("U|5.5\rL|1\r", false);
    assembler.endOfTransfer(false);
    const QList<Message> m = assembler.takeMessages();
    ASSERT_EQ(m.size(), 1);
    EXPECT_EQ(m[0].records[1].component(3, 4), QStringLiteral("GLU"));
}

TEST(Records, UnknownRecordTypesAreKept)
{
    const QList<Message> m = parse("H|\\^&\rS|1|x\rZ|1|vendor\rL|1\r");
    EXPECT_EQ(m[0].shape(), QStringLiteral("HSZL"));
    EXPECT_TRUE(m[0].warnings.isEmpty());
}

TEST(Records, MalformedRecordTypeIsKeptWithAWarningAndItsLocation)
{
    const QList<Message> m = parse("H|\\^&\rP|1\r12|x\rL|1\r");
    ASSERT_EQ(m[0].warnings.size(), 1);
    EXPECT_EQ(m[0].warnings[0].code, errc::BadRecordType);
    EXPECT_EQ(m[0].warnings[0].location, QStringLiteral("message 1, record 3"));
    EXPECT_EQ(m[0].records.size(), 4);
}

TEST(Records, BadDelimitersAreAnErrorAtH2)
{
    const QList<Message> m = parse("H|a^&\rL|1\r");
    ASSERT_EQ(m.size(), 1);
    ASSERT_EQ(m[0].errors.size(), 1);
    EXPECT_EQ(m[0].errors[0].code, errc::BadDelimiters);
    EXPECT_EQ(m[0].errors[0].location, QStringLiteral("message 1, record 1 (H-2)"));
    const QList<Message> dup = parse("H|^^&\rL|1\r");
    EXPECT_EQ(dup[0].errors.value(0).code, errc::BadDelimiters);
    auto tooShort = Delimiters::fromHeader(u"H|\\");
    ASSERT_FALSE(tooShort.has_value());
    EXPECT_EQ(tooShort.error().code, errc::BadDelimiters);
}

TEST(Records, RecordsBeforeAnyHeaderAreReportedNotDropped)
{
    MessageAssembler assembler;
    assembler.addText("R|1|^^^GLU|5\rH|\\^&\rL|1\r", true);
    const QList<sgl::domain::Error> problems = assembler.takeProblems();
    ASSERT_EQ(problems.size(), 1);
    EXPECT_EQ(problems[0].code, errc::RecordOutsideMessage);
    EXPECT_TRUE(problems[0].message.contains(QStringLiteral("R|1|^^^GLU|5")));
    EXPECT_EQ(assembler.takeMessages().size(), 1);
}

TEST(Records, NewHeaderBeforeLClosesThePreviousMessage)
{
    const QList<Message> m = parse("H|\\^&\rP|1\rH|\\^&\rL|1\r");
    ASSERT_EQ(m.size(), 2);
    EXPECT_FALSE(m[0].terminated);
    EXPECT_EQ(m[0].warnings[0].code, errc::MissingTerminator);
    EXPECT_EQ(m[0].warnings[0].location, QStringLiteral("message 1, record 2"));
}

TEST(Records, AbortedTransferMarksTheMessageIncomplete)
{
    MessageAssembler assembler;
    assembler.addText("H|\\^&\rP|1\r", true);
    assembler.endOfTransfer(true);
    const QList<Message> m = assembler.takeMessages();
    ASSERT_EQ(m.size(), 1);
    EXPECT_TRUE(m[0].aborted);
    EXPECT_EQ(m[0].errors[0].code, errc::MessageAborted);
    EXPECT_FALSE(ResultExtractor::extract(m[0]).complete);
}

TEST(Records, Utf8LinkWithInvalidBytesFallsBackToLatin1WithAnError)
{
    const QList<Message> ok = parse("H|\\^&\rP|1||\xC3\xA9lo\rL|1\r", TextEncoding::Utf8);
    EXPECT_EQ(ok[0].records[1].field(4), QStringLiteral("élo"));
    const QList<Message> bad = parse("H|\\^&\rP|1||\xE9lo\rL|1\r", TextEncoding::Utf8);
    ASSERT_EQ(bad[0].errors.size(), 1);
    EXPECT_EQ(bad[0].errors[0].code, errc::BadEncoding);
    EXPECT_EQ(bad[0].errors[0].location, QStringLiteral("message 1, record 2"));
    EXPECT_EQ(bad[0].records[1].field(4), QStringLiteral("élo"));
}

// ---- writer ---------------------------------------------------------------------------------

TEST(RecordWriter, WorklistDownloadWithEscapedData)
{
    HostHeader h;
    h.receiver = QStringLiteral("XN-550");
    h.time = QDateTime(QDate(2026, 3, 1), QTime(8, 30, 0));
    OrderRequest o;
    o.patientId = QStringLiteral("P12");
    o.patientName = {QStringLiteral("DUPONT|X"), QStringLiteral("Marie^Anne")};
    o.specimenId = QStringLiteral("S&1");
    o.testCodes = {QStringLiteral("WBC"), QStringLiteral("RBC")};
    auto bytes = RecordWriter().orders(h, {o});
    ASSERT_TRUE(bytes.has_value());
    EXPECT_EQ(*bytes, QByteArray("H|\\^&|||SGL|||||XN-550||P|LIS2-A2|20260301083000\r"
                                 "P|1|P12|||DUPONT&F&X^Marie&S&Anne\r"
                                 "O|1|S&E&1||^^^WBC\\^^^RBC|R||||||N||||||||||||||O\r"
                                 "L|1|N\r"));
    // Read back with our own parser: the data comes back intact.
    const QList<Message> m = parse(*bytes);
    ASSERT_EQ(m.size(), 1);
    EXPECT_EQ(m[0].records[1].component(6, 1), QStringLiteral("DUPONT|X"));
    EXPECT_EQ(m[0].records[1].component(6, 2), QStringLiteral("Marie^Anne"));
    EXPECT_EQ(m[0].records[2].field(3), QStringLiteral("S&1"));
    EXPECT_EQ(m[0].records[2].component(5, 4, 2), QStringLiteral("RBC"));
    EXPECT_EQ(m[0].records[2].field(26), QStringLiteral("O"));
}

TEST(RecordWriter, NoOrderAnswerAndGeneXpertStyleDelimiters)
{
    Delimiters d;
    d.repeat = u'@';
    d.escape = u'\\';
    auto bytes = RecordWriter(d).noOrderAnswer(HostHeader{}, QStringLiteral("PR@25"), u'Y');
    ASSERT_TRUE(bytes.has_value());
    EXPECT_EQ(*bytes, QByteArray("H|@^\\|||SGL|||||||P|LIS2-A2\rP|1\rO|1|PR\\R\\25||^^^ALL|R||||||||||||||||||||Y\rL|1|N\r"));
    const QList<Message> m = parse(*bytes);
    EXPECT_EQ(m[0].records[2].field(3), QStringLiteral("PR@25"));
}

TEST(RecordWriter, ControlCharactersInDataCannotCutARecord)
{
    OrderRequest o;
    o.specimenId = QStringLiteral("A\rB\nC");
    o.testCodes = {QStringLiteral("GLU")};
    auto bytes = RecordWriter().orders(HostHeader{}, {o});
    ASSERT_TRUE(bytes.has_value());
    EXPECT_TRUE(bytes->contains("O|1|A&X0D&B&X0A&C|"));
    EXPECT_EQ(bytes->count('\r'), 4);
}

TEST(RecordWriter, RefusesWhatCannotBeSent)
{
    OrderRequest o;
    o.specimenId = QStringLiteral("S1");
    o.patientName = {QStringLiteral("ŁUKASZ")};
    auto latin1 = RecordWriter().orders(HostHeader{}, {o});
    ASSERT_FALSE(latin1.has_value());
    EXPECT_EQ(latin1.error().code, errc::UnencodableCharacter);
    EXPECT_EQ(latin1.error().location, QStringLiteral("offset 35"));
    auto none = RecordWriter().orders(HostHeader{}, {});
    ASSERT_FALSE(none.has_value());
    EXPECT_EQ(none.error().code, errc::EmptyMessage);
    Delimiters noEscape;
    noEscape.hasEscape = false;
    auto bad = RecordWriter(noEscape).orders(HostHeader{}, {o});
    ASSERT_FALSE(bad.has_value());
    EXPECT_EQ(bad.error().code, errc::BadDelimiters);
}

// ---- replay ---------------------------------------------------------------------------------

TEST(Replay, DetectsTheFormatAndRefusesAnEmptyStream)
{
    EXPECT_EQ(ReplayDecoder::detect("H|\\^&\rL|1\r"), StreamFormat::BareRecords);
    EXPECT_EQ(ReplayDecoder::detect(QByteArray("\x05\x02" "1H|\\^&\r\x03" "00\r\n")), StreamFormat::Framed);
    auto empty = ReplayDecoder::replay({});
    ASSERT_FALSE(empty.has_value());
    EXPECT_EQ(empty.error().code, errc::EmptyStream);
}

TEST(Replay, FramedStreamGoesThroughTheLinkAndReportsWhatItWouldHaveAnswered)
{
    QByteArray bad = FrameCodec::buildFrame(2, "P|1\r", true);
    bad[bad.size() - 3] = bad[bad.size() - 3] == 'A' ? 'B' : 'A'; // corrupt the checksum
    const QByteArray stream = QByteArray("\x05") + FrameCodec::buildFrame(1, "H|\\^&\r", true) + bad
                              + FrameCodec::buildFrame(2, "P|1\r", true) + FrameCodec::buildFrame(3, "L|1|N\r", true) + "\x04";
    auto r = ReplayDecoder::replay(stream);
    ASSERT_TRUE(r.has_value());
    EXPECT_EQ(r->format, StreamFormat::Framed);
    EXPECT_EQ(r->replies, QByteArray("\x06\x06\x15\x06\x06"));
    ASSERT_EQ(r->messages.size(), 1);
    EXPECT_EQ(r->messages[0].shape(), QStringLiteral("HPL"));
}

TEST(Replay, CaptureCutInTheMiddleOfAFrameKeepsNothingHalfParsed)
{
    const QByteArray stream = QByteArray("\x05") + FrameCodec::buildFrame(1, "H|\\^&\r", true)
                              + FrameCodec::buildFrame(2, "P|1\rO|1|S1||^^^GL", false) + QByteArray("\x02" "3U|5");
    auto r = ReplayDecoder::replay(stream);
    ASSERT_TRUE(r.has_value());
    ASSERT_EQ(r->messages.size(), 1);
    const Message &m = r->messages[0];
    EXPECT_EQ(m.shape(), QStringLiteral("H")); // the ETB part and the cut frame are not records
    EXPECT_TRUE(m.aborted);
    EXPECT_EQ(m.errors.first().code, errc::MessageAborted);
}

// Reached by no other test (scripts/coverage.sh): checksum characters that are not hexadecimal,
// lower-case hexadecimal that some instruments send, and the whole-message framing.
TEST(FrameCodec, ChecksumCharactersAndWholeMessageFraming)
{
    EXPECT_EQ(FrameCodec::parseChecksum('3', 'F'), std::optional<quint8>(0x3F));
    EXPECT_EQ(FrameCodec::parseChecksum('3', 'f'), std::optional<quint8>(0x3F)) << "lower case accepted";
    EXPECT_FALSE(FrameCodec::parseChecksum('G', '0').has_value());
    EXPECT_FALSE(FrameCodec::parseChecksum('0', '\r').has_value());

    const QByteArray message = "H|\\^&\rP|1\rL|1|N\r";
    const auto perRecord = FrameCodec::split(message, 240, SendFraming::RecordPerMessage);
    ASSERT_EQ(perRecord.size(), 3);
    const auto whole = FrameCodec::split(message, 240, SendFraming::WholeMessage);
    ASSERT_EQ(whole.size(), 1);
    EXPECT_EQ(whole[0].text, message);
    EXPECT_TRUE(whole[0].last);
    // Longer than one frame: 240-character ETB frames, the last one ETX.
    const QByteArray big(500, 'R');
    const auto chunks = FrameCodec::split(big, 240, SendFraming::WholeMessage);
    ASSERT_EQ(chunks.size(), 3);
    EXPECT_EQ(chunks[0].text.size(), 240);
    EXPECT_FALSE(chunks[0].last);
    EXPECT_TRUE(chunks[2].last);
    EXPECT_EQ(chunks[0].text + chunks[1].text + chunks[2].text, big);
    EXPECT_TRUE(FrameCodec::split({}, 240, SendFraming::WholeMessage).isEmpty());
}
