#include "domain/ErrorCodes.h"
#include "domain/lab/LabelGeometry.h"
#include "domain/lab/LabelLayout.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace sgl::domain;

namespace {

/** The one error of a list, or a failure naming how many there were. */
Error only(const QList<Error> &errors)
{
    EXPECT_EQ(errors.size(), 1);
    return errors.isEmpty() ? Error{} : errors.first();
}

} // namespace

TEST(LabelLayout, DefaultLayoutIsValid)
{
    const LabelLayout layout;
    EXPECT_TRUE(layout.validate().isEmpty());
    EXPECT_EQ(layout.widthMm, 50.0);
    EXPECT_EQ(layout.heightMm, 25.0);
    EXPECT_EQ(layout.dpi, 203);
    EXPECT_EQ(symbologyKey(layout.symbology), u"code128"_s);
    EXPECT_EQ(symbologyKey(LabelLayout::Symbology::DataMatrix), u"datamatrix"_s);
}

TEST(LabelLayout, ModuleWidthRoundsToPrinterDots)
{
    LabelLayout layout; // 0.25 mm
    EXPECT_EQ(layout.moduleDots(), 2); // 0.25 * 203 / 25.4 = 1.998
    EXPECT_NEAR(layout.effectiveModuleMm(), 2 * 25.4 / 203, 1e-12);
    layout.dpi = 300; // 2.953 -> 3 dots
    EXPECT_EQ(layout.moduleDots(), 3);
    EXPECT_NEAR(layout.effectiveModuleMm(), 0.254, 1e-12);
    layout.dpi = 600;
    EXPECT_EQ(layout.moduleDots(), 6);
    EXPECT_EQ(layout.dots(50.0), 1181); // 50 * 600 / 25.4 = 1181.1
    layout.dpi = 203;
    EXPECT_EQ(layout.dots(50.0), 400); // 399.6
    EXPECT_EQ(layout.quietZoneModules(), 10);
    layout.symbology = LabelLayout::Symbology::DataMatrix;
    EXPECT_EQ(layout.quietZoneModules(), 1);
    layout.quietZones = false;
    EXPECT_EQ(layout.quietZoneModules(), 0);
}

TEST(LabelLayout, UnsupportedDpiNamesTheField)
{
    LabelLayout layout;
    layout.dpi = 250;
    const Error e = only(layout.validate());
    EXPECT_EQ(e.code, errc::LabelDpiUnsupported);
    EXPECT_EQ(e.location, u"dpi"_s);
    EXPECT_EQ(e.message, u"Résolution d'imprimante 250 dpi non prise en charge (203, 300 ou 600 dpi)."_s);
}

TEST(LabelLayout, ModuleWidthOutsideOneToTenDots)
{
    LabelLayout layout;
    layout.moduleWidthMm = 0.05; // 0.4 dot at 203 dpi
    Error e = only(layout.validate());
    EXPECT_EQ(e.code, errc::LabelModuleWidthInvalid);
    EXPECT_EQ(e.location, u"moduleWidthMm"_s);
    EXPECT_EQ(e.message, u"Largeur de module 0,05 mm : 0 point(s) à 203 dpi, il en faut de 1 à 10."_s);
    layout.moduleWidthMm = 1.4; // 11.2 dots
    e = only(layout.validate());
    EXPECT_EQ(e.code, errc::LabelModuleWidthInvalid);
    layout.moduleWidthMm = 0.13; // 1.04 dot: the narrowest this printer can do
    EXPECT_TRUE(layout.validate().isEmpty());
}

TEST(LabelLayout, HeightTooSmallForTheChosenFields)
{
    LabelLayout layout;
    EXPECT_NEAR(LabelGeometry::compute(layout).requiredHeightMm(), 22.0, 1e-9);
    layout.heightMm = 20;
    const Error e = only(layout.validate());
    EXPECT_EQ(e.code, errc::LabelHeightTooSmall);
    EXPECT_EQ(e.location, u"heightMm"_s);
    EXPECT_EQ(e.message, u"Étiquette trop basse : 20 mm pour les champs choisis et le code-barres (marges comprises), "
                         u"il en faut 22."_s);
    // Fewer fields: the same 20 mm is enough.
    layout.fields = {LabelField::PatientName, LabelField::DossierNumber};
    EXPECT_TRUE(layout.validate().isEmpty());
}

TEST(LabelLayout, SizeMarginsAndHeightsMustBePositive)
{
    LabelLayout layout;
    layout.widthMm = 0;
    Error e = only(layout.validate());
    EXPECT_EQ(e.code, errc::LabelSizeInvalid);
    EXPECT_EQ(e.location, u"widthMm"_s);

    layout = {};
    layout.marginsMm.left = 30;
    layout.marginsMm.right = 25;
    e = only(layout.validate());
    EXPECT_EQ(e.code, errc::LabelMarginsInvalid);
    EXPECT_EQ(e.message, u"Marges gauche et droite (30 + 25 mm) plus larges que l'étiquette (50 mm)."_s);

    layout = {};
    layout.marginsMm.top = -1;
    EXPECT_EQ(only(layout.validate()).code, errc::LabelMarginsInvalid);

    layout = {};
    layout.lineHeightMm = 0;
    e = only(layout.validate());
    EXPECT_EQ(e.code, errc::LabelLineHeightInvalid);
    EXPECT_EQ(e.location, u"lineHeightMm"_s);

    layout = {};
    layout.barcodeHeightMm = -2;
    e = only(layout.validate());
    EXPECT_EQ(e.code, errc::LabelBarcodeHeightInvalid);
    EXPECT_EQ(e.location, u"barcodeHeightMm"_s);
}

TEST(LabelLayout, BarcodeContentMustBePrintableAscii)
{
    const LabelLayout layout;
    EXPECT_TRUE(layout.validateBarcode(u"T26000123K"_s, {}).isEmpty());
    EXPECT_TRUE(layout.validateBarcode(u"A-1 $/+%.~^_"_s, {}).isEmpty());
    Error e = only(layout.validateBarcode(u"TUBÉ1"_s, {}));
    EXPECT_EQ(e.code, errc::LabelBarcodeNotEncodable);
    EXPECT_EQ(e.location, u"barcode"_s);
    EXPECT_EQ(e.message, u"Code-barres « TUBÉ1 » : le caractère « É » (position 4) ne peut pas être codé en Code 128 "
                         u"(ASCII imprimable seulement)."_s);
    e = only(layout.validateBarcode(u"T1\tX"_s, {}));
    EXPECT_EQ(e.code, errc::LabelBarcodeNotEncodable);
    e = only(layout.validateBarcode(QString(), {}));
    EXPECT_EQ(e.code, errc::LabelBarcodeNotEncodable);
    EXPECT_EQ(e.message, u"Code-barres vide : rien à imprimer."_s);
}

TEST(LabelLayout, Code128WiderThanTheLabelAtThatModuleWidth)
{
    LabelLayout layout; // 50 mm, module 2 dots at 203 dpi = 0.2502 mm, 10-module quiet zones
    // 179 modules + 20 quiet = 199 modules = 49.8 mm: fits.
    EXPECT_TRUE(layout.validateBarcode(u"X"_s, {179, 1}).isEmpty());
    // 180 + 20 = 200 modules = 50.05 mm: does not.
    const Error e = only(layout.validateBarcode(u"X"_s, {180, 1}));
    EXPECT_EQ(e.code, errc::LabelBarcodeTooWide);
    EXPECT_EQ(e.location, u"moduleWidthMm"_s);
    EXPECT_EQ(e.message, u"Code-barres « X » trop large : 180 modules de 0,25 mm font 50,05 mm, zones de silence "
                         u"comprises (2,5 mm), pour une étiquette de 50 mm (zone imprimable 47 mm). Réduisez la "
                         u"largeur de module ou agrandissez l'étiquette."_s);
    // Without quiet zones only the printable width counts (47 mm = 187.8 modules).
    layout.quietZones = false;
    EXPECT_TRUE(layout.validateBarcode(u"X"_s, {187, 1}).isEmpty());
    EXPECT_EQ(only(layout.validateBarcode(u"X"_s, {188, 1})).code, errc::LabelBarcodeTooWide);
}

TEST(LabelLayout, DataMatrixTallerThanItsBand)
{
    LabelLayout layout;
    layout.symbology = LabelLayout::Symbology::DataMatrix;
    layout.moduleWidthMm = 0.5; // 4 dots at 203 dpi = 0.5005 mm
    EXPECT_TRUE(layout.validateBarcode(u"T26000123K"_s, {12, 12}).isEmpty()); // 6.006 mm in 7 mm
    const Error e = only(layout.validateBarcode(u"T26000123K"_s, {14, 14}));   // 7.007 mm
    EXPECT_EQ(e.code, errc::LabelBarcodeTooTall);
    EXPECT_EQ(e.location, u"barcodeHeightMm"_s);
    EXPECT_EQ(e.message, u"DataMatrix « T26000123K » trop haut : 14 × 14 modules de 0,5 mm font 7,01 mm, pour une "
                         u"hauteur de code-barres de 7 mm."_s);
}

TEST(LabelGeometry, DefaultCode128Layout)
{
    const LabelLayout layout;
    const double module = 2 * 25.4 / 203;
    const auto g = LabelGeometry::compute(layout, {145, 1});
    using F = LabelField;
    ASSERT_EQ(g.lines().size(), 5);
    // Name with the priority mark, in reverse video at the right.
    EXPECT_EQ(g.lines()[0].rectMm, QRectF(1.5, 1.5, 47, 2.3));
    EXPECT_EQ(g.lines()[0].left, QList<F>{F::PatientName});
    EXPECT_EQ(g.lines()[0].right, QList<F>{F::Priority});
    EXPECT_TRUE(g.lines()[0].boldLeft);
    EXPECT_TRUE(g.lines()[0].reverseRight);
    // Birth date and sex, dossier number at the right.
    EXPECT_EQ(g.lines()[1].left, (QList<F>{F::BirthDate, F::Sex}));
    EXPECT_EQ(g.lines()[1].right, QList<F>{F::DossierNumber});
    EXPECT_NEAR(g.lines()[1].rectMm.top(), 3.8, 1e-9);
    // Band: 0.5 mm gap, 7 mm of bars centred in the 47 mm printable width.
    EXPECT_NEAR(g.bandMm().top(), 6.1, 1e-9);
    EXPECT_NEAR(g.bandMm().height(), 8.0, 1e-9);
    EXPECT_NEAR(g.symbolMm().top(), 6.6, 1e-9);
    EXPECT_NEAR(g.symbolMm().height(), 7.0, 1e-9);
    EXPECT_NEAR(g.symbolMm().width(), 145 * module, 1e-9);
    EXPECT_NEAR(g.symbolMm().left(), 1.5 + (47 - 145 * module) / 2, 1e-9);
    // Human-readable text centred under the bars.
    EXPECT_EQ(g.lines()[2].left, QList<F>{F::BarcodeText});
    EXPECT_TRUE(g.lines()[2].centred);
    EXPECT_NEAR(g.lines()[2].rectMm.top(), 13.6, 1e-9);
    EXPECT_EQ(g.lines()[3].left, QList<F>{F::Container});
    EXPECT_TRUE(g.lines()[3].right.isEmpty()); // specimen type not in the default fields
    EXPECT_NEAR(g.lines()[3].rectMm.top(), 15.9, 1e-9);
    EXPECT_EQ(g.lines()[4].left, QList<F>{F::SamplingTime});
    EXPECT_EQ(g.lines()[4].right, QList<F>{F::CopyIndex});
    EXPECT_NEAR(g.lines()[4].rectMm.bottom(), 20.5, 1e-9);
    EXPECT_NEAR(g.requiredHeightMm(), 22.0, 1e-9);
}

TEST(LabelGeometry, DataMatrixAtTheLeftWithItsTextBeside)
{
    LabelLayout layout;
    layout.symbology = LabelLayout::Symbology::DataMatrix;
    layout.moduleWidthMm = 0.5;
    layout.fields = {LabelField::PatientName, LabelField::BarcodeText};
    const double module = 4 * 25.4 / 203;
    const auto g = LabelGeometry::compute(layout, {12, 12});
    ASSERT_EQ(g.lines().size(), 2);
    EXPECT_EQ(g.symbolMm().left(), 1.5);
    EXPECT_NEAR(g.symbolMm().top(), 3.8 + (8 - 12 * module) / 2, 1e-9);
    EXPECT_NEAR(g.symbolMm().width(), 12 * module, 1e-9);
    const auto &text = g.lines()[1];
    EXPECT_EQ(text.left, QList<LabelField>{LabelField::BarcodeText});
    EXPECT_FALSE(text.centred);
    EXPECT_NEAR(text.rectMm.left(), 1.5 + 12 * module + module, 1e-9); // past the 1-module quiet zone
    EXPECT_NEAR(text.rectMm.right(), 48.5, 1e-9);
    EXPECT_NEAR(g.requiredHeightMm(), 1.5 + 2.3 + 8 + 1.5, 1e-9);
}
