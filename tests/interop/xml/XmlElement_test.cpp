#include "interop/xml/XmlDocument.h"
#include "interop/xml/XmlElement.h"

#include <gtest/gtest.h>

using namespace sgl::interop::xml;

TEST(XmlElement, BuildsNamespacedTreeAndEscapes)
{
    XmlElement env(QStringLiteral("s:Env"));
    env.declareNamespace(QStringLiteral("s"), QStringLiteral("urn:s"));
    env.setAttribute(QStringLiteral("v"), QStringLiteral("a\"<&"));
    XmlElement &body = env.append(XmlElement(QStringLiteral("s:Body")));
    XmlElement payload(QStringLiteral("P"));
    payload.declareNamespace(QString(), QStringLiteral("urn:p"));
    payload.addTextChild(QStringLiteral("T"), QStringLiteral("<x> & é"));
    body.append(std::move(payload));
    auto bytes = env.toXml();
    ASSERT_TRUE(bytes.has_value()) << bytes.error().toString().toStdString();
    auto doc = XmlDocument::parse(*bytes);
    ASSERT_TRUE(doc.has_value()) << bytes->constData();
    const XmlNamespaces ns{{QStringLiteral("s"), QStringLiteral("urn:s")}, {QStringLiteral("p"), QStringLiteral("urn:p")}};
    EXPECT_EQ(doc->evaluateString(QStringLiteral("string(/s:Env/s:Body/p:P/p:T)"), ns).value(), QStringLiteral("<x> & é"));
    EXPECT_EQ(doc->root().attribute(QStringLiteral("v")), QStringLiteral("a\"<&"));
}

TEST(XmlElement, UnboundPrefixIsRefused)
{
    XmlElement e(QStringLiteral("zz:A"));
    auto r = e.toXml();
    ASSERT_FALSE(r.has_value());
    EXPECT_EQ(r.error().code, QStringLiteral("xml.unbound_prefix"));
}

TEST(XmlElement, ControlCharacterIsRefused)
{
    XmlElement e(QStringLiteral("A"), QStringLiteral("a\x01" "b"));
    auto r = e.toXml();
    ASSERT_FALSE(r.has_value());
    EXPECT_EQ(r.error().code, QStringLiteral("xml.invalid_character"));
}

TEST(XmlElement, InvalidNameIsRefused)
{
    XmlElement e(QStringLiteral("1bad"));
    auto r = e.toXml();
    ASSERT_FALSE(r.has_value());
    EXPECT_EQ(r.error().code, QStringLiteral("xml.invalid_name"));
}
