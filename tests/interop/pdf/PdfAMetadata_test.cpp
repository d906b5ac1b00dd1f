#include "interop/pdf/PdfAChecker.h"
#include "interop/pdf/PdfAMetadata.h"

#include <QTimeZone>

#include <gtest/gtest.h>

using namespace sgl::interop::pdf;

TEST(PdfAMetadata, DatesInBothFormsKeepTheOffset)
{
    const QDateTime t(QDate(2026, 1, 12), QTime(11, 42, 5), QTimeZone(3600));
    EXPECT_EQ(PdfAMetadata::pdfDate(t), QStringLiteral("D:20260112114205+01'00'"));
    EXPECT_EQ(PdfAMetadata::xmpDate(t), QStringLiteral("2026-01-12T11:42:05+01:00"));
    const QDateTime west(QDate(2026, 7, 1), QTime(8, 0), QTimeZone(-3 * 3600 - 1800));
    EXPECT_EQ(PdfAMetadata::pdfDate(west), QStringLiteral("D:20260701080000-03'30'"));
    EXPECT_EQ(PdfAMetadata::parseDate(PdfAMetadata::pdfDate(t)), t);
    EXPECT_EQ(PdfAMetadata::parseDate(PdfAMetadata::xmpDate(west)), west);
    EXPECT_EQ(PdfAMetadata::parseDate(PdfAMetadata::xmpDate(west)).offsetFromUtc(), west.offsetFromUtc());
    EXPECT_FALSE(PdfAMetadata::parseDate(QStringLiteral("12/01/2026")).isValid());
}

TEST(PdfAMetadata, XmpCarriesPdfaIdAndEscapedValues)
{
    PdfAMetadata m;
    m.title = QStringLiteral("Compte rendu <test> & « essai »");
    m.author = QStringLiteral("Laboratoire é");
    m.producer = QStringLiteral("PoDoFo");
    m.created = QDateTime(QDate(2026, 1, 12), QTime(11, 42), QTimeZone(3600));
    m.modified = m.created;
    const QByteArray xmp = m.xmpPacket();
    EXPECT_TRUE(xmp.startsWith("<?xpacket begin=\"\xEF\xBB\xBF\""));
    EXPECT_FALSE(xmp.contains("bytes=")) << "PDF/A-1 forbids the bytes attribute";
    EXPECT_EQ(PdfAChecker::xmpValue(xmp, QStringLiteral("pdfaid:part")), QStringLiteral("1"));
    EXPECT_EQ(PdfAChecker::xmpValue(xmp, QStringLiteral("pdfaid:conformance")), QStringLiteral("B"));
    EXPECT_EQ(PdfAChecker::xmpValue(xmp, QStringLiteral("dc:title")), m.title);
    EXPECT_EQ(PdfAChecker::xmpValue(xmp, QStringLiteral("dc:creator")), m.author);
    EXPECT_EQ(PdfAChecker::xmpValue(xmp, QStringLiteral("xmp:CreateDate")),
              QStringLiteral("2026-01-12T11:42:00+01:00"));
    EXPECT_TRUE(PdfAChecker::xmpValue(xmp, QStringLiteral("pdf:Keywords")).isEmpty());
}
