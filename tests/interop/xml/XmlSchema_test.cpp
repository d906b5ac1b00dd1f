#include "interop/xml/XmlSchema.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace sgl::interop::xml;

namespace {
QString writeXsd(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("t.xsd"));
    QFile f(path);
    f.open(QIODevice::WriteOnly);
    f.write("<xs:schema xmlns:xs=\"http://www.w3.org/2001/XMLSchema\" targetNamespace=\"urn:t\""
            " xmlns=\"urn:t\" elementFormDefault=\"qualified\">"
            "<xs:element name=\"R\"><xs:complexType><xs:sequence>"
            "<xs:element name=\"N\" type=\"xs:int\" maxOccurs=\"2\"/>"
            "</xs:sequence></xs:complexType></xs:element></xs:schema>");
    return path;
}
} // namespace

TEST(XmlSchema, ValidDocumentPasses)
{
    QTemporaryDir dir;
    auto schema = XmlSchema::load(writeXsd(dir));
    ASSERT_TRUE(schema.has_value()) << schema.error().toString().toStdString();
    auto doc = XmlDocument::parse(QByteArrayLiteral("<R xmlns=\"urn:t\"><N>1</N></R>"));
    ASSERT_TRUE(doc.has_value());
    EXPECT_TRUE(schema->validate(*doc).isEmpty());
    EXPECT_TRUE(schema->check(*doc).has_value());
}

TEST(XmlSchema, InvalidDocumentGivesLines)
{
    QTemporaryDir dir;
    auto schema = XmlSchema::load(writeXsd(dir));
    ASSERT_TRUE(schema.has_value());
    auto doc = XmlDocument::parse(QByteArrayLiteral("<R xmlns=\"urn:t\">\n<N>x</N>\n</R>"), QStringLiteral("d.xml"));
    ASSERT_TRUE(doc.has_value());
    const auto errors = schema->validate(*doc);
    ASSERT_FALSE(errors.isEmpty());
    EXPECT_EQ(errors.first().line, 2);
    auto st = schema->check(*doc);
    ASSERT_FALSE(st.has_value());
    EXPECT_EQ(st.error().code, QStringLiteral("xml.schema_invalid"));
    EXPECT_EQ(st.error().location, QStringLiteral("d.xml:2"));
}

TEST(XmlSchema, ValidatesOneElementSubtree)
{
    QTemporaryDir dir;
    auto schema = XmlSchema::load(writeXsd(dir));
    ASSERT_TRUE(schema.has_value());
    auto doc = XmlDocument::parse(QByteArrayLiteral(
        "<e:Env xmlns:e=\"urn:env\"><R xmlns=\"urn:t\"><N>1</N></R><R xmlns=\"urn:t\"><N>1</N><N>2</N><N>3</N></R></e:Env>"));
    ASSERT_TRUE(doc.has_value());
    const auto children = doc->root().childElements();
    ASSERT_EQ(children.size(), 2);
    EXPECT_TRUE(schema->validateElement(children[0]).isEmpty());
    EXPECT_FALSE(schema->validateElement(children[1]).isEmpty());
}

TEST(XmlSchema, MissingSchemaIsAnError)
{
    auto schema = XmlSchema::load(QStringLiteral("/nonexistent.xsd"));
    ASSERT_FALSE(schema.has_value());
    EXPECT_EQ(schema.error().code, QStringLiteral("xml.schema_load"));
}

TEST(XmlSchema, BrokenSchemaIsAnError)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("b.xsd"));
    QFile f(path);
    f.open(QIODevice::WriteOnly);
    f.write("<xs:schema xmlns:xs=\"http://www.w3.org/2001/XMLSchema\"><xs:element name=\"R\" type=\"nope\"/></xs:schema>");
    f.close();
    auto schema = XmlSchema::load(path);
    ASSERT_FALSE(schema.has_value());
    EXPECT_EQ(schema.error().code, QStringLiteral("xml.schema_load"));
}

TEST(XmlSchema, LoadsTheInsiResultSchemaWhenShared)
{
    const QString xsd = QStringLiteral(SGL_SHARED_DIR "/ans/insi/src/wsdl/xsd/ServiceIdentiteCertifiee/INSi_RESULTAT_INS.xsd");
    if (!QFile::exists(xsd))
        GTEST_SKIP() << "shared INSi kit absent: " << xsd.toStdString();
    auto schema = XmlSchema::load(xsd);
    ASSERT_TRUE(schema.has_value()) << schema.error().toString().toStdString();
}
