#include "LabelFixtures.h"
#include "ZxingDecoder.h"

#include "domain/ErrorCodes.h"
#include "domain/lab/LabelGeometry.h"
#include "interop/labels/LabelPainter.h"
#include "interop/labels/LabelTextFitter.h"

#include <QFontMetricsF>
#include <QPainter>

#include <gtest/gtest.h>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace sgl::interop::labels;
namespace fx = sgl::interop::labels::testing;
using sgl::domain::LabelLayout;
using sgl::testing::zxingDecode;
using sgl::testing::zxingScan;

namespace {

constexpr int Dpi = 300;

int px(double mm)
{
    return static_cast<int>(std::lround(mm * Dpi / 25.4));
}

class LabelPainterTest : public ::testing::Test {
protected:
    static void SetUpTestSuite() { fx::ensureGuiApp(); }
};

QImage renderOrFail(const LabelLayout &layout, const sgl::domain::TubeLabel &label)
{
    auto image = LabelPainter(layout).toImage(label, Dpi);
    EXPECT_TRUE(image) << (image ? std::string() : image.error().toString().toStdString());
    return image ? *image : QImage();
}

/** The label's barcode band only (the decoder then sees no text). */
QImage band(const QImage &label, const LabelLayout &layout)
{
    const QRectF b = sgl::domain::LabelGeometry::compute(layout).bandMm();
    return label.copy(0, px(b.top()), label.width(), px(b.height()));
}

} // namespace

TEST_F(LabelPainterTest, Code128ReadBackByZxing)
{
    const LabelLayout layout;
    const QImage image = renderOrFail(layout, fx::claire());
    EXPECT_EQ(image.width(), px(50));
    EXPECT_EQ(image.height(), px(25));
    const auto found = zxingDecode(image);
    ASSERT_EQ(found.size(), 1);
    EXPECT_EQ(found[0].format, u"Code128"_s);
    EXPECT_EQ(found[0].bytes, QByteArray("T26000123K"));
}

TEST_F(LabelPainterTest, DataMatrixReadBackByZxing)
{
    const LabelLayout layout = fx::dataMatrixLayout();
    const QImage image = renderOrFail(layout, fx::helene());
    const auto found = zxingScan(image, px(14));
    ASSERT_EQ(found.size(), 1);
    EXPECT_EQ(found[0].format, u"DataMatrix"_s);
    EXPECT_EQ(found[0].bytes, QByteArray("T26000124B"));
}

TEST_F(LabelPainterTest, DamagedOrTruncatedBarcodeDoesNotDecode)
{
    const LabelLayout layout;
    const QImage image = renderOrFail(layout, fx::claire());
    ASSERT_EQ(zxingDecode(band(image, layout)).size(), 1); // the control: intact, it reads

    // Truncated: the right third of the bars is gone (stop pattern and check character with it).
    const QImage truncated = image.copy(0, 0, image.width() * 2 / 3, image.height());
    EXPECT_TRUE(zxingDecode(truncated).isEmpty());

    // Damaged: a blank stripe of 8 modules across the middle of the bars.
    QImage damaged = image;
    QPainter p(&damaged);
    p.fillRect(QRect(damaged.width() / 2 - 12, 0, 24, damaged.height()), Qt::white);
    p.end();
    EXPECT_TRUE(zxingDecode(damaged).isEmpty());
}

TEST_F(LabelPainterTest, DamagedDataMatrixDoesNotDecode)
{
    const LabelLayout layout = fx::dataMatrixLayout();
    QImage image = renderOrFail(layout, fx::helene());
    ASSERT_EQ(zxingScan(image, px(14)).size(), 1);
    // Blank the top half of the symbol: beyond what Reed-Solomon corrects, and the finder is broken.
    const QRectF s = sgl::domain::LabelGeometry::compute(layout, {14, 14}).symbolMm();
    QPainter p(&image);
    p.fillRect(QRect(px(s.left()), px(s.top()), px(s.width()), px(s.height() / 2)), Qt::white);
    p.end();
    EXPECT_TRUE(zxingScan(image, px(14)).isEmpty());
}

TEST_F(LabelPainterTest, BarcodeTooWideIsRefusedAndNothingIsDrawn)
{
    LabelLayout layout;
    layout.moduleWidthMm = 0.5; // 4 dots at 203 dpi: 123 modules = 61.6 mm on a 50 mm label
    QImage image(px(50), px(25), QImage::Format_RGB32);
    image.setDotsPerMeterX(11811);
    image.setDotsPerMeterY(11811);
    image.fill(Qt::white);
    QPainter p(&image);
    const auto status = LabelPainter(layout).paint(p, fx::claire());
    p.end();
    ASSERT_FALSE(status);
    EXPECT_EQ(status.error().code, sgl::domain::errc::LabelBarcodeTooWide);
    EXPECT_EQ(status.error().location, u"moduleWidthMm"_s);
    EXPECT_TRUE(status.error().message.startsWith(u"Code-barres « T26000123K » trop large : 123 modules de 0,5 mm"_s))
        << status.error().message.toStdString();
    EXPECT_TRUE(fx::allWhite(image));
}

TEST_F(LabelPainterTest, InvalidLayoutOrContentIsRefused)
{
    LabelLayout layout;
    layout.dpi = 150;
    auto image = LabelPainter(layout).toImage(fx::claire(), Dpi);
    ASSERT_FALSE(image);
    EXPECT_EQ(image.error().code, sgl::domain::errc::LabelDpiUnsupported);
    EXPECT_EQ(image.error().location, u"dpi"_s);

    auto label = fx::claire();
    label.barcode = u"T2600€"_s;
    image = LabelPainter(LabelLayout()).toImage(label, Dpi);
    ASSERT_FALSE(image);
    EXPECT_EQ(image.error().code, sgl::domain::errc::LabelBarcodeNotEncodable);
    EXPECT_EQ(image.error().location, u"barcode"_s);
}

TEST_F(LabelPainterTest, NothingLeavesTheLabel)
{
    // Long texts everywhere, drawn 5 mm into a larger white page: no ink outside the label.
    auto label = fx::helene();
    label.birthName = u"DE LA TOUR D'AUVERGNE-LAURAGUAIS-MONTMORENCY"_s;
    label.firstName = u"Marie-Élisabeth-Clémentine-Joséphine"_s;
    label.usedName = u"SAINT-EXUPÉRY-VILLENEUVE-LÈS-AVIGNON"_s;
    label.containerLabel = u"Tube hépariné de lithium avec gel séparateur, bouchon vert clair"_s;
    label.specimenType = u"Plasma hépariné (lithium), prélèvement veineux"_s;
    label.dossierNumber = u"D2026-000000000000124"_s;
    LabelLayout layout;
    layout.fields = sgl::domain::allLabelFields();
    ASSERT_TRUE(layout.validate().isEmpty());

    QImage page(px(60), px(35), QImage::Format_RGB32);
    page.setDotsPerMeterX(11811);
    page.setDotsPerMeterY(11811);
    page.fill(Qt::white);
    QPainter p(&page);
    const auto status = LabelPainter(layout).paint(p, label, QPointF(5, 5));
    p.end();
    ASSERT_TRUE(status) << status.error().toString().toStdString();
    const QRect labelPx(px(5), px(5), px(50), px(25));
    EXPECT_TRUE(fx::whiteOutside(page, labelPx));
    EXPECT_FALSE(fx::allWhite(page)); // the control: something was drawn
    // Nor inside the margins.
    EXPECT_TRUE(fx::whiteOutside(page, labelPx.adjusted(px(1.5), px(1.5), -px(1.5), -px(1.5))));
    // And the barcode still reads.
    const auto found = zxingDecode(page);
    ASSERT_EQ(found.size(), 1);
    EXPECT_EQ(found[0].bytes, QByteArray("T26000124B"));
}

namespace {

bool whiteBlock(const QImage &image, int x0, int x1, int y0, int y1)
{
    for (int y = y0; y < y1; ++y)
        for (int x = x0; x < x1; ++x)
            if (image.pixel(x, y) != qRgb(255, 255, 255))
                return false;
    return true;
}

bool darkIn(const QImage &image, int x0, int x1, int y0, int y1)
{
    return !whiteBlock(image, x0, x1, y0, y1);
}

} // namespace

TEST_F(LabelPainterTest, QuietZonesStayBlank)
{
    // Code 128 at 300 dpi: the 0.2502 mm module is drawn 3 px wide; T26000124B is 123 modules =
    // 369 px, centred on the printable width's middle (25 mm = 295.3 px): from 111 to 480. Bars
    // from 6.6 mm (78 px), 7 mm (82.7 px) high. Quiet zones: 10 modules = 30 px each side.
    QImage image = renderOrFail(LabelLayout(), fx::helene());
    EXPECT_TRUE(darkIn(image, 111, 112, 80, 158));  // first bar
    EXPECT_TRUE(darkIn(image, 479, 480, 80, 158));  // last bar
    EXPECT_TRUE(whiteBlock(image, 81, 111, 78, 160));
    EXPECT_TRUE(whiteBlock(image, 480, 510, 78, 160));

    // DataMatrix: 0.5005 mm module = 6 px; 14 modules = 84 px from the 1.5 mm margin (18 px) to
    // 102, centred in its band (6.1 to 15.1 mm): rows 83 to 167. Its human-readable text starts
    // past the 1-module quiet zone: 102 to 108 stays blank.
    image = renderOrFail(fx::dataMatrixLayout(), fx::helene());
    EXPECT_TRUE(darkIn(image, 18, 24, 83, 167));   // solid left column
    EXPECT_TRUE(darkIn(image, 96, 102, 83, 167));  // right clock track
    EXPECT_TRUE(whiteBlock(image, 102, 108, 77, 173));
    EXPECT_TRUE(whiteBlock(image, 12, 18, 77, 173));
    EXPECT_TRUE(darkIn(image, 108, image.width(), 83, 167)); // the text beside it is there
}

TEST_F(LabelPainterTest, TextIsKeptShrunkOrElided)
{
    QFont font(LabelPainter::fontFamily());
    font.setPixelSize(100);
    const QFontMetricsF nominal(font);
    const QString name = u"DURAND Claire"_s;
    const qreal width = nominal.horizontalAdvance(name);

    auto fitted = LabelTextFitter::fit(name, font, width + 1);
    EXPECT_EQ(fitted.text, name);
    EXPECT_EQ(fitted.font.pixelSize(), 100);

    fitted = LabelTextFitter::fit(name, font, width * 0.9); // shrunk, still whole
    EXPECT_EQ(fitted.text, name);
    EXPECT_LT(fitted.font.pixelSize(), 100);
    EXPECT_GE(fitted.font.pixelSize(), 80);
    EXPECT_LE(fitted.width, width * 0.9);

    fitted = LabelTextFitter::fit(name, font, width * 0.5); // elided at 80 %
    EXPECT_EQ(fitted.font.pixelSize(), 80);
    EXPECT_TRUE(fitted.text.endsWith(u'…')) << fitted.text.toStdString();
    EXPECT_TRUE(fitted.text.startsWith(u"DURAN"_s)) << fitted.text.toStdString();
    EXPECT_LT(fitted.text.size(), name.size());
    EXPECT_LE(fitted.width, width * 0.5);

    EXPECT_EQ(LabelTextFitter::fit(QString(), font, 100).text, QString());
    EXPECT_EQ(LabelTextFitter::fit(name, font, 0).text, QString());
}
