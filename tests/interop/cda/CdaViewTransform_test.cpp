#include "CdaTestFixtures.h"

#include "interop/cda/ErrorCodes.h"
#include "interop/cda/CdaN1Writer.h"
#include "interop/cda/CdaN3Writer.h"
#include "interop/cda/CdaPdfExtractor.h"
#include "interop/cda/CdaViewTransform.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace sgl;
using namespace sgl::interop::cda;

TEST(CdaViewTransform, RendersOurN3InFrench)
{
    domain::ReportContent c = test::sampleReport();
    c.generalComment = QStringLiteral("Commentaire <important> & urgent");
    auto xml = CdaN3Writer::write(c);
    ASSERT_TRUE(xml.has_value());
    auto html = CdaViewTransform::toHtml(*xml);
    ASSERT_TRUE(html.has_value()) << html.error().message.toStdString();
    EXPECT_TRUE(html->contains(QStringLiteral("Compte rendu d'examens biologiques")));
    EXPECT_TRUE(html->contains(QStringLiteral("DUPONT-ESSAI")));
    EXPECT_TRUE(html->contains(QStringLiteral("279037505612345")));
    EXPECT_TRUE(html->contains(QStringLiteral("Né(e) le 28/03/1979")));
    EXPECT_TRUE(html->contains(QStringLiteral("Hémoglobine")));
    EXPECT_TRUE(html->contains(QStringLiteral("11,2 (Bas)")));
    EXPECT_TRUE(html->contains(QStringLiteral("Commentaire &lt;important&gt; &amp; urgent")));
    EXPECT_TRUE(html->contains(QStringLiteral("Document PDF joint")) || html->contains(QStringLiteral("copie PDF")));
    EXPECT_FALSE(html->contains(QStringLiteral("JVBERi0"))); // base64 never dumped as text
}

TEST(CdaViewTransform, RendersN1AndAnsExamples)
{
    auto n1 = CdaN1Writer::write(test::sampleReport());
    ASSERT_TRUE(n1.has_value());
    auto html = CdaViewTransform::toHtml(*n1);
    ASSERT_TRUE(html.has_value());
    EXPECT_TRUE(html->contains(QStringLiteral("CDA niveau 1")));

    const QString dir = QStringLiteral(SGL_SHARED_DIR "/ans/TestContenuCDA-3-0/ExemplesCDA");
    if (!QDir(dir).exists())
        GTEST_SKIP() << "ANS examples absent (" << dir.toStdString() << ")";
    for (const char *name : {"BIO-CR-BIO_2024.01_Microbiologie_V1.xml", "BIO-CR-BIO_2024.01_Electrophorese.xml"}) {
        QFile f(dir + QLatin1Char('/') + QLatin1String(name));
        ASSERT_TRUE(f.open(QIODevice::ReadOnly)) << name;
        auto out = CdaViewTransform::toHtml(f.readAll());
        ASSERT_TRUE(out.has_value()) << name << ": " << out.error().message.toStdString();
        EXPECT_TRUE(out->contains(QStringLiteral("Laboratoire des charmes"))) << name;
    }
}

TEST(CdaViewTransform, RefusesNonCdaAndMalformedInput)
{
    auto bad = CdaViewTransform::toHtml(QByteArrayLiteral("<ClinicalDocument><unclosed>"));
    ASSERT_FALSE(bad.has_value());
    EXPECT_EQ(bad.error().code, errc::Malformed);
    auto other = CdaViewTransform::toHtml(QByteArrayLiteral("<html xmlns=\"http://www.w3.org/1999/xhtml\"/>"));
    ASSERT_FALSE(other.has_value());
    EXPECT_EQ(other.error().code, errc::NotCda);
}

TEST(CdaViewTransform, DoctypeAndExternalEntitiesAreRefused)
{
    QTemporaryDir dir;
    QFile secret(dir.filePath(QStringLiteral("secret.txt")));
    ASSERT_TRUE(secret.open(QIODevice::WriteOnly));
    secret.write("SECRET-CONTENT");
    secret.close();
    const QByteArray xxe = "<?xml version=\"1.0\"?><!DOCTYPE ClinicalDocument [<!ENTITY x SYSTEM \"file://"
                           + secret.fileName().toUtf8()
                           + "\">]><ClinicalDocument xmlns=\"urn:hl7-org:v3\"><title>&x;</title></ClinicalDocument>";
    auto html = CdaViewTransform::toHtml(xxe);
    if (html)
        EXPECT_FALSE(html->contains(QStringLiteral("SECRET-CONTENT")));
    else
        EXPECT_EQ(html.error().code, errc::Malformed);
}

TEST(CdaPdfExtractor, ReturnsThePdfOfN3AndN1AndRefusesOthers)
{
    const domain::ReportContent c = test::sampleReport();
    auto n3 = CdaN3Writer::write(c);
    auto n1 = CdaN1Writer::write(c);
    ASSERT_TRUE(n3 && n1);
    auto fromN3 = CdaPdfExtractor::extract(*n3);
    ASSERT_TRUE(fromN3.has_value()) << fromN3.error().message.toStdString();
    EXPECT_EQ(*fromN3, c.pdfCopy);
    auto fromN1 = CdaPdfExtractor::extract(*n1);
    ASSERT_TRUE(fromN1.has_value());
    EXPECT_EQ(*fromN1, c.pdfCopy);
    QByteArray broken = *n1;
    broken.replace(c.pdfCopy.toBase64(), QByteArray("R0lGODlh").toBase64());
    auto notPdf = CdaPdfExtractor::extract(broken);
    ASSERT_FALSE(notPdf.has_value());
    EXPECT_EQ(notPdf.error().code, errc::NotPdf);
    EXPECT_FALSE(CdaPdfExtractor::extract(QByteArrayLiteral("%PDF-1.4")).has_value());
}
