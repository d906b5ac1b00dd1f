#include "TestFiles.h"

#include "interop/hl7v2/Parser.h"
#include "interop/hl7v2/Serializer.h"

#include <gtest/gtest.h>

using namespace sgl::interop::hl7v2;
using sgl::tests::hl7v2::sample;

namespace {

QByteArray minimal(const QByteArray &msh18 = "UNICODE UTF-8")
{
    return "MSH|^~\\&|APP|FAC|SGL|LABO|20250101120000||ADT^A28^ADT_A05|C1|P|2.5|||||FRA|" + msh18
           + "\rPID|1||42^^^H&1.2.3&ISO^PI||NOM^Pr\\S\\nom^^^^^L\r";
}

} // namespace

TEST(Hl7Parser, ReadsTreeByPosition)
{
    auto m = Parser::parse(sample("a28_vali.hl7"));
    ASSERT_TRUE(m.has_value()) << m.error().toString().toStdString();
    EXPECT_EQ(m->segmentCount(), 5);
    const Segment *pid = m->segment(u"PID");
    ASSERT_NE(pid, nullptr);
    EXPECT_EQ(pid->repetitionCount(3), 2);
    EXPECT_EQ(pid->value(3, 2, 1), QStringLiteral("280017512345610"));
    EXPECT_EQ(pid->value(3, 2, 4, 2), QStringLiteral("1.2.250.1.213.1.4.10"));
    EXPECT_EQ(pid->value(3, 2, 4, 3), QStringLiteral("ISO"));
    EXPECT_EQ(pid->subcomponentCount(3, 2, 4), 3);
    EXPECT_EQ(pid->value(5, 2, 7), QStringLiteral("D"));
    EXPECT_EQ(pid->value(32), QStringLiteral("VALI"));
    EXPECT_EQ(pid->value(99), QString());
    const MessageHeader h = m->header();
    EXPECT_EQ(h.triggerEvent, QStringLiteral("A28"));
    EXPECT_EQ(h.messageStructure, QStringLiteral("ADT_A05"));
    EXPECT_EQ(h.controlId, QStringLiteral("SGL-A28-0001"));
    EXPECT_EQ(h.version, QStringLiteral("2.5"));
    EXPECT_EQ(h.characterSet, QStringLiteral("UNICODE UTF-8"));
    EXPECT_EQ(h.profile, QStringLiteral("2.11"));
    EXPECT_EQ(m->segment(u"MSH")->value(2), QStringLiteral("^~\\&"));
}

TEST(Hl7Parser, UnescapesLeafValues)
{
    auto m = Parser::parse(minimal());
    ASSERT_TRUE(m.has_value());
    EXPECT_EQ(m->value(u"PID", 5, 1, 2), QStringLiteral("Pr^nom"));
    EXPECT_EQ(m->segment(u"PID")->raw(5, 1, 2), QStringLiteral("Pr\\S\\nom"));
}

TEST(Hl7Parser, AcceptsCrLfAndCrLfSeparatorsAlike)
{
    QByteArray cr = minimal();
    QByteArray lf = cr;
    lf.replace('\r', '\n');
    QByteArray crlf = cr;
    crlf.replace("\r", "\r\n");
    auto a = Parser::parse(cr), b = Parser::parse(lf), c = Parser::parse(crlf + "\r\n\n");
    ASSERT_TRUE(a && b && c);
    EXPECT_EQ(a->toEr7(), b->toEr7());
    EXPECT_EQ(a->toEr7(), c->toEr7());
    EXPECT_EQ(c->segmentCount(), 2);
}

TEST(Hl7Parser, RoundTripsByteForByte)
{
    for (const char *name : {"a28_vali.hl7", "a31_used_name.hl7", "a40_merge.hl7", "a47_ins_deletion.hl7"}) {
        QByteArray raw = sample(name);
        if (!raw.endsWith('\r'))
            raw.append('\r');
        auto m = Parser::parse(raw);
        ASSERT_TRUE(m.has_value()) << name;
        auto out = Serializer::toBytes(*m);
        ASSERT_TRUE(out.has_value());
        EXPECT_EQ(*out, raw) << name;
    }
}

TEST(Hl7Parser, ReadsCustomDelimiters)
{
    const QByteArray raw = "MSH#!~/$#A#B#C#D#20250101##ADT!A28#X#P#2.5\rPID#1##7!!!H$1.2$ISO!PI##N/F/M!P\r";
    auto m = Parser::parse(raw);
    ASSERT_TRUE(m.has_value()) << m.error().toString().toStdString();
    EXPECT_EQ(m->delimiters().field, QChar(u'#'));
    EXPECT_EQ(m->value(u"PID", 3, 1, 4, 2), QStringLiteral("1.2"));
    EXPECT_EQ(m->value(u"PID", 5, 1, 1), QStringLiteral("N#M"));
    EXPECT_EQ(m->header().triggerEvent, QStringLiteral("A28"));
    EXPECT_EQ(*Serializer::toBytes(*m), raw);
}

TEST(Hl7Parser, DecodesLatin9PerMsh18)
{
    QByteArray raw = minimal("8859/15");
    raw.replace("NOM", "C\xA6UR \xBC"); // Š and Œ in Latin-9
    auto m = Parser::parse(raw);
    ASSERT_TRUE(m.has_value());
    EXPECT_EQ(m->value(u"PID", 5, 1, 1), QStringLiteral("CŠUR Œ"));
    EXPECT_EQ(*Serializer::toBytes(*m), raw);
}

TEST(Hl7Parser, WarnsOnToleratedCharsetSpelling)
{
    auto m = Parser::parse(minimal("UTF-8"));
    ASSERT_TRUE(m.has_value());
    EXPECT_EQ(m->charset(), Charset::Utf8);
    EXPECT_EQ(m->warnings().size(), 1);
}

TEST(Hl7Parser, BuildsAndEscapesValues)
{
    Message m;
    Segment &msh = m.addSegment(QStringLiteral("MSH"));
    msh.setValue(9, u"ADT", 1, 1);
    msh.setValue(9, u"A28", 1, 2);
    Segment &pid = m.addSegment(QStringLiteral("PID"));
    pid.setValue(5, u"O'NEIL|D^X", 2, 1, 2);
    EXPECT_EQ(pid.rawField(5), QStringLiteral("~&O'NEIL\\F\\D\\S\\X"));
    EXPECT_EQ(pid.value(5, 2, 1, 2), QStringLiteral("O'NEIL|D^X"));
    auto back = Parser::parse(*Serializer::toBytes(m));
    ASSERT_TRUE(back.has_value());
    EXPECT_EQ(back->value(u"PID", 5, 2, 1, 2), QStringLiteral("O'NEIL|D^X"));
    EXPECT_EQ(back->header().triggerEvent, QStringLiteral("A28"));
}

TEST(Hl7Parser, RecognisesHl7Null)
{
    auto m = Parser::parse(sample("a47_ins_deletion.hl7"));
    ASSERT_TRUE(m.has_value());
    EXPECT_TRUE(m->segment(u"PID")->isNull(3, 2, 1));
    EXPECT_FALSE(m->segment(u"PID")->isNull(3, 1, 1));
}

struct MalformedCase {
    const char *name;
    QByteArray bytes;
    const char *code;
    const char *location;
};

class Hl7ParserMalformed : public ::testing::TestWithParam<MalformedCase> {};

TEST_P(Hl7ParserMalformed, FailsWithCodeAndLocation)
{
    const MalformedCase &c = GetParam();
    auto m = Parser::parse(c.bytes);
    ASSERT_FALSE(m.has_value()) << c.name;
    EXPECT_EQ(m.error().code, QString::fromLatin1(c.code)) << c.name;
    EXPECT_EQ(m.error().location, QString::fromLatin1(c.location)) << c.name;
    EXPECT_FALSE(m.error().message.isEmpty());
}

INSTANTIATE_TEST_SUITE_P(
    Cases, Hl7ParserMalformed,
    ::testing::Values(
        MalformedCase{"empty", QByteArray("\r\n  "), "hl7v2.empty_message", "MSH^1"},
        MalformedCase{"no MSH", QByteArray("PID|1||42^^^H^PI\r"), "hl7v2.missing_msh", "MSH^1"},
        MalformedCase{"garbage", QByteArray("hello world"), "hl7v2.missing_msh", "MSH^1"},
        MalformedCase{"bad field separator", QByteArray("MSHA^~\\&|"), "hl7v2.bad_field_separator", "MSH^1^1"},
        MalformedCase{"short encoding chars", QByteArray("MSH|^~|A|B\r"), "hl7v2.bad_encoding_characters", "MSH^1^2"},
        MalformedCase{"duplicate encoding chars", QByteArray("MSH|^^\\&|A\r"), "hl7v2.bad_encoding_characters", "MSH^1^2"},
        MalformedCase{"letter as delimiter", QByteArray("MSH|^~X&|A\r"), "hl7v2.bad_encoding_characters", "MSH^1^2"},
        MalformedCase{"bad segment id", QByteArray("MSH|^~\\&|A|B|C|D|1||ADT^A28|1|P|2.5\rPID|1\rp1d|x\r"), "hl7v2.bad_segment_id", "p1d^3"},
        MalformedCase{"second MSH", QByteArray("MSH|^~\\&|A\rMSH|^~\\&|B\r"), "hl7v2.unexpected_msh", "MSH^2"},
        MalformedCase{"unsupported charset", QByteArray("MSH|^~\\&|A|B|C|D|1||ADT^A28|1|P|2.5|||||FRA|8859/2\r"), "hl7v2.unsupported_charset", "MSH^1^18"},
        MalformedCase{"invalid utf-8", QByteArray("MSH|^~\\&|A|B|C|D|1||ADT^A28|1|P|2.5|||||FRA|UNICODE UTF-8\rPID|1||\xE9\r"), "hl7v2.charset_decode_failed", "MSH^1^18"}),
    [](const auto &info) {
        std::string n = info.param.name;
        for (char &ch : n)
            ch = std::isalnum(static_cast<unsigned char>(ch)) ? ch : '_';
        return n;
    });

TEST(Hl7Parser, TildeLookalikeRepairedOnlyWhenAllowed)
{
    const QByteArray raw("MSH|^\xCB\x9C\\&|SIL|labo|PFI|X|202106060931||ORU^R01^ORU_R01|015|P|2.5|||||FRA|UNICODE UTF-8\rPID|||1~2\r");
    auto lenient = Parser::parse(raw);
    ASSERT_TRUE(lenient.has_value());
    EXPECT_EQ(lenient->delimiters().repetition, QChar(u'~'));
    EXPECT_EQ(lenient->segment(u"PID")->repetitionCount(3), 2);
    EXPECT_EQ(lenient->warnings().size(), 1);
    auto strict = Parser::parse(raw, ParseOptions{.repairTildeLookalike = false});
    ASSERT_FALSE(strict.has_value());
    EXPECT_EQ(strict.error().location, QStringLiteral("MSH^1^2"));
}
