#include "domain/lab/LabelLayout.h"
#include "interop/labels/BarcodeSymbol.h"
#include "interop/labels/ErrorCodes.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace sgl::interop::labels;
using Symbology = sgl::domain::LabelLayout::Symbology;

namespace {

QString row(const BarcodeSymbol &s, int r, int from, int count)
{
    QString out;
    for (int c = from; c < from + count; ++c)
        out += s.dark(r, c) ? u'1' : u'0';
    return out;
}

} // namespace

// Expected widths and patterns come from ISO/IEC 15417 (11 modules a symbol character, 13 for
// the stop pattern; start C = 211232, stop = 2331112), not from libzint.
TEST(BarcodeSymbol, Code128AllDigitsUsesSubsetC)
{
    const auto s = BarcodeSymbol::encode(u"123456"_s, Symbology::Code128);
    ASSERT_TRUE(s) << s.error().toString().toStdString();
    // Start C, 12 34 56, check character, stop: 5 x 11 + 13.
    EXPECT_EQ(s->columns(), 68);
    EXPECT_EQ(s->rows(), 1);
    EXPECT_EQ(row(*s, 0, 0, 11), u"11010011100"_s);       // start C
    EXPECT_EQ(row(*s, 0, 55, 13), u"1100011101011"_s);    // stop
    EXPECT_EQ(s->content(), u"123456"_s);
}

TEST(BarcodeSymbol, Code128SwitchesSubsetsForTheShortestSymbol)
{
    // Start B, T, Code C, 26 00 01 23, Code B, K, check, stop = 10 x 11 + 13 = 123 modules
    // (subset B alone would need 12 x 11 + 13 = 145).
    const auto s = BarcodeSymbol::encode(u"T26000123K"_s, Symbology::Code128);
    ASSERT_TRUE(s);
    EXPECT_EQ(s->columns(), 123);
    EXPECT_EQ(row(*s, 0, 0, 11), u"11010010000"_s); // start B = 211214
}

TEST(BarcodeSymbol, DataMatrixSmallestSquareEcc200)
{
    // ASCII encodation: T, 26, 00, 01, 23, K = 6 data codewords; 12 x 12 holds 5, 14 x 14 holds 8
    // (ISO/IEC 16022 table 7).
    const auto s = BarcodeSymbol::encode(u"T26000123K"_s, Symbology::DataMatrix);
    ASSERT_TRUE(s);
    EXPECT_EQ(s->columns(), 14);
    EXPECT_EQ(s->rows(), 14);
    EXPECT_EQ(s->extent(), (sgl::domain::SymbolExtent{14, 14}));
    // Finder pattern: solid left column and bottom row, alternating top row and right column.
    for (int i = 0; i < 14; ++i) {
        EXPECT_TRUE(s->dark(i, 0)) << "left column, row " << i;
        EXPECT_TRUE(s->dark(13, i)) << "bottom row, column " << i;
        EXPECT_EQ(s->dark(0, i), i % 2 == 0) << "top row, column " << i;
        EXPECT_EQ(s->dark(i, 13), i % 2 == 1) << "right column, row " << i;
    }
}

TEST(BarcodeSymbol, ContentTooLongForAnyDataMatrixIsRefused)
{
    // The largest square symbol (144 x 144) holds 1,558 data codewords; alternating cases cost one
    // codeword a letter in every encodation, so 2,000 letters do not fit.
    const auto s = BarcodeSymbol::encode(u"Az"_s.repeated(1000), Symbology::DataMatrix);
    ASSERT_FALSE(s);
    EXPECT_EQ(s.error().code, errc::EncodeFailed);
    EXPECT_TRUE(s.error().message.startsWith(u"Code-barres « AzAz"_s)) << s.error().message.toStdString();
    EXPECT_TRUE(s.error().message.contains(u"DataMatrix"_s));
    EXPECT_EQ(s.error().location, u"barcode"_s);
}
