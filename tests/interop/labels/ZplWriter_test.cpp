#include "LabelFixtures.h"

#include "domain/ErrorCodes.h"
#include "interop/labels/ErrorCodes.h"
#include "interop/labels/ZplWriter.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace sgl::interop::labels;
namespace fx = sgl::interop::labels::testing;
using sgl::domain::LabelLayout;

// No ZPL renderer or validator is packaged in Debian 12: the expected bytes below are worked out by
// hand from the ZPL II guide and the layout (mm x dpi / 25.4, rounded), not produced by the writer.

namespace {

QByteArray zplOrFail(const LabelLayout &layout, const QList<sgl::domain::TubeLabel> &labels)
{
    auto zpl = ZplWriter(layout).write(labels);
    EXPECT_TRUE(zpl) << (zpl ? std::string() : zpl.error().toString().toStdString());
    return zpl ? *zpl : QByteArray();
}

} // namespace

TEST(ZplWriter, OneLabelByteForByteAt203Dpi)
{
    // Default layout: 50 x 25 mm, margins 1.5, lines 2.3, Code 128 7 mm high, module 0.25 mm.
    // At 203 dpi (7.992 dots/mm): width 400, length 200; margin 12; font 1.886 mm = 15 dots in
    // 18-dot lines (text 1 dot down); line tops 1.5/3.8/13.6/15.9/18.2 mm = 12/30/109/127/145.
    // Right-hand fields are estimated at 0.6 x 15 = 9 dots a character, plus an 8-dot gap:
    // "D2026-000123" leaves 376 - 108 - 8 = 260 dots, "1/1" leaves 376 - 27 - 8 = 341.
    // T26000123K is 123 modules (Start B, T, Code C, 26 00 01 23, Code B, K, check, stop) of
    // 2 dots = 0.2502 mm: 30.78 mm centred in 47 mm from 1.5 mm -> 9.61 mm = 77 dots; bars at
    // 6.6 mm = 53 dots, 7 mm = 56 dots high.
    const QByteArray expected = "^XA\n"
                                "^CI28\n"
                                "^PW400\n"
                                "^LL200\n"
                                "^LH0,0\n"
                                "^FO12,13^A0N,15,15^FB376,1,0,L,0^FH_^FDDURAND Claire^FS\n"
                                "^FO12,31^A0N,15,15^FB376,1,0,R,0^FH_^FDD2026-000123^FS\n"
                                "^FO12,31^A0N,15,15^FB260,1,0,L,0^FH_^FD12/03/1985 F^FS\n"
                                "^FO12,110^A0N,15,15^FB376,1,0,C,0^FH_^FDT26000123K^FS\n"
                                "^FO12,128^A0N,15,15^FB376,1,0,L,0^FH_^FDTube sec (SEC)^FS\n"
                                "^FO12,146^A0N,15,15^FB376,1,0,R,0^FH_^FD1/1^FS\n"
                                "^FO12,146^A0N,15,15^FB341,1,0,L,0^FH_^FDPr\xC3\xA9l. 12/03/2026 08:15^FS\n"
                                "^FO77,53^BY2^BCN,56,N,N,N,A^FH_^FDT26000123K^FS\n"
                                "^PQ1\n"
                                "^XZ\n";
    EXPECT_EQ(zplOrFail(LabelLayout(), {fx::claire()}), expected);
}

TEST(ZplWriter, PositionsAt300Dpi)
{
    LabelLayout layout;
    layout.dpi = 300; // 11.811 dots/mm
    const QByteArray zpl = zplOrFail(layout, {fx::claire()});
    // 590.6 x 295.3 dots; margin 17.7 -> 18, printable right edge 48.5 mm = 573: blocks of 555.
    EXPECT_TRUE(zpl.contains("^PW591\n^LL295\n"));
    EXPECT_TRUE(zpl.contains("^FO18,20^A0N,22,22^FB555,1,0,L,0^FH_^FDDURAND Claire^FS\n")) << zpl.toStdString();
    // Module 0.25 mm = 2.95 -> 3 dots (0.254 mm): 123 modules = 31.24 mm, centred: 9.38 mm = 111.
    EXPECT_TRUE(zpl.contains("^FO111,78^BY3^BCN,83,N,N,N,A^FH_^FDT26000123K^FS\n")) << zpl.toStdString();
}

TEST(ZplWriter, PositionsAt600Dpi)
{
    LabelLayout layout;
    layout.dpi = 600; // 23.622 dots/mm
    const QByteArray zpl = zplOrFail(layout, {fx::claire()});
    EXPECT_TRUE(zpl.contains("^PW1181\n^LL591\n"));
    // Module 5.9 -> 6 dots (0.254 mm), the same 31.24 mm symbol: 9.38 mm = 222; top 6.6 mm = 156.
    EXPECT_TRUE(zpl.contains("^FO222,156^BY6^BCN,165,N,N,N,A^FH_^FDT26000123K^FS\n")) << zpl.toStdString();
}

TEST(ZplWriter, DataMatrixWithTheSizeLibzintChose)
{
    // 0.5 mm = 4 dots; 14 x 14 modules = 7.007 mm in a 9 mm band from 6.1 mm: top 7.097 mm = 57.
    const QByteArray zpl = zplOrFail(fx::dataMatrixLayout(), {fx::helene()});
    EXPECT_TRUE(zpl.contains("^FO12,57^BXN,4,200,14,14,,_^FH_^FDT26000124B^FS\n")) << zpl.toStdString();
    EXPECT_FALSE(zpl.contains("^BC"));
    // '_' is ^BX's escape character: doubled, each sent as _5F.
    auto label = fx::claire();
    label.barcode = u"T26_01"_s;
    EXPECT_TRUE(zplOrFail(fx::dataMatrixLayout(), {label}).contains("^FH_^FDT26_5F_5F01^FS"));
}

TEST(ZplWriter, CaretTildeAndUnderscoreAreHexEscaped)
{
    EXPECT_EQ(ZplWriter::fieldData(u"DU^RAND~X_Y"_s), QByteArray("DU_5ERAND_7EX_5FY"));
    EXPECT_EQ(ZplWriter::fieldData(u"A\tB\x7F"_s), QByteArray("A_09B_7F"));
    auto label = fx::claire();
    label.birthName = u"DU^RAND~"_s;
    label.firstName = u"^XZ~JA"_s; // would end the format and cancel the printer's jobs if sent raw
    const QByteArray zpl = zplOrFail(LabelLayout(), {label});
    EXPECT_TRUE(zpl.contains("^FH_^FDDU_5ERAND_7E _5EXZ_7EJA^FS")) << zpl.toStdString();
    EXPECT_EQ(zpl.count("^XZ"), 1);
    EXPECT_EQ(zpl.count('~'), 0);
    // The barcode's own special characters too (Code 128 keeps them: printable ASCII).
    label = fx::claire();
    label.barcode = u"A^1~2_3"_s;
    EXPECT_TRUE(zplOrFail(LabelLayout(), {label}).contains("^BCN,56,N,N,N,A^FH_^FDA_5E1_7E2_5F3^FS"));
}

TEST(ZplWriter, Utf8AccentsSentAsIs)
{
    LabelLayout layout;
    layout.fields = sgl::domain::allLabelFields();
    const QByteArray zpl = zplOrFail(layout, {fx::helene()});
    EXPECT_TRUE(zpl.startsWith("^XA\n^CI28\n"));
    // LEFÈVRE Hélène-Agnès, Nom utilisé : MÜLLER, Tube citraté, Plasma citraté, in UTF-8.
    EXPECT_TRUE(zpl.contains("^FDLEF\xC3\x88VRE H\xC3\xA9l\xC3\xA8ne-Agn\xC3\xA8s^FS")) << zpl.toStdString();
    EXPECT_TRUE(zpl.contains("^FDNom utilis\xC3\xA9 : M\xC3\x9CLLER^FS"));
    EXPECT_TRUE(zpl.contains("^FDTube citrat\xC3\xA9 (CIT)^FS"));
    EXPECT_TRUE(zpl.contains("^FDPlasma citrat\xC3\xA9^FS"));
    EXPECT_TRUE(zpl.contains("^FD00/00/1975 F^FS"));
}

TEST(ZplWriter, PriorityMarkReversedInABlackBox)
{
    // "URGENT": 6 x 9 dots + 2 x 3 dots of padding = a 60-dot box at the right of the first line.
    const QByteArray zpl = zplOrFail(LabelLayout(), {fx::helene()});
    EXPECT_TRUE(zpl.contains("^FO328,12^GB60,18,18^FS\n"
                             "^FO328,13^FR^A0N,15,15^FB60,1,0,C,0^FH_^FDURGENT^FS\n"
                             "^FO12,13^A0N,15,15^FB308,1,0,L,0^FH_^FDLEF\xC3\x88VRE H\xC3\xA9l\xC3\xA8ne-Agn\xC3\xA8s^FS\n"))
        << zpl.toStdString();
    EXPECT_FALSE(zplOrFail(LabelLayout(), {fx::claire()}).contains("^FR")); // routine: no mark
}

TEST(ZplWriter, LongTextCutToItsBlockWithAMark)
{
    auto label = fx::claire();
    label.birthName = u"DE LA TOUR D'AUVERGNE-LAURAGUAIS-MONTMORENCY"_s;
    label.firstName = u"Marie-Élisabeth"_s;
    // 376 dots hold 41 estimated characters: 38 kept, then "...".
    const QByteArray zpl = zplOrFail(LabelLayout(), {label});
    EXPECT_TRUE(zpl.contains("^FB376,1,0,L,0^FH_^FDDE LA TOUR D'AUVERGNE-LAURAGUAIS-MONTM...^FS")) << zpl.toStdString();
}

TEST(ZplWriter, OneFormatPerLabelPrintedOnce)
{
    const auto labels = fx::many(3);
    const QByteArray zpl = zplOrFail(LabelLayout(), labels);
    EXPECT_EQ(zpl.count("^XA"), 3);
    EXPECT_EQ(zpl.count("^XZ"), 3);
    EXPECT_EQ(zpl.count("^PQ1\n^XZ\n"), 3);
    const qsizetype first = zpl.indexOf("^FDT26000001^FS");
    const qsizetype second = zpl.indexOf("^FDT26000002^FS");
    const qsizetype third = zpl.indexOf("^FDT26000003^FS");
    ASSERT_GE(first, 0);
    EXPECT_LT(first, second);
    EXPECT_LT(second, third);
    EXPECT_LT(zpl.indexOf("^XZ"), second); // the first format ends before the second label
}

TEST(ZplWriter, BadLabelGivesNoBytes)
{
    auto labels = fx::many(2);
    labels[1].barcode = u"T26 é"_s;
    auto zpl = ZplWriter(LabelLayout()).write(labels);
    ASSERT_FALSE(zpl);
    EXPECT_EQ(zpl.error().code, sgl::domain::errc::LabelBarcodeNotEncodable);
    EXPECT_TRUE(zpl.error().message.startsWith(u"Étiquette 2 (tube T26 é) : "_s));

    LabelLayout layout;
    layout.dpi = 152;
    zpl = ZplWriter(layout).write(fx::many(1));
    ASSERT_FALSE(zpl);
    EXPECT_EQ(zpl.error().location, u"dpi"_s);

    zpl = ZplWriter(LabelLayout()).write({});
    ASSERT_FALSE(zpl);
    EXPECT_EQ(zpl.error().code, errc::NothingToPrint);
}
