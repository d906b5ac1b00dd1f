#include "ReportFixtures.h"
#include "interop/pdf/InsDataMatrix.h"
#include "interop/pdf/ErrorCodes.h"
#include "ZxingDecoder.h"

#include <QImage>
#include <QPainter>

#include <gtest/gtest.h>

using namespace sgl::interop::pdf;
using namespace sgl::domain;
namespace fx = sgl::interop::pdf::testing;

namespace {

const QByteArray SpecExample = QByteArrayLiteral(
    "IS010000000000000000000000S1185057512345673S21.2.250.1.213.1.4.8\x1dS3ADA\x1dS4LOVELACE\x1d"
    "S5FS610-12-1815S799100");

QImage draw(const DataMatrixSymbol &s, int module = 6, int quiet = 4)
{
    QImage img((s.columns + 2 * quiet) * module, (s.rows + 2 * quiet) * module, QImage::Format_RGB32);
    img.fill(Qt::white);
    QPainter p(&img);
    for (int r = 0; r < s.rows; ++r)
        for (int c = 0; c < s.columns; ++c)
            if (s.dark(r, c))
                p.fillRect((c + quiet) * module, (r + quiet) * module, module, module, Qt::black);
    return img;
}

/** The symbol with the modules of its data region flipped where `flip(row, column)` says. */
template <class Flip>
DataMatrixSymbol corrupted(DataMatrixSymbol s, Flip flip)
{
    // Rows/columns 0 and the last ones hold the finder and timing patterns: they stay, so that a
    // decoder still locates the symbol and has to rely on the error correction.
    for (int r = 1; r < s.rows - 1; ++r)
        for (int c = 1; c < s.columns - 1; ++c)
            if (flip(r, c)) {
                const auto i = static_cast<std::size_t>(r * s.columns + c);
                s.modules[i] = !s.modules[i];
            }
    return s;
}

} // namespace

TEST(InsDataMatrix, PayloadMatchesTheSpecExample)
{
    auto payload = InsDataMatrix::payload(fx::qualifiedPatient());
    ASSERT_TRUE(payload) << payload.error().message.toStdString();
    EXPECT_EQ(*payload, SpecExample);
    EXPECT_EQ(payload->size(), 104);
}

TEST(InsDataMatrix, PayloadNormalizesDiacriticsAndKeepsSeparators)
{
    Patient p = fx::qualifiedPatient();
    p.traits.birthName = QStringLiteral("D'Œuvré-Lefèvre");
    p.traits.birthFirstNames = {QStringLiteral("Zoé"), QStringLiteral("Marie-Hélène")};
    p.traits.birthPlaceCog.clear();
    auto payload = InsDataMatrix::payload(p);
    ASSERT_TRUE(payload) << payload.error().message.toStdString();
    EXPECT_TRUE(payload->contains("S3ZOE MARIE-HELENE\x1dS4"));
    EXPECT_TRUE(payload->contains("S4D'OEUVRE-LEFEVRE\x1dS5F"));
    EXPECT_TRUE(payload->endsWith("S610-12-1815")) << "S7 omitted when the birth place is unknown";
}

TEST(InsDataMatrix, PartialBirthDateKeepsZeroParts)
{
    Patient p = fx::qualifiedPatient();
    p.traits.birthDateRaw = QStringLiteral("1970-00-00");
    p.traits.birthDate = QDate();
    auto payload = InsDataMatrix::payload(p);
    ASSERT_TRUE(payload);
    EXPECT_TRUE(payload->contains("S600-00-1970"));
}

TEST(InsDataMatrix, MaximumLengthFieldHasNoSeparator)
{
    Patient p = fx::qualifiedPatient();
    p.traits.birthName = QString(100, QLatin1Char('A'));
    auto payload = InsDataMatrix::payload(p);
    ASSERT_TRUE(payload);
    EXPECT_TRUE(payload->contains("S4" + QByteArray(100, 'A') + "S5F"));
}

TEST(InsDataMatrix, AcceptsACorsicanNirAndRefusesAWrongKey)
{
    // Department 2A/2B sits at characters 6-7 of the NIR; the key uses 19/18 in its place.
    Patient p = fx::qualifiedPatient();
    p.traits.sex = Sex::Male;
    p.ins.matricule = QStringLiteral("175062A004321");
    p.ins.key = QStringLiteral("73");
    p.traits.birthPlaceCog = QStringLiteral("2A004");
    auto payload = InsDataMatrix::payload(p);
    ASSERT_TRUE(payload) << payload.error().message.toStdString();
    EXPECT_TRUE(payload->contains("S1175062A00432173S2"));
    EXPECT_TRUE(payload->endsWith("S72A004"));

    p.ins.key = QStringLiteral("74");
    auto wrongKey = InsDataMatrix::payload(p);
    ASSERT_FALSE(wrongKey);
    EXPECT_EQ(wrongKey.error().code, QStringLiteral("pdf.ins_payload_invalid"));
}

TEST(InsDataMatrix, RefusesAnIdentityThatIsNotQualified)
{
    Patient p = fx::qualifiedPatient();
    p.status = IdentityStatus::Recup;
    auto payload = InsDataMatrix::payload(p);
    ASSERT_FALSE(payload);
    EXPECT_EQ(payload.error().code, QStringLiteral("pdf.ins_payload_invalid"));
}

TEST(InsDataMatrix, RefusesBadTraits)
{
    Patient shortIns = fx::qualifiedPatient();
    shortIns.ins.key = QStringLiteral("7");
    EXPECT_FALSE(InsDataMatrix::payload(shortIns));

    Patient unknownSex = fx::qualifiedPatient();
    unknownSex.traits.sex = Sex::Unknown;
    auto r = InsDataMatrix::payload(unknownSex);
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().location, QStringLiteral("patient.traits.sex"));

    Patient noDate = fx::qualifiedPatient();
    noDate.traits.birthDate = QDate();
    noDate.traits.birthDateRaw.clear();
    EXPECT_FALSE(InsDataMatrix::payload(noDate));

    Patient cyrillic = fx::qualifiedPatient();
    cyrillic.traits.birthName = QStringLiteral("ИВАНОВ");
    r = InsDataMatrix::payload(cyrillic);
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().location, QStringLiteral("patient.traits.birthName"));

    Patient badOid = fx::qualifiedPatient();
    badOid.ins.oid = QStringLiteral("1.2.3");
    EXPECT_FALSE(InsDataMatrix::payload(badOid));
}

TEST(InsDataMatrix, EncodesTheExampleAsC40In36x36)
{
    auto symbol = InsDataMatrix::encode(SpecExample);
    ASSERT_TRUE(symbol) << symbol.error().message.toStdString();
    EXPECT_EQ(symbol->rows, 36);
    EXPECT_EQ(symbol->columns, 36);
    EXPECT_EQ(symbol->dataCodewords, 86);
    ASSERT_FALSE(symbol->codewords.isEmpty());
    EXPECT_EQ(static_cast<unsigned char>(symbol->codewords[0]), 230) << "first codeword = C40 latch";
}

TEST(InsDataMatrix, EncodedSymbolDecodesToThePayload)
{
    auto symbol = InsDataMatrix::encode(SpecExample);
    ASSERT_TRUE(symbol);
    auto decoded = InsDataMatrix::decode(draw(*symbol));
    ASSERT_TRUE(decoded) << decoded.error().message.toStdString();
    ASSERT_EQ(decoded->size(), 1);
    EXPECT_EQ(decoded->first(), SpecExample);
}

// The symbol follows ISO/IEC 16022: an independent decoder (ZXing-C++, no code shared with
// libdmtx) reads it back byte for byte, GS separators included.
TEST(InsDataMatrix, IndependentDecoderReadsTheSymbol)
{
    auto symbol = InsDataMatrix::encode(SpecExample);
    ASSERT_TRUE(symbol);
    const auto found = sgl::testing::zxingDecode(draw(*symbol));
    ASSERT_EQ(found.size(), 1);
    EXPECT_EQ(found.first().format, QStringLiteral("DataMatrix"));
    EXPECT_EQ(found.first().bytes, SpecExample);
}

// Negative control for both decoders: a few flipped modules are corrected (Reed-Solomon), but a
// symbol damaged beyond its error correction decodes to nothing, never to another payload.
TEST(InsDataMatrix, CorruptedSymbolDoesNotDecode)
{
    auto symbol = InsDataMatrix::encode(SpecExample);
    ASSERT_TRUE(symbol);
    const auto lightly = corrupted(*symbol, [](int r, int c) { return r == 10 && c >= 10 && c < 14; });
    auto repaired = InsDataMatrix::decode(draw(lightly));
    ASSERT_TRUE(repaired) << repaired.error().message.toStdString();
    EXPECT_EQ(repaired->first(), SpecExample);

    const auto ruined = corrupted(*symbol, [](int r, int c) { return (r + c) % 2 == 0 && r < 20; });
    auto ours = InsDataMatrix::decode(draw(ruined), 1, 2000);
    ASSERT_FALSE(ours);
    EXPECT_EQ(ours.error().code, QStringLiteral("pdf.datamatrix_not_found"));
    EXPECT_TRUE(sgl::testing::zxingDecode(draw(ruined)).isEmpty());
}

TEST(InsDataMatrix, DecodeReportsAnImageWithoutSymbol)
{
    QImage blank(200, 200, QImage::Format_RGB32);
    blank.fill(Qt::white);
    auto decoded = InsDataMatrix::decode(blank, 1, 500);
    ASSERT_FALSE(decoded);
    EXPECT_EQ(decoded.error().code, QStringLiteral("pdf.datamatrix_not_found"));
    EXPECT_FALSE(InsDataMatrix::decode(QImage()));
}

TEST(InsDataMatrix, EncodeRefusesEmptyPayload)
{
    EXPECT_FALSE(InsDataMatrix::encode(QByteArray()));
}
