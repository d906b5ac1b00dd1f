#include "LabelFixtures.h"
#include "PdfTestSupport.h"
#include "ZxingDecoder.h"

#include "domain/ErrorCodes.h"
#include "interop/labels/ErrorCodes.h"
#include "interop/labels/LabelPdfWriter.h"


#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace sgl::interop::labels;
namespace fx = sgl::interop::labels::testing;
using sgl::domain::LabelLayout;
using sgl::interop::pdf::testing::RenderedPdf;
using sgl::testing::zxingDecode;

namespace {

class LabelPdfWriterTest : public ::testing::Test {
protected:
    static void SetUpTestSuite() { fx::ensureGuiApp(); }
};

LabelSheet a4Grid()
{
    LabelSheet sheet; // 3 columns x 7 rows of 50 x 25 mm labels, 20 mm and 13 mm gaps
    sheet.rows = 7;
    sheet.columns = 3;
    sheet.originMm = QPointF(10, 15);
    sheet.pitchMm = QSizeF(70, 38);
    return sheet;
}

} // namespace

TEST_F(LabelPdfWriterTest, OneLabelPerPageAtTheLabelSize)
{
    LabelLayout layout;
    layout.fields = sgl::domain::allLabelFields();
    const auto pdf = LabelPdfWriter(layout).write({fx::claire(), fx::helene(), fx::claire()});
    ASSERT_TRUE(pdf) << pdf.error().toString().toStdString();
    // 50 x 25 mm is 141.73 x 70.87 pt; Qt's PDF engine writes the MediaBox in whole points
    // (QPageLayout::fullRectPoints() is a QRect): 142 x 71 pt, 0.09 and 0.05 mm more.
    EXPECT_EQ(fx::pdfPageSizes(*pdf), QList<QSizeF>(3, QSizeF(142, 71)));
    const RenderedPdf rendered(*pdf);
    ASSERT_TRUE(rendered.loaded());
    const QString first = rendered.text(0);
    EXPECT_TRUE(first.contains(u"DURAND Claire"_s)) << first.toStdString();
    EXPECT_TRUE(first.contains(u"D2026-000123"_s));
    EXPECT_TRUE(first.contains(u"12/03/1985 F"_s));
    EXPECT_TRUE(first.contains(u"Prél. 12/03/2026 08:15"_s));
    const QString second = rendered.text(1);
    EXPECT_TRUE(second.contains(u"LEFÈVRE Hélène-Agnès"_s)) << second.toStdString(); // accents kept
    EXPECT_TRUE(second.contains(u"Nom utilisé : MÜLLER"_s));
    EXPECT_TRUE(second.contains(u"00/00/1975"_s));
    EXPECT_TRUE(second.contains(u"URGENT"_s));
    EXPECT_TRUE(second.contains(u"D2026-000124"_s));
    EXPECT_FALSE(second.contains(u"DURAND"_s));
}

TEST_F(LabelPdfWriterTest, BarcodeOfThePdfPageReadsBack)
{
    for (const auto &layout : {LabelLayout(), fx::dataMatrixLayout()}) {
        const auto pdf = LabelPdfWriter(layout).write({fx::helene()});
        ASSERT_TRUE(pdf);
        const QImage page = RenderedPdf(*pdf).render(0, 300);
        const auto found = sgl::testing::zxingScan(page, 170);
        ASSERT_EQ(found.size(), 1) << sgl::domain::symbologyKey(layout.symbology).toStdString();
        EXPECT_EQ(found[0].bytes, QByteArray("T26000124B"));
    }
}

TEST_F(LabelPdfWriterTest, SheetOfLabelsOnA4)
{
    const auto labels = fx::many(30); // 21 a page: 2 pages
    const auto pdf = LabelPdfWriter(LabelLayout()).write(labels, a4Grid());
    ASSERT_TRUE(pdf) << pdf.error().toString().toStdString();
    EXPECT_EQ(fx::pdfPageSizes(*pdf), QList<QSizeF>(2, QSizeF(595, 842))); // A4 in whole points
    const RenderedPdf rendered(*pdf);
    const QString page1 = rendered.text(0);
    const QString page2 = rendered.text(1);
    EXPECT_TRUE(page1.contains(u"D2026-000001"_s));
    EXPECT_TRUE(page1.contains(u"D2026-000021"_s));
    EXPECT_FALSE(page1.contains(u"D2026-000022"_s));
    EXPECT_TRUE(page2.contains(u"D2026-000022"_s));
    EXPECT_TRUE(page2.contains(u"D2026-000030"_s));
    // The last label of page 1 (row 7, column 3) is where the grid puts it: its barcode reads
    // from that cell alone.
    const QImage page = rendered.render(0, 300);
    const QPointF at = a4Grid().positionMm(20);
    EXPECT_EQ(at, QPointF(150, 243));
    const auto cell = page.copy(QRectF(at * 300 / 25.4, QSizeF(50, 25) * 300 / 25.4).toRect());
    const auto found = zxingDecode(cell);
    ASSERT_EQ(found.size(), 1);
    EXPECT_EQ(found[0].bytes, QByteArray("T26000021"));
}

TEST_F(LabelPdfWriterTest, SheetThatDoesNotFitIsRefused)
{
    LabelSheet sheet = a4Grid();
    sheet.pitchMm = QSizeF(45, 38); // narrower than a 50 mm label
    auto pdf = LabelPdfWriter(LabelLayout()).write(fx::many(2), sheet);
    ASSERT_FALSE(pdf);
    EXPECT_EQ(pdf.error().code, errc::SheetInvalid);
    EXPECT_EQ(pdf.error().location, u"pitchMm"_s);

    sheet = a4Grid();
    sheet.rows = 8; // 15 + 7 x 38 + 25 = 306 mm > 297
    pdf = LabelPdfWriter(LabelLayout()).write(fx::many(2), sheet);
    ASSERT_FALSE(pdf);
    EXPECT_EQ(pdf.error().code, errc::SheetInvalid);
    EXPECT_EQ(pdf.error().location, u"originMm"_s);
    EXPECT_EQ(pdf.error().message, u"Planche de 8 ligne(s) × 3 colonne(s) trop grande pour la page de 210 × 297 mm : "
                                   u"la dernière étiquette finirait à 200 mm en largeur et 306 mm en hauteur."_s);

    sheet.rows = 0;
    pdf = LabelPdfWriter(LabelLayout()).write(fx::many(2), sheet);
    ASSERT_FALSE(pdf);
    EXPECT_EQ(pdf.error().location, u"rows"_s);
}

TEST_F(LabelPdfWriterTest, OneBadLabelGivesNoPdf)
{
    auto labels = fx::many(3);
    labels[1].barcode = u"T2600É"_s;
    const auto pdf = LabelPdfWriter(LabelLayout()).write(labels);
    ASSERT_FALSE(pdf);
    EXPECT_EQ(pdf.error().code, sgl::domain::errc::LabelBarcodeNotEncodable);
    EXPECT_TRUE(pdf.error().message.startsWith(u"Étiquette 2 (tube T2600É) : Code-barres « T2600É »"_s))
        << pdf.error().message.toStdString();

    const auto empty = LabelPdfWriter(LabelLayout()).write({});
    ASSERT_FALSE(empty);
    EXPECT_EQ(empty.error().code, errc::NothingToPrint);
}
