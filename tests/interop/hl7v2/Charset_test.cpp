#include "interop/hl7v2/Charset.h"

#include <gtest/gtest.h>

using namespace sgl::interop::hl7v2;

TEST(Hl7Charset, ReadsMsh18Spellings)
{
    EXPECT_EQ(charsetFromMsh18(u"UNICODE UTF-8")->charset, Charset::Utf8);
    EXPECT_FALSE(charsetFromMsh18(u"UNICODE UTF-8")->tolerated);
    EXPECT_TRUE(charsetFromMsh18(u"UTF-8")->tolerated);
    EXPECT_EQ(charsetFromMsh18(u"8859/15")->charset, Charset::Latin9);
    EXPECT_EQ(charsetFromMsh18(u"8859/1")->charset, Charset::Latin1);
    EXPECT_EQ(charsetFromMsh18(u"")->charset, Charset::Ascii);
    EXPECT_FALSE(charsetFromMsh18(u"8859/2").has_value());
    EXPECT_FALSE(charsetFromMsh18(u"ISO IR87").has_value());
}

TEST(Hl7Charset, Latin9DiffersFromLatin1OnEightCodePoints)
{
    const QByteArray bytes("\xA4\xA6\xA8\xB4\xB8\xBC\xBD\xBE\xE9", 9);
    EXPECT_EQ(*decodeBytes(bytes, Charset::Latin9), QStringLiteral("€ŠšŽžŒœŸé"));
    EXPECT_EQ(*decodeBytes(bytes, Charset::Latin1), QStringLiteral("¤¦¨´¸¼½¾é"));
    EXPECT_EQ(*encodeText(QStringLiteral("€ŠšŽžŒœŸé"), Charset::Latin9), bytes);
}

TEST(Hl7Charset, RefusesWhatCannotBeEncodedInsteadOfTransliterating)
{
    auto r = encodeText(QStringLiteral("Œdipe"), Charset::Latin1);
    ASSERT_FALSE(r.has_value());
    EXPECT_EQ(r.error().code, QStringLiteral("hl7v2.unencodable_character"));
    EXPECT_FALSE(encodeText(QStringLiteral("¤"), Charset::Latin9).has_value());
    EXPECT_FALSE(encodeText(QStringLiteral("é"), Charset::Ascii).has_value());
}

TEST(Hl7Charset, InvalidUtf8IsAnError)
{
    auto r = decodeBytes(QByteArray("caf\xE9", 4), Charset::Utf8);
    ASSERT_FALSE(r.has_value());
    EXPECT_EQ(r.error().code, QStringLiteral("hl7v2.charset_decode_failed"));
    EXPECT_EQ(r.error().location, QStringLiteral("MSH^1^18"));
}

TEST(Hl7Charset, UndeclaredEightBitIsReadLeniently)
{
    bool lenient = false;
    EXPECT_EQ(*decodeBytes(QByteArray("caf\xC3\xA9"), Charset::Ascii, &lenient), QStringLiteral("café"));
    EXPECT_TRUE(lenient);
    EXPECT_EQ(*decodeBytes(QByteArray("\xA4"), Charset::Ascii, &lenient), QStringLiteral("€"));
    EXPECT_EQ(*decodeBytes(QByteArray("plain"), Charset::Ascii, &lenient), QStringLiteral("plain"));
    EXPECT_FALSE(lenient);
}
