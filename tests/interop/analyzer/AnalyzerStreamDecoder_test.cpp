// The decoder the live gateway and `sgl analyzer replay` share: stream cutting (MLLP or bare
// HL7, framed or bare ASTM) and the refusals that keep an unreadable message instead of
// dropping it.
#include "domain/analyzer/AnalyzerProfile.h"
#include "interop/analyzer/AnalyzerStreamDecoder.h"
#include "interop/analyzer/ErrorCodes.h"
#include "interop/analyzer/Hl7StreamSplitter.h"
#include "interop/astm/ErrorCodes.h"
#include "interop/astm/FrameCodec.h"
#include "interop/hl7v2/ErrorCodes.h"

#include <gtest/gtest.h>

using namespace sgl;
using domain::analyzer::AnalyzerProfile;
using domain::analyzer::AnalyzerProtocol;
using interop::analyzer::AnalyzerStreamDecoder;
using interop::analyzer::Hl7StreamSplitter;

namespace {

const QByteArray kOul1 = "MSH|^~\\&|AN||SGL||20260301||OUL^R22^OUL_R22|C1|P|2.5.1\r"
                         "SPM|1|S123&BARCODE\rOBX|1|NM|GLU^Glucose||5.5|mmol/L\r";
const QByteArray kOul2 = "MSH|^~\\&|AN||SGL||20260301||OUL^R22^OUL_R22|C2|P|2.5.1\r"
                         "SPM|1|S124&BARCODE\rOBX|1|NM|K^Potassium||4.1|mmol/L\rOBX|2|NM|NA^Sodium||140|mmol/L\r";
const QByteArray kQbp = "MSH|^~\\&|AN||SGL||20260301||QBP^Q11^QBP_Q11|Q1|P|2.5.1\r"
                        "QPD|WOS^Work Order Step^IHE_LABTF|T1|S777\rRCP|I||R\r";

AnalyzerProfile hl7() { return AnalyzerProfile::standard(AnalyzerProtocol::Hl7); }
AnalyzerProfile astm() { return AnalyzerProfile::standard(AnalyzerProtocol::Astm); }

} // namespace

TEST(Hl7StreamSplitter, CutsBareMessagesAtEachMshWhateverTheLineEnds)
{
    QByteArray lf = kOul1 + kOul2;
    lf.replace('\r', '\n');
    const auto parts = Hl7StreamSplitter::split("\xEF\xBB\xBF\n\n" + lf + "\n\n");
    ASSERT_EQ(parts.size(), 2);
    EXPECT_TRUE(parts.at(0).startsWith("MSH|^~\\&|AN||SGL||20260301||OUL^R22^OUL_R22|C1"));
    EXPECT_TRUE(parts.at(1).startsWith("MSH|^~\\&|AN||SGL||20260301||OUL^R22^OUL_R22|C2"));
    EXPECT_TRUE(parts.at(1).endsWith("mmol/L\r"));
}

TEST(Hl7StreamSplitter, ReadsMllpFramesAndDropsBytesOutsideThem)
{
    const QByteArray stream = "noise" + QByteArray("\x0b") + kOul1 + "\x1c\r" + "\x0b" + kQbp + "\x1c\r";
    const auto parts = Hl7StreamSplitter::split(stream);
    ASSERT_EQ(parts.size(), 2);
    EXPECT_EQ(parts.at(0), kOul1);
    EXPECT_EQ(parts.at(1), kQbp);
}

TEST(Hl7StreamSplitter, KeepsTextBeforeTheFirstMshAsAMessageOfItsOwn)
{
    const auto parts = Hl7StreamSplitter::split("GARBAGE LINE\r" + kOul1);
    ASSERT_EQ(parts.size(), 2);
    EXPECT_EQ(parts.at(0), QByteArray("GARBAGE LINE\r"));
}

TEST(AnalyzerStreamDecoder, DecodesResultsAndQueriesInOrder)
{
    const auto stream = AnalyzerStreamDecoder::decode(kOul1 + kQbp + kOul2, hl7());
    ASSERT_TRUE(stream.has_value()) << stream.error().toString().toStdString();
    EXPECT_EQ(stream->format, QStringLiteral("hl7-bare"));
    ASSERT_EQ(stream->messages.size(), 3);
    EXPECT_EQ(stream->messages.at(0).messageType, QStringLiteral("OUL^R22"));
    EXPECT_EQ(stream->messages.at(0).message.results.size(), 1);
    EXPECT_EQ(stream->messages.at(0).raw, kOul1);
    ASSERT_EQ(stream->messages.at(1).message.queries.size(), 1);
    EXPECT_EQ(stream->messages.at(1).message.queries.first().specimenId, QStringLiteral("S777"));
    EXPECT_EQ(stream->messages.at(1).message.queries.first().source.messageIndex, 2);
    EXPECT_EQ(stream->messages.at(2).message.messageIndex, 3);
    EXPECT_EQ(stream->messages.at(2).message.results.size(), 2);
}

TEST(AnalyzerStreamDecoder, KeepsAnUnreadableOrUnsupportedHl7MessageWithItsReason)
{
    const QByteArray oml = "MSH|^~\\&|SGL||AN||20260301||OML^O33^OML_O33|O1|P|2.5.1\rSPM|1|S1\r";
    const auto stream = AnalyzerStreamDecoder::decode("GARBAGE\r" + oml + kOul1, hl7());
    ASSERT_TRUE(stream.has_value());
    ASSERT_EQ(stream->messages.size(), 3);
    const auto &garbage = stream->messages.at(0).message;
    EXPECT_FALSE(garbage.complete);
    ASSERT_EQ(garbage.problems.size(), 1);
    EXPECT_EQ(stream->messages.at(0).raw, QByteArray("GARBAGE\r"));
    const auto &unsupported = stream->messages.at(1).message;
    EXPECT_FALSE(unsupported.complete);
    ASSERT_EQ(unsupported.problems.size(), 1);
    EXPECT_EQ(unsupported.problems.first().code, interop::hl7v2::errc::UnsupportedMessageType);
    EXPECT_TRUE(stream->messages.at(2).message.complete);
}

TEST(AnalyzerStreamDecoder, RefusesAnEmptyCaptureByName)
{
    const auto h = AnalyzerStreamDecoder::decode("\r\n  \n", hl7());
    ASSERT_FALSE(h.has_value());
    EXPECT_EQ(h.error().code, interop::analyzer::errc::EmptyCapture);
    const auto a = AnalyzerStreamDecoder::decode("", astm());
    ASSERT_FALSE(a.has_value());
    EXPECT_EQ(a.error().code, interop::astm::errc::EmptyStream);
}

TEST(AnalyzerStreamDecoder, ReadsFramedAstmThroughTheLinkLayerWithTheProfilesFramePolicy)
{
    const QByteArray records = "H|\\^&|||XN^1\rP|1\rO|1|S555||^^^^WBC\rR|1|^^^^WBC|5.2|10*3/uL||N||F\rL|1|N\r";
    // Frame numbers 1 then 1 again with different text: a retransmission for the strict policy
    // would be identical text; the lenient one accepts any digit.
    QByteArray framed = "\x05" + interop::astm::FrameCodec::buildFrame(1, records.left(40), false)
                        + interop::astm::FrameCodec::buildFrame(1, records.mid(40), true) + "\x04";
    AnalyzerProfile strict = astm();
    const auto s = AnalyzerStreamDecoder::decode(framed, strict);
    ASSERT_TRUE(s.has_value());
    EXPECT_EQ(s->format, QStringLiteral("astm-framed"));
    EXPECT_FALSE(s->replies.isEmpty());
    const bool strictComplete = !s->messages.isEmpty() && s->messages.first().message.results.size() == 1
                                && s->messages.first().message.complete;
    EXPECT_FALSE(strictComplete) << "strict framing must not accept an out-of-sequence frame";

    AnalyzerProfile lenient = astm();
    lenient.lenientFrameNumbers = true;
    const auto l = AnalyzerStreamDecoder::decode(framed, lenient);
    ASSERT_TRUE(l.has_value());
    ASSERT_EQ(l->messages.size(), 1);
    EXPECT_EQ(l->messages.first().message.results.size(), 1);
    EXPECT_EQ(l->messages.first().messageType, QStringLiteral("HPORL"));
    EXPECT_TRUE(l->messages.first().raw.startsWith("H|\\^&|||XN^1\r"));
}
