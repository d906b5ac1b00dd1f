#include "interop/xml/XmlDocument.h"
#include "interop/xml/ErrorCodes.h"
#include "interop/xml/XmlWriter.h"

#include <gtest/gtest.h>

using namespace sgl::interop::xml;

namespace {

const QString kA = QStringLiteral("urn:a");
const QString kXsi = QStringLiteral("http://www.w3.org/2001/XMLSchema-instance");

QString codeOf(const XmlWriter &w)
{
    auto bytes = w.toBytes();
    return bytes ? QString() : bytes.error().code;
}

} // namespace

// The byte layout the CDA documents rely on (declaration, instruction, order of declarations
// and attributes, escaping, empty elements) is pinned here, independently of the CDA fixtures.
TEST(XmlWriter, WritesTheDocumentedByteLayout)
{
    XmlWriter w;
    w.addProcessingInstruction(QStringLiteral("xml-stylesheet"), QStringLiteral("type=\"text/xsl\" href=\"v.xsl\""));
    XmlWriterElement root = w.createRoot("Doc");
    root.setNamespace(root.declareNamespace(QString(), kA));
    const XmlWriterNamespace b = root.declareNamespace(QStringLiteral("b"), QStringLiteral("urn:b"));
    const XmlWriterNamespace xsi = root.declareNamespace(QStringLiteral("xsi"), kXsi);
    root.set(xsi, "schemaLocation", "urn:a a.xsd");
    root.add("empty").set("v", QStringLiteral("a\"<>&\n\t'é")).set("w", "");
    root.add(b, "x").set("code", "1");
    root.addText("t", QStringLiteral("a < b & c > d \"e\" 'f' é 😀"));
    root.add("v").set(xsi, "type", QStringLiteral("PQ"));
    auto bytes = w.toBytes();
    ASSERT_TRUE(bytes.has_value()) << bytes.error().toString().toStdString();
    EXPECT_EQ(*bytes, QByteArrayLiteral(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<?xml-stylesheet type=\"text/xsl\" href=\"v.xsl\"?>\n"
        "<Doc xmlns=\"urn:a\" xmlns:b=\"urn:b\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
        " xsi:schemaLocation=\"urn:a a.xsd\">"
        "<empty v=\"a&quot;&lt;&gt;&amp;&#10;&#9;'\xC3\xA9\" w=\"\"/>"
        "<b:x code=\"1\"/>"
        "<t>a &lt; b &amp; c &gt; d \"e\" 'f' \xC3\xA9 \xF0\x9F\x98\x80</t>"
        "<v xsi:type=\"PQ\"/>"
        "</Doc>\n"));
    EXPECT_EQ(w.replacedCharacters(), 0);
}

TEST(XmlWriter, OutputParsesBackToTheSameValues)
{
    XmlWriter w;
    XmlWriterElement root = w.createRoot("R");
    root.setNamespace(root.declareNamespace(QString(), kA));
    const QString tricky = QStringLiteral("]]> <!-- --> &amp; \r\n fin");
    root.addText("t", tricky).set("a", tricky);
    auto doc = std::move(w).toDocument(QStringLiteral("écrit"));
    ASSERT_TRUE(doc.has_value()) << doc.error().toString().toStdString();
    const XmlNamespaces ns{{QStringLiteral("a"), kA}};
    EXPECT_EQ(doc->evaluateString(QStringLiteral("string(/a:R/a:t)"), ns).value(), tricky);
    // An attribute value is normalised on reading unless CR/LF were escaped: they were.
    EXPECT_EQ(doc->evaluateString(QStringLiteral("string(/a:R/a:t/@a)"), ns).value(), tricky);
    EXPECT_EQ(doc->sourceName(), QStringLiteral("écrit"));
}

TEST(XmlWriter, CharactersXmlCannotCarryBecomeReplacementCharacters)
{
    XmlWriter w;
    XmlWriterElement root = w.createRoot("R");
    root.addText("t", QStringLiteral("a") + QChar(0x01) + QStringLiteral("b") + QChar(0x0) + QChar(0xFFFE));
    root.set("lone", QString(QChar(0xD800)) + QStringLiteral("x"));
    root.add("u").set("bytes", "ok\x80\xff").text("z\x02");
    auto bytes = w.toBytes();
    ASSERT_TRUE(bytes.has_value()) << bytes.error().toString().toStdString();
    EXPECT_EQ(w.replacedCharacters(), 7);
    EXPECT_FALSE(bytes->contains("&#1;"));
    auto doc = XmlDocument::parse(*bytes);
    ASSERT_TRUE(doc.has_value()) << doc.error().toString().toStdString();
    const QString fffd(QChar(0xFFFD));
    EXPECT_EQ(doc->root().childText(QString(), QStringLiteral("t")), QStringLiteral("a") + fffd + QStringLiteral("b") + fffd + fffd);
    EXPECT_EQ(doc->root().attribute(QStringLiteral("lone")), fffd + QStringLiteral("x"));
    EXPECT_EQ(doc->root().firstChild(QString(), QStringLiteral("u")).attribute(QStringLiteral("bytes")), QStringLiteral("ok") + fffd + fffd);
}

TEST(XmlWriter, InvalidNamesAreRefusedAndLaterCallsAreHarmless)
{
    XmlWriter w;
    XmlWriterElement root = w.createRoot("R");
    XmlWriterElement bad = root.add("1abc");
    EXPECT_TRUE(bad.isNull());
    bad.add("x").set("a", "b").text(QStringLiteral("t")); // null chain: no crash, nothing written
    root.add("p:q");
    root.set("a b", "v");
    auto bytes = w.toBytes();
    ASSERT_FALSE(bytes.has_value());
    EXPECT_EQ(bytes.error().code, errc::InvalidName);
    EXPECT_TRUE(bytes.error().message.contains(QStringLiteral("1abc"))) << bytes.error().message.toStdString();
    EXPECT_EQ(bytes.error().location, QStringLiteral("/R"));
}

TEST(XmlWriter, NamespaceMisuseIsRefused)
{
    {
        XmlWriter w;
        XmlWriterElement root = w.createRoot("R");
        root.add(XmlWriterNamespace(), "x");
        EXPECT_EQ(codeOf(w), errc::UnboundPrefix);
    }
    {   // attributes are never in the default namespace
        XmlWriter w;
        XmlWriterElement root = w.createRoot("R");
        root.set(root.declareNamespace(QString(), kA), "x", "1");
        EXPECT_EQ(codeOf(w), errc::UnboundPrefix);
    }
    {   // a namespace declared on a sibling is not in scope
        XmlWriter w;
        XmlWriterElement root = w.createRoot("R");
        const XmlWriterNamespace p = root.add("a").declareNamespace(QStringLiteral("p"), kA);
        root.add(p, "b");
        EXPECT_EQ(codeOf(w), errc::UnboundPrefix);
    }
    {   // an element without namespace under a default namespace would silently change namespace
        XmlWriter w;
        XmlWriterElement root = w.createRoot("R");
        XmlWriterElement child = root.add("c");
        root.setNamespace(root.declareNamespace(QString(), kA));
        child.add("d");
        auto bytes = w.toBytes();
        ASSERT_FALSE(bytes.has_value());
        EXPECT_EQ(bytes.error().code, errc::UnboundPrefix);
        EXPECT_EQ(bytes.error().location, QStringLiteral("/R/c"));
    }
    {
        XmlWriter w;
        XmlWriterElement root = w.createRoot("R");
        root.declareNamespace(QStringLiteral("p"), kA);
        EXPECT_TRUE(root.declareNamespace(QStringLiteral("p"), QStringLiteral("urn:other")).isNull());
        EXPECT_EQ(codeOf(w), errc::InvalidName);
    }
    for (const QString &prefix : {QStringLiteral("xml"), QStringLiteral("xmlns"), QStringLiteral("a:b")}) {
        XmlWriter w;
        EXPECT_TRUE(w.createRoot("R").declareNamespace(prefix, kA).isNull()) << prefix.toStdString();
        EXPECT_EQ(codeOf(w), errc::InvalidName);
    }
}

TEST(XmlWriter, DocumentStructureMisuseIsRefused)
{
    {
        XmlWriter w;
        EXPECT_EQ(codeOf(w), errc::Empty);
    }
    {
        XmlWriter w;
        w.createRoot("A");
        EXPECT_TRUE(w.createRoot("B").isNull());
        EXPECT_EQ(codeOf(w), errc::Malformed);
    }
    {
        XmlWriter w;
        w.addProcessingInstruction(QStringLiteral("x"), QStringLiteral("a ?> <evil/>"));
        w.createRoot("A");
        EXPECT_EQ(codeOf(w), errc::Malformed);
    }
    {
        XmlWriter w;
        w.addProcessingInstruction(QStringLiteral("XML"), QStringLiteral("v"));
        w.createRoot("A");
        EXPECT_EQ(codeOf(w), errc::InvalidName);
    }
}

TEST(XmlWriter, HandlesSurviveAMoveAndTheDocumentCanBeHandedOver)
{
    XmlWriter first;
    XmlWriterElement root = first.createRoot("R");
    XmlWriter moved = std::move(first);
    root.addText("t", QStringLiteral("après déplacement"));
    auto doc = std::move(moved).toDocument();
    ASSERT_TRUE(doc.has_value()) << doc.error().toString().toStdString();
    EXPECT_EQ(doc->root().childText(QString(), QStringLiteral("t")), QStringLiteral("après déplacement"));
    // Handed over: the writer no longer has a document to write.
    EXPECT_EQ(codeOf(moved), errc::Empty);
}

TEST(XmlWriter, Latin1TextIsWrittenAsUtf8)
{
    XmlWriter w;
    const QByteArray b64 = QByteArrayLiteral("JVBERi0xLjQK");
    w.createRoot("R").text(QLatin1StringView(b64)).text(QLatin1StringView("\xE9"));
    auto bytes = w.toBytes();
    ASSERT_TRUE(bytes.has_value());
    EXPECT_TRUE(bytes->contains("<R>JVBERi0xLjQK\xC3\xA9</R>")) << bytes->constData();
}

// A signed element (wsse:Security) must reach the output byte for byte: re-serialising it could
// change what its signature covers.
TEST(XmlWriter, VerbatimElementsAreCopiedByteForByte)
{
    const QByteArray signedPart = "<s:Sec xmlns:s='urn:s'   a=\"1\"><s:v>x&#x20;y</s:v><!-- c --></s:Sec>";
    XmlWriter w;
    XmlWriterElement root = w.createRoot("root");
    root.add("before").text(QStringLiteral("<?sgl-verbatim 0?>"));
    root.addVerbatim(QByteArray("\xEF\xBB\xBF<?xml version=\"1.0\"?>\n") + signedPart + "\n");
    root.add("after");
    auto bytes = w.toBytes();
    ASSERT_TRUE(bytes.has_value()) << bytes.error().message.toStdString();
    EXPECT_TRUE(bytes->contains("<root><before>&lt;?sgl-verbatim 0?&gt;</before>" + signedPart + "<after/></root>"))
        << bytes->constData();
    auto doc = std::move(w).toDocument();
    ASSERT_TRUE(doc.has_value());
    auto v = doc->evaluateString(QStringLiteral("string(/root/s:Sec/s:v)"), {{QStringLiteral("s"), QStringLiteral("urn:s")}});
    ASSERT_TRUE(v.has_value());
    EXPECT_EQ(*v, QStringLiteral("x y"));
}

TEST(XmlWriter, VerbatimElementsMustBeCompleteAndWellFormed)
{
    for (const QByteArray &bad : {QByteArray(), QByteArray("text"), QByteArray("<a>"), QByteArray("<a/><b/>"),
                                  QByteArray("<p:a/>"), QByteArray("<a p:x='1'/>"), QByteArray("<!DOCTYPE a><a/>"),
                                  QByteArray("<?pi x?>")}) {
        XmlWriter w;
        w.createRoot("root").addVerbatim(bad);
        auto bytes = w.toBytes();
        ASSERT_FALSE(bytes.has_value()) << bad.constData();
        EXPECT_EQ(bytes.error().code, errc::Malformed) << bad.constData();
    }
    // The marker's target is reserved.
    XmlWriter w;
    w.addProcessingInstruction(QStringLiteral("sgl-verbatim"), QStringLiteral("0"));
    w.createRoot("root");
    EXPECT_EQ(codeOf(w), errc::InvalidName);
}

TEST(XmlWriter, XmlLangIsWrittenWithTheXmlPrefix)
{
    XmlWriter w;
    w.createRoot("root").setXmlLang(QStringLiteral("FR"));
    auto bytes = w.toBytes();
    ASSERT_TRUE(bytes.has_value());
    EXPECT_TRUE(bytes->contains("<root xml:lang=\"FR\"/>")) << bytes->constData();
}
