#include "interop/xml/ErrorCodes.h"
#include "interop/xml/XmlDocument.h"
#include "interop/xml/XsltStylesheet.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QUrl>

#include <gtest/gtest.h>

using namespace sgl::interop::xml;

namespace {

QByteArray stylesheet(const QByteArray &body, const QByteArray &version = "1.0", const QByteArray &imports = {})
{
    return "<xsl:stylesheet version=\"" + version + "\" xmlns:xsl=\"http://www.w3.org/1999/XSL/Transform\">\n"
        + imports + "<xsl:output method=\"xml\" encoding=\"UTF-8\" omit-xml-declaration=\"yes\"/>\n"
        + body + "\n</xsl:stylesheet>\n";
}

XmlDocument input()
{
    return XmlDocument::parse(QByteArrayLiteral("<r><v>é &amp; b</v></r>"), QStringLiteral("entrée")).value();
}

// A file holding a secret the stylesheets below try to read.
struct SecretFile {
    QTemporaryDir dir;
    QString path;
    SecretFile()
    {
        path = dir.filePath(QStringLiteral("secret.xml"));
        QFile f(path);
        if (f.open(QIODevice::WriteOnly))
            f.write("<s>SECRET-42</s>");
    }
    [[nodiscard]] QByteArray url() const { return QUrl::fromLocalFile(path).toEncoded(); }
};

} // namespace

TEST(XsltStylesheet, TransformsAndSerialisesAsXslOutputSays)
{
    auto style = XsltStylesheet::compile(stylesheet("<xsl:template match=\"/\"><o n=\"{count(//v)}\"><xsl:value-of select=\"/r/v\"/></o></xsl:template>"),
                                         QStringLiteral("essai.xsl"));
    ASSERT_TRUE(style.has_value()) << style.error().toString().toStdString();
    auto out = style->transform(input());
    ASSERT_TRUE(out.has_value()) << out.error().toString().toStdString();
    EXPECT_EQ(*out, QByteArrayLiteral("<o n=\"1\">\xC3\xA9 &amp; b</o>\n"));
    // A compiled stylesheet is reusable (the CDA view compiles once).
    EXPECT_EQ(style->transform(input()).value(), *out);
}

TEST(XsltStylesheet, MalformedStylesheetNamesLineAndColumn)
{
    auto style = XsltStylesheet::compile(QByteArrayLiteral("<xsl:stylesheet version=\"1.0\" xmlns:xsl=\"http://www.w3.org/1999/XSL/Transform\">\n"
                                                           "<xsl:template match=\"/\">\n<o></p>\n</xsl:template></xsl:stylesheet>"),
                                         QStringLiteral("casse.xsl"));
    ASSERT_FALSE(style.has_value());
    EXPECT_EQ(style.error().code, errc::Malformed);
    EXPECT_TRUE(style.error().location.startsWith(QStringLiteral("casse.xsl:3:"))) << style.error().location.toStdString();
}

TEST(XsltStylesheet, WellFormedButNotXsltIsRefused)
{
    auto notXslt = XsltStylesheet::compile(QByteArrayLiteral("<html><body/></html>"), QStringLiteral("page.html"));
    ASSERT_FALSE(notXslt.has_value());
    EXPECT_EQ(notXslt.error().code, errc::XsltInvalid);
    auto badXpath = XsltStylesheet::compile(stylesheet("<xsl:template match=\"/\"><xsl:value-of select=\"((\"/></xsl:template>"),
                                            QStringLiteral("xpath.xsl"));
    ASSERT_FALSE(badXpath.has_value());
    EXPECT_EQ(badXpath.error().code, errc::XsltInvalid);
    EXPECT_FALSE(badXpath.error().message.isEmpty());
}

TEST(XsltStylesheet, DocumentFunctionCannotReadLocalFiles)
{
    SecretFile secret;
    for (const QByteArray &uri : {QByteArrayLiteral("file:///etc/passwd"), QByteArrayLiteral("/etc/passwd"), secret.url(),
                                  QFile::encodeName(secret.path)}) {
        auto style = XsltStylesheet::compile(
            stylesheet("<xsl:template match=\"/\"><o><xsl:copy-of select=\"document('" + uri + "')\"/></o></xsl:template>"),
            QStringLiteral("lecture.xsl"));
        ASSERT_TRUE(style.has_value()) << style.error().toString().toStdString();
        auto out = style->transform(input());
        ASSERT_FALSE(out.has_value()) << uri.constData() << " read: " << out->constData();
        EXPECT_EQ(out.error().code, errc::XsltForbidden) << out.error().toString().toStdString();
        EXPECT_TRUE(out.error().message.contains(QString::fromUtf8(uri).section(QLatin1Char('/'), -1)))
            << out.error().message.toStdString();
    }
}

TEST(XsltStylesheet, DocumentFunctionCannotReachTheNetwork)
{
    auto style = XsltStylesheet::compile(
        stylesheet("<xsl:template match=\"/\"><o><xsl:copy-of select=\"document('http://127.0.0.1:9/x.xml')\"/></o></xsl:template>"),
        QStringLiteral("reseau.xsl"));
    ASSERT_TRUE(style.has_value());
    auto out = style->transform(input());
    ASSERT_FALSE(out.has_value());
    EXPECT_EQ(out.error().code, errc::XsltForbidden);
}

TEST(XsltStylesheet, DocumentOfTheStylesheetItselfIsAllowed)
{
    auto style = XsltStylesheet::compile(
        stylesheet("<xsl:template match=\"/\"><o><xsl:value-of select=\"count(document('')/xsl:stylesheet/xsl:template)\"/></o></xsl:template>"),
        QStringLiteral("soi.xsl"));
    ASSERT_TRUE(style.has_value());
    auto out = style->transform(input());
    ASSERT_TRUE(out.has_value()) << out.error().toString().toStdString();
    EXPECT_EQ(*out, QByteArrayLiteral("<o>1</o>\n"));
}

TEST(XsltStylesheet, ImportAndIncludeAreRefusedAtCompileTime)
{
    SecretFile secret;
    const QString other = secret.dir.filePath(QStringLiteral("autre.xsl"));
    QFile f(other);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(stylesheet("<xsl:template match=\"/\"><o>importé</o></xsl:template>"));
    f.close();
    const QByteArray url = QUrl::fromLocalFile(other).toEncoded();
    for (const QByteArray &element : {QByteArrayLiteral("import"), QByteArrayLiteral("include")}) {
        auto style = XsltStylesheet::compile(stylesheet("<xsl:template match=\"r\"><o/></xsl:template>", "1.0",
                                                        "<xsl:" + element + " href=\"" + url + "\"/>"),
                                             QStringLiteral("import.xsl"));
        ASSERT_FALSE(style.has_value()) << element.constData();
        EXPECT_EQ(style.error().code, errc::XsltForbidden) << style.error().toString().toStdString();
    }
}

TEST(XsltStylesheet, OutputDocumentsCannotBeWritten)
{
    QTemporaryDir dir;
    const QString target = dir.filePath(QStringLiteral("ecrit.xml"));
    const QByteArray url = QUrl::fromLocalFile(target).toEncoded();
    auto style = XsltStylesheet::compile(
        stylesheet("<xsl:template match=\"/\"><xsl:document href=\"" + url + "\"><o>fuite</o></xsl:document><r/></xsl:template>", "1.1"),
        QStringLiteral("ecriture.xsl"));
    ASSERT_TRUE(style.has_value()) << style.error().toString().toStdString();
    auto out = style->transform(input());
    EXPECT_FALSE(out.has_value());
    if (!out) {
        EXPECT_EQ(out.error().code, errc::XsltForbidden) << out.error().toString().toStdString();
    }
    EXPECT_FALSE(QFile::exists(target));
}

TEST(XsltStylesheet, TerminatingMessageFailsWithItsText)
{
    auto style = XsltStylesheet::compile(
        stylesheet("<xsl:template match=\"/\"><xsl:message terminate=\"yes\">arrêt demandé</xsl:message></xsl:template>"),
        QStringLiteral("arret.xsl"));
    ASSERT_TRUE(style.has_value());
    auto out = style->transform(input());
    ASSERT_FALSE(out.has_value());
    EXPECT_EQ(out.error().code, errc::XsltFailed);
    EXPECT_TRUE(out.error().message.contains(QStringLiteral("arrêt demandé"))) << out.error().message.toStdString();
}

// The input of a transform is parsed by XmlDocument: an external entity or DTD is never
// fetched, even when a caller allows the DOCTYPE, so the stylesheet cannot print it either.
TEST(XsltStylesheet, ExternalEntitiesOfTheInputAreNeverResolved)
{
    SecretFile secret;
    const QByteArray xml = "<!DOCTYPE r SYSTEM \"" + secret.url() + "\" [<!ENTITY x SYSTEM \"" + secret.url()
        + "\"><!ENTITY p SYSTEM \"file:///etc/passwd\">]><r><v>&x;&p;</v></r>";
    EXPECT_EQ(XmlDocument::parse(xml).error().code, errc::DoctypeForbidden);
    XmlParseOptions allow;
    allow.allowDoctype = true;
    auto doc = XmlDocument::parse(xml, QStringLiteral("entites"), allow);
    ASSERT_TRUE(doc.has_value()) << doc.error().toString().toStdString();
    EXPECT_FALSE(doc->root().text().contains(QStringLiteral("SECRET-42")));
    auto style = XsltStylesheet::compile(stylesheet("<xsl:template match=\"/\"><o><xsl:value-of select=\"/r/v\"/></o></xsl:template>"),
                                         QStringLiteral("entites.xsl"));
    ASSERT_TRUE(style.has_value());
    auto out = style->transform(*doc);
    ASSERT_TRUE(out.has_value()) << out.error().toString().toStdString();
    EXPECT_FALSE(out->contains("SECRET-42")) << out->constData();
    EXPECT_FALSE(out->contains("root:")) << out->constData();
}

TEST(XsltStylesheet, NullStylesheetOrDocumentIsAnError)
{
    EXPECT_EQ(XsltStylesheet().transform(input()).error().code, errc::XsltInvalid);
    auto style = XsltStylesheet::compile(stylesheet("<xsl:template match=\"/\"><o/></xsl:template>"), QStringLiteral("x.xsl"));
    ASSERT_TRUE(style.has_value());
    EXPECT_EQ(style->transform(XmlDocument()).error().code, errc::Empty);
}
