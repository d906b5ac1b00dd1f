#include "LabelFixtures.h"

#include "PdfTestSupport.h"

#include <QGuiApplication>
#include <QRegularExpression>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace sgl::interop::labels::testing {

void ensureGuiApp()
{
    if (QGuiApplication::instance())
        return;
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen"); // ctest sets it; direct runs too
    static int argc = 1;
    static char name[] = "test_interop_labels";
    static char *argv[] = {name, nullptr};
    static QGuiApplication app(argc, argv);
}

domain::TubeLabel claire()
{
    domain::TubeLabel t;
    t.birthName = u"DURAND"_s;
    t.firstName = u"Claire"_s;
    t.birthDate = u"1985-03-12"_s;
    t.sex = domain::Sex::Female;
    t.dossierNumber = u"D2026-000123"_s;
    t.barcode = u"T26000123K"_s;
    t.containerLabel = u"Tube sec"_s;
    t.containerCode = u"SEC"_s;
    t.specimenType = u"Sérum"_s;
    t.sampledAt = QDateTime(QDate(2026, 3, 12), QTime(8, 15), Qt::LocalTime);
    return t;
}

domain::TubeLabel helene()
{
    domain::TubeLabel t;
    t.birthName = u"LEFÈVRE"_s;
    t.usedName = u"MÜLLER"_s;
    t.firstName = u"Hélène-Agnès"_s;
    t.birthDate = u"1975-00-00"_s;
    t.sex = domain::Sex::Female;
    t.dossierNumber = u"D2026-000124"_s;
    t.barcode = u"T26000124B"_s;
    t.containerLabel = u"Tube citraté"_s;
    t.containerCode = u"CIT"_s;
    t.specimenType = u"Plasma citraté"_s;
    t.priority = domain::TubeLabel::Priority::Urgent;
    t.copyIndex = 2;
    t.copyCount = 2;
    return t;
}

QList<domain::TubeLabel> many(int count)
{
    QList<domain::TubeLabel> out;
    out.reserve(count);
    for (int i = 0; i < count; ++i) {
        domain::TubeLabel t = i % 2 ? helene() : claire();
        t.dossierNumber = u"D2026-%1"_s.arg(i + 1, 6, 10, QLatin1Char('0'));
        t.barcode = u"T26%1"_s.arg(i + 1, 6, 10, QLatin1Char('0'));
        out << t;
    }
    return out;
}

domain::LabelLayout dataMatrixLayout()
{
    domain::LabelLayout layout;
    layout.symbology = domain::LabelLayout::Symbology::DataMatrix;
    layout.moduleWidthMm = 0.5;
    layout.barcodeHeightMm = 8.0;
    return layout;
}

bool whiteOutside(const QImage &image, const QRect &inside)
{
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            if (!inside.contains(x, y) && image.pixel(x, y) != qRgb(255, 255, 255))
                return false;
    return true;
}

QList<QSizeF> pdfPageSizes(const QByteArray &pdf)
{
    // "Page    1 size: 141.732 x 70.8661 pts"
    const QString info = pdf::testing::runPopplerTool(u"pdfinfo"_s, pdf, {u"-f"_s, u"1"_s, u"-l"_s, u"9999"_s});
    static const QRegularExpression re(u"Page\\s+\\d+ size:\\s+([0-9.]+) x ([0-9.]+) pts"_s);
    QList<QSizeF> out;
    for (auto it = re.globalMatch(info); it.hasNext();) {
        const auto m = it.next();
        out << QSizeF(m.captured(1).toDouble(), m.captured(2).toDouble());
    }
    EXPECT_FALSE(out.isEmpty()) << "pdfinfo: " << info.toStdString();
    return out;
}

bool allWhite(const QImage &image)
{
    return whiteOutside(image, QRect());
}

} // namespace sgl::interop::labels::testing
