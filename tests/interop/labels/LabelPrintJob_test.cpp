#include "LabelFixtures.h"
#include "PdfTestSupport.h"
#include "ZxingDecoder.h"

#include "domain/ErrorCodes.h"
#include "interop/labels/LabelPrintJob.h"

#include <QFile>
#include <QPrinter>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace sgl::interop::labels;
namespace fx = sgl::interop::labels::testing;
using sgl::domain::LabelLayout;

namespace {

class LabelPrintJobTest : public ::testing::Test {
protected:
    static void SetUpTestSuite() { fx::ensureGuiApp(); }
};

} // namespace

// Qt's printing system with its PDF back end (the same QPrinter path as a CUPS printer, with a
// file at the end instead of a spooler): the job must come out at the label size, one label a page.
TEST_F(LabelPrintJobTest, PrintsOnePagePerLabelAtTheLabelSize)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString file = dir.filePath(u"job.pdf"_s);
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(file);
    LabelLayout layout;
    layout.widthMm = 55;
    layout.heightMm = 30;
    const auto status = LabelPrintJob(layout).print(printer, {fx::claire(), fx::helene()}, u"Étiquettes D2026-000123"_s);
    ASSERT_TRUE(status) << status.error().toString().toStdString();
    EXPECT_EQ(printer.docName(), u"Étiquettes D2026-000123"_s);

    QFile in(file);
    ASSERT_TRUE(in.open(QIODevice::ReadOnly));
    const QByteArray pdf = in.readAll();
    // 55 x 30 mm = 155.91 x 85.04 pt, in whole points in Qt's PDF output.
    EXPECT_EQ(fx::pdfPageSizes(pdf), QList<QSizeF>(2, QSizeF(156, 85)));
    const sgl::interop::pdf::testing::RenderedPdf rendered(pdf);
    EXPECT_TRUE(rendered.text(0).contains(u"DURAND Claire"_s));
    EXPECT_TRUE(rendered.text(1).contains(u"LEFÈVRE Hélène-Agnès"_s));
    const auto found = sgl::testing::zxingDecode(rendered.render(1, 300));
    ASSERT_EQ(found.size(), 1);
    EXPECT_EQ(found[0].bytes, QByteArray("T26000124B"));
}

TEST_F(LabelPrintJobTest, BadLabelStartsNoJob)
{
    QTemporaryDir dir;
    const QString file = dir.filePath(u"job.pdf"_s);
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(file);
    LabelLayout layout;
    layout.heightMm = 15; // too short for the default fields
    const auto status = LabelPrintJob(layout).print(printer, {fx::claire()}, u"x"_s);
    ASSERT_FALSE(status);
    EXPECT_EQ(status.error().code, sgl::domain::errc::LabelHeightTooSmall);
    EXPECT_EQ(status.error().location, u"heightMm"_s);
    EXPECT_FALSE(QFile::exists(file));
}
