#include "interop/xml/XmlDocument.h"

#include <gtest/gtest.h>

using namespace sgl::interop::xml;

namespace {
const XmlNamespaces kNs{{QStringLiteral("a"), QStringLiteral("urn:a")}};
}

TEST(XmlDocument, ParsesAndQueriesWithNamespaces)
{
    auto doc = XmlDocument::parse(QByteArrayLiteral(
        "<?xml version=\"1.0\"?>\n<x:R xmlns:x=\"urn:a\"><x:V n=\"1\">é</x:V><x:V n=\"2\">b</x:V></x:R>"));
    ASSERT_TRUE(doc.has_value()) << doc.error().toString().toStdString();
    auto nodes = doc->select(QStringLiteral("/a:R/a:V"), kNs);
    ASSERT_TRUE(nodes.has_value());
    ASSERT_EQ(nodes->size(), 2);
    EXPECT_EQ(nodes->at(0).text(), QStringLiteral("é"));
    EXPECT_EQ(nodes->at(1).attribute(QStringLiteral("n")), QStringLiteral("2"));
    EXPECT_EQ(nodes->at(0).line(), 2);
    EXPECT_EQ(doc->evaluateString(QStringLiteral("count(//a:V)"), kNs).value(), QStringLiteral("2"));
    EXPECT_EQ(doc->root().childText(QStringLiteral("urn:a"), QStringLiteral("V")), QStringLiteral("é"));
    EXPECT_TRUE(doc->root().firstChild(QStringLiteral("urn:b"), QStringLiteral("V")).isNull());
    EXPECT_TRUE(doc->root().firstChild(QStringLiteral("urn:b"), QStringLiteral("V")).text().isEmpty());
}

TEST(XmlDocument, MalformedGivesLineAndColumn)
{
    auto doc = XmlDocument::parse(QByteArrayLiteral("<a>\n<b></a>"), QStringLiteral("test.xml"));
    ASSERT_FALSE(doc.has_value());
    EXPECT_EQ(doc.error().code, QStringLiteral("xml.malformed"));
    EXPECT_TRUE(doc.error().location.startsWith(QStringLiteral("test.xml:2:"))) << doc.error().location.toStdString();
}

TEST(XmlDocument, EmptyInputIsRefused)
{
    auto doc = XmlDocument::parse(QByteArray());
    ASSERT_FALSE(doc.has_value());
    EXPECT_EQ(doc.error().code, QStringLiteral("xml.empty"));
}

TEST(XmlDocument, DoctypeAndEntitiesAreRefused)
{
    auto doc = XmlDocument::parse(QByteArrayLiteral(
        "<!DOCTYPE a [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><a>&x;</a>"));
    ASSERT_FALSE(doc.has_value());
    EXPECT_EQ(doc.error().code, QStringLiteral("xml.doctype_forbidden"));
}

TEST(XmlDocument, ExternalEntityIsNotExpandedEvenWhenDoctypeAllowed)
{
    XmlParseOptions opts;
    opts.allowDoctype = true;
    auto doc = XmlDocument::parse(QByteArrayLiteral(
        "<!DOCTYPE a [<!ENTITY x SYSTEM \"file:///etc/hostname\">]><a>&x;</a>"), {}, opts);
    ASSERT_TRUE(doc.has_value());
    EXPECT_TRUE(doc->root().text().isEmpty());
}

TEST(XmlDocument, BadXPathIsAnError)
{
    auto doc = XmlDocument::parse(QByteArrayLiteral("<a/>"));
    ASSERT_TRUE(doc.has_value());
    auto r = doc->select(QStringLiteral("//zz:b"));
    ASSERT_FALSE(r.has_value());
    EXPECT_EQ(r.error().code, QStringLiteral("xml.xpath"));
    EXPECT_FALSE(doc->select(QStringLiteral("//[")).has_value());
}

TEST(XmlDocument, ParseFileReportsMissingFile)
{
    auto doc = XmlDocument::parseFile(QStringLiteral("/nonexistent/file.xml"));
    ASSERT_FALSE(doc.has_value());
    EXPECT_EQ(doc.error().code, QStringLiteral("xml.io"));
}
