#include "interop/hl7v2/Escaping.h"

#include <gtest/gtest.h>

using namespace sgl::interop::hl7v2;

TEST(Hl7Escaping, DecodesDelimiterSequences)
{
    const Delimiters d;
    EXPECT_EQ(unescape(u"A\\F\\B\\S\\C\\T\\D\\R\\E\\E\\F", d, Charset::Utf8),
              QStringLiteral("A|B^C&D~E\\F"));
}

TEST(Hl7Escaping, DecodesHexInMessageCharset)
{
    const Delimiters d;
    EXPECT_EQ(unescape(u"caf\\XC3A9\\", d, Charset::Utf8), QStringLiteral("café"));
    EXPECT_EQ(unescape(u"caf\\XE9\\", d, Charset::Latin1), QStringLiteral("café"));
    EXPECT_EQ(unescape(u"\\XA4\\", d, Charset::Latin9), QStringLiteral("€"));
    EXPECT_EQ(unescape(u"\\XA4\\", d, Charset::Latin1), QStringLiteral("¤"));
}

TEST(Hl7Escaping, FormattingAndHighlightAreNotText)
{
    const Delimiters d;
    EXPECT_EQ(unescape(u"l1\\.br\\l2\\H\\gras\\N\\\\.in+4\\", d, Charset::Utf8), QStringLiteral("l1\nl2gras"));
    EXPECT_EQ(unescape(u"\\Zlocal\\x", d, Charset::Utf8), QStringLiteral("x"));
}

TEST(Hl7Escaping, KeepsUnknownAndUnterminatedSequencesLiterally)
{
    const Delimiters d;
    EXPECT_EQ(unescape(u"a\\Q\\b", d, Charset::Utf8), QStringLiteral("a\\Q\\b"));
    EXPECT_EQ(unescape(u"fin\\F", d, Charset::Utf8), QStringLiteral("fin\\F"));
    EXPECT_EQ(unescape(u"\\XZZ\\", d, Charset::Utf8), QStringLiteral("\\XZZ\\"));
}

TEST(Hl7Escaping, EscapeThenUnescapeIsIdentity)
{
    const Delimiters d;
    const QString text = QStringLiteral("A|B^C&D~E\\F\r\nG é €");
    const QString escaped = escape(text, d);
    EXPECT_FALSE(escaped.contains(u'|'));
    EXPECT_FALSE(escaped.contains(u'\r'));
    EXPECT_EQ(unescape(escaped, d, Charset::Utf8), text);
}

TEST(Hl7Escaping, UsesTheMessageDelimiters)
{
    Delimiters d;
    d.field = u'#';
    d.component = u'!';
    d.escape = u'/';
    EXPECT_EQ(escape(u"a#b!c", d), QStringLiteral("a/F/b/S/c"));
    EXPECT_EQ(unescape(u"a/F/b/S/c", d, Charset::Utf8), QStringLiteral("a#b!c"));
}
