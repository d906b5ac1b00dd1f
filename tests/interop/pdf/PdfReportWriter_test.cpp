#include "PdfTestSupport.h"
#include "ReportFixtures.h"
#include "interop/pdf/InsDataMatrix.h"
#include "interop/pdf/PdfReportWriter.h"

#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QRegularExpression>
#include <QTemporaryDir>

#include "ZxingDecoder.h"

#include <gtest/gtest.h>

#include <array>
#include <thread>
#include <vector>

using namespace sgl::interop::pdf;
using namespace sgl::domain;
namespace fx = sgl::interop::pdf::testing;

namespace {

/** Writes with the default options; the bytes land in the build dir for manual inspection. */
QByteArray writeOrFail(const ReportContent &content, const QString &name,
                       PdfLayoutOptions options = fx::layoutOptions())
{
    PdfReportWriter writer(std::move(options));
    auto pdf = writer.write(content);
    EXPECT_TRUE(pdf) << (pdf ? "" : pdf.error().toString().toStdString());
    if (!pdf)
        return {};
    QDir().mkpath(QStringLiteral(SGL_BINARY_DIR "/test-output/pdf"));
    QFile out(QStringLiteral(SGL_BINARY_DIR "/test-output/pdf/%1.pdf").arg(name));
    if (out.open(QIODevice::WriteOnly))
        out.write(*pdf);
    return *pdf;
}

class PdfReportWriterTest : public ::testing::Test {
protected:
    static void SetUpTestSuite()
    {
        if (!QGuiApplication::instance()) {
            if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
                qputenv("QT_QPA_PLATFORM", "offscreen"); // ctest sets it; direct runs too
            static int argc = 1;
            static char name[] = "test_interop_pdf";
            static char *argv[] = {name, nullptr};
            static QGuiApplication app(argc, argv);
        }
    }
};

} // namespace

TEST_F(PdfReportWriterTest, RendersFrenchTextWithAccentsAndSymbols)
{
    const QByteArray pdf = writeOrFail(fx::report(12), QStringLiteral("professional"));
    ASSERT_FALSE(pdf.isEmpty());
    fx::RenderedPdf doc(pdf);
    ASSERT_TRUE(doc.loaded());
    const QString text = doc.allText();
    for (const char *expected :
         {"Compte rendu d'examens de biologie médicale", "Laboratoire de biologie médicale des Tilleuls",
          "40 000 €", "Hémoglobine", "µmol/L", "mUI/L", "G/L", "≥ 1,26 g/L", "≤ 5,0", "11,2",
          "LOVELACE Ada", "INS (NIR)", "1 85 05 75 123 456 73", "INS à scanner", "Prescripteur",
          "Dr Jean BERNARD", "Dr Anne MARTIN", "Compte rendu validé biologiquement", "Accréditation COFRAC",
          "Antériorité", "Page 1/"})
        EXPECT_TRUE(text.contains(QString::fromUtf8(expected))) << "missing: " << expected;
}

TEST_F(PdfReportWriterTest, ProfessionalAndPatientCopiesDiffer)
{
    ReportContent content = fx::report(12);
    const QString pro = fx::RenderedPdf(writeOrFail(content, QStringLiteral("pro-copy"))).allText();
    content.patientVersion = true;
    const QString patient = fx::RenderedPdf(writeOrFail(content, QStringLiteral("patient-copy"))).allText();

    EXPECT_TRUE(pro.contains(QStringLiteral("Exemplaire destiné au professionnel de santé")));
    EXPECT_TRUE(pro.contains(QStringLiteral("Note pour le prescripteur")));
    EXPECT_TRUE(pro.contains(QStringLiteral("Évoquer une carence martiale")));
    EXPECT_TRUE(pro.contains(QStringLiteral("Patiente sous AVK")));
    EXPECT_TRUE(pro.contains(QStringLiteral("Copie adressée à")));
    EXPECT_FALSE(pro.contains(QStringLiteral("3 place Bellecour")));

    EXPECT_TRUE(patient.contains(QStringLiteral("Exemplaire patient")));
    EXPECT_FALSE(patient.contains(QStringLiteral("Note pour le prescripteur")));
    EXPECT_FALSE(patient.contains(QStringLiteral("Évoquer une carence martiale")));
    EXPECT_FALSE(patient.contains(QStringLiteral("Patiente sous AVK")));
    EXPECT_FALSE(patient.contains(QStringLiteral("Copie adressée à")));
    EXPECT_TRUE(patient.contains(QStringLiteral("3 place Bellecour")));
    // Results and comments meant for everyone are on both.
    for (const QString &common : {QStringLiteral("Anémie modérée"), QStringLiteral("Hémoglobine"),
                                  QStringLiteral("Bilan à rapprocher")}) {
        EXPECT_TRUE(pro.contains(common));
        EXPECT_TRUE(patient.contains(common));
    }
}

TEST_F(PdfReportWriterTest, PartialReportSaysResultsArePending)
{
    ReportContent content = fx::report(6);
    content.partial = true;
    content.chapters[0].batteries[0].observations[1].completed = false;
    const QString text = fx::RenderedPdf(writeOrFail(content, QStringLiteral("partial"))).allText();
    EXPECT_TRUE(text.contains(QStringLiteral("COMPTE RENDU PARTIEL")));
    EXPECT_TRUE(text.contains(QStringLiteral("En attente")));
    EXPECT_TRUE(text.contains(QStringLiteral("partiel")));

    const QString complete = fx::RenderedPdf(writeOrFail(fx::report(6), QStringLiteral("complete"))).allText();
    EXPECT_FALSE(complete.contains(QStringLiteral("PARTIEL")));
    EXPECT_FALSE(complete.contains(QStringLiteral("En attente")));
}

TEST_F(PdfReportWriterTest, AmendedReportCarriesRectificatifOnEveryPage)
{
    ReportContent content = fx::report(40);
    content.versionNumber = 2;
    content.replacedDocumentId = QStringLiteral("1.2.250.1.999.1.2.3.0");
    content.amendmentReason = QStringLiteral("erreur de saisie de la glycémie");
    content.chapters[1].batteries[0].observations[0].amended = true;
    fx::RenderedPdf doc(writeOrFail(content, QStringLiteral("amended")));
    ASSERT_GE(doc.pageCount(), 2);
    const QString first = doc.text(0);
    EXPECT_TRUE(first.contains(QStringLiteral("RECTIFICATIF – version 2")));
    EXPECT_TRUE(first.contains(QStringLiteral("Motif : erreur de saisie de la glycémie")));
    EXPECT_TRUE(doc.allText().contains(QStringLiteral("Résultat modifié par rapport à la version précédente")));
    for (int page = 0; page < doc.pageCount(); ++page)
        EXPECT_TRUE(doc.text(page).contains(QStringLiteral("version 2 – rectificatif"))) << "page " << page + 1;
}

TEST_F(PdfReportWriterTest, AmendedReportMustNameTheReplacedVersion)
{
    ReportContent content = fx::report(3);
    content.versionNumber = 2;
    auto pdf = PdfReportWriter(fx::layoutOptions()).write(content);
    ASSERT_FALSE(pdf);
    EXPECT_EQ(pdf.error().code, QStringLiteral("pdf.content_incomplete"));
    EXPECT_EQ(pdf.error().location, QStringLiteral("ReportContent.replacedDocumentId"));
}

TEST_F(PdfReportWriterTest, FortyResultsSpanSeveralPagesNumberedXofY)
{
    fx::RenderedPdf doc(writeOrFail(fx::report(40), QStringLiteral("forty")));
    const int pages = doc.pageCount();
    ASSERT_GE(pages, 2);
    for (int page = 0; page < pages; ++page) {
        const QString text = doc.text(page);
        EXPECT_TRUE(text.contains(QStringLiteral("Page %1/%2").arg(page + 1).arg(pages))) << "page " << page + 1;
        EXPECT_TRUE(text.contains(QStringLiteral("Laboratoire de biologie médicale des Tilleuls")));
        EXPECT_TRUE(text.contains(QStringLiteral("LOVELACE Ada"))) << "patient named on page " << page + 1;
        if (page > 0) {
            EXPECT_TRUE(text.contains(QStringLiteral("Résultat"))) << "table header repeated on page " << page + 1;
        }
    }
    EXPECT_TRUE(doc.allText().contains(QStringLiteral("(suite)")));
    // Every result is printed exactly once.
    const QString all = doc.allText();
    EXPECT_EQ(all.count(QStringLiteral("Potassium")), 4); // 40 results cycle through 9 analytes: i % 9 == 6
}

TEST_F(PdfReportWriterTest, SubcontractedResultNamesThePerformingLab)
{
    const QString text = fx::RenderedPdf(writeOrFail(fx::report(4), QStringLiteral("subcontracted"))).allText();
    EXPECT_TRUE(text.contains(QStringLiteral("Analyse transmise pour réalisation à : Laboratoire Spécialisé Synthétique")));
    EXPECT_TRUE(text.contains(QStringLiteral("(FINESS 950000000)")));
    EXPECT_TRUE(text.contains(QStringLiteral("Analyses sous-traitées")));
    EXPECT_TRUE(text.contains(QStringLiteral("Antigène HBs")));
}

TEST_F(PdfReportWriterTest, DataMatrixOnEveryPageDecodesToThePayloadAt100Dpi)
{
    const ReportContent content = fx::report(40);
    const auto payload = InsDataMatrix::payload(content.patient);
    ASSERT_TRUE(payload);
    fx::RenderedPdf doc(writeOrFail(content, QStringLiteral("datamatrix")));
    ASSERT_GE(doc.pageCount(), 2);
    for (int page = 0; page < doc.pageCount(); ++page) {
        EXPECT_TRUE(doc.text(page).contains(QStringLiteral("INS à scanner"))) << "caption on page " << page + 1;
        const QImage image = doc.render(page, 100);
        // The symbol sits in the top third (letterhead + patient band): decode that part.
        auto decoded = InsDataMatrix::decode(image.copy(0, 0, image.width(), image.height() / 3), 1, 20000);
        ASSERT_TRUE(decoded) << "page " << page + 1 << ": " << decoded.error().message.toStdString();
        EXPECT_EQ(decoded->first(), *payload) << "page " << page + 1;
    }
}

TEST_F(PdfReportWriterTest, DataMatrixAlsoDecodesFromPopplerRenderingAt100Dpi)
{
    const ReportContent content = fx::report(12);
    const auto payload = InsDataMatrix::payload(content.patient);
    ASSERT_TRUE(payload);
    auto pdf = PdfReportWriter(fx::layoutOptions()).write(content);
    ASSERT_TRUE(pdf);
    for (int page = 0; page < 2; ++page) {
        const QImage image = fx::renderWithPoppler(*pdf, page, 100);
        ASSERT_FALSE(image.isNull()) << "pdftoppm (poppler-utils, scripts/install-deps.sh) failed";
        auto decoded = InsDataMatrix::decode(image.copy(0, 0, image.width(), image.height() / 3), 1, 20000);
        ASSERT_TRUE(decoded) << "page " << page + 1 << ": " << decoded.error().message.toStdString();
        EXPECT_EQ(decoded->first(), *payload);
        // And by a decoder that shares no code with libdmtx, on the page rendered at a common
        // printer resolution (ZXing needs about 2 pixels per module; at 100 dpi a module is 1.6),
        // aimed at the top third like a handheld scanner (windows of twice the 80 pt symbol).
        const QImage printed = fx::renderWithPoppler(*pdf, page, 300);
        const auto independent = sgl::testing::zxingScan(printed.copy(0, 0, printed.width(), printed.height() / 3),
                                                         2 * 80 * 300 / 72);
        ASSERT_EQ(independent.size(), 1) << "page " << page + 1;
        EXPECT_EQ(independent.first().format, QStringLiteral("DataMatrix"));
        EXPECT_EQ(independent.first().bytes, *payload);
    }
}

TEST_F(PdfReportWriterTest, UnqualifiedIdentityGetsNeitherInsNorDataMatrix)
{
    ReportContent content = fx::report(6);
    content.patient.status = IdentityStatus::Recup; // INS retrieved but identity not validated
    fx::RenderedPdf doc(writeOrFail(content, QStringLiteral("no-ins")));
    const QString text = doc.allText();
    EXPECT_FALSE(text.contains(QStringLiteral("INS à scanner")));
    EXPECT_FALSE(text.contains(QStringLiteral("123 456 73")));
    EXPECT_FALSE(text.contains(QStringLiteral("INS (")));
    EXPECT_TRUE(text.contains(QStringLiteral("LOVELACE")));
    const QImage image = doc.render(0, 150);
    EXPECT_FALSE(InsDataMatrix::decode(image.copy(0, 0, image.width(), image.height() / 3), 1, 3000));
    EXPECT_TRUE(sgl::testing::zxingScan(image.copy(0, 0, image.width(), image.height() / 3), 2 * 80 * 150 / 72).isEmpty());
}

TEST_F(PdfReportWriterTest, MissingLetterheadFieldsGiveAFrenchError)
{
    PdfLayoutOptions options = fx::layoutOptions();
    options.letterhead.labName.clear();
    options.letterhead.phone = QStringLiteral("  ");
    auto pdf = PdfReportWriter(options).write(fx::report(3));
    ASSERT_FALSE(pdf);
    EXPECT_EQ(pdf.error().code, QStringLiteral("pdf.letterhead_incomplete"));
    EXPECT_TRUE(pdf.error().message.contains(QStringLiteral("nom du laboratoire")));
    EXPECT_TRUE(pdf.error().message.contains(QStringLiteral("téléphone")));
    EXPECT_FALSE(pdf.error().message.contains(QStringLiteral("ville")));
    EXPECT_TRUE(pdf.error().location.contains(QStringLiteral("letterhead.labName")));
    EXPECT_TRUE(pdf.error().location.contains(QStringLiteral("letterhead.phone")));
}

TEST_F(PdfReportWriterTest, IncompleteContentIsRefusedWithItsLocation)
{
    ReportContent noAuthor = fx::report(3);
    noAuthor.author.familyName.clear();
    auto r = PdfReportWriter(fx::layoutOptions()).write(noAuthor);
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().code, QStringLiteral("pdf.content_incomplete"));
    EXPECT_EQ(r.error().location, QStringLiteral("ReportContent.author.familyName"));

    ReportContent noResults = fx::report(3);
    noResults.chapters.clear();
    r = PdfReportWriter(fx::layoutOptions()).write(noResults);
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().location, QStringLiteral("ReportContent.chapters"));

    ReportContent noLabel = fx::report(3);
    noLabel.chapters[0].batteries[0].observations[0].label.clear();
    r = PdfReportWriter(fx::layoutOptions()).write(noLabel);
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().location, QStringLiteral("ReportContent.chapters[0].batteries[0].observations[0].label"));

    ReportContent noDate = fx::report(3);
    noDate.effectiveTime = QDateTime();
    EXPECT_FALSE(PdfReportWriter(fx::layoutOptions()).write(noDate));
}

TEST_F(PdfReportWriterTest, QualifiedIdentityWithUnusableTraitsIsRefused)
{
    ReportContent content = fx::report(3);
    content.patient.traits.sex = Sex::Unknown;
    auto r = PdfReportWriter(fx::layoutOptions()).write(content);
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().code, QStringLiteral("pdf.ins_payload_invalid"));
}

TEST_F(PdfReportWriterTest, MissingFontFileIsReported)
{
    PdfLayoutOptions options = fx::layoutOptions();
    options.boldFontPath = QStringLiteral("/nonexistent/NoSuchFont.ttf");
    auto r = PdfReportWriter(options).write(fx::report(3));
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().code, QStringLiteral("pdf.font_unavailable"));
    EXPECT_EQ(r.error().location, QStringLiteral("PdfLayoutOptions.boldFontPath"));

    options = fx::layoutOptions();
    options.regularFontPath = QStringLiteral(SGL_SOURCE_DIR "/resources/icc/sRGB.icc"); // not a font
    r = PdfReportWriter(options).write(fx::report(3));
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().code, QStringLiteral("pdf.font_unavailable"));
}

TEST_F(PdfReportWriterTest, FontWhoseLicenceForbidsEmbeddingIsRefused)
{
    QFile original(fx::layoutOptions().regularFontPath);
    ASSERT_TRUE(original.open(QIODevice::ReadOnly));
    QByteArray font = original.readAll();
    // Set OS/2 fsType to 0x0002 (restricted licence embedding); FreeType ignores table checksums.
    const auto u16 = [&font](qsizetype at) {
        return (static_cast<uchar>(font[at]) << 8) | static_cast<uchar>(font[at + 1]);
    };
    const auto u32 = [&](qsizetype at) { return (u16(at) << 16) | u16(at + 2); };
    const int tables = u16(4);
    qsizetype os2 = -1;
    for (int t = 0; t < tables; ++t)
        if (font.mid(12 + 16 * t, 4) == "OS/2")
            os2 = u32(12 + 16 * t + 8);
    ASSERT_GT(os2, 0);
    font[os2 + 8] = 0;
    font[os2 + 9] = 2;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("Restricted.ttf"));
    QFile out(path);
    ASSERT_TRUE(out.open(QIODevice::WriteOnly));
    out.write(font);
    out.close();
    PdfLayoutOptions options = fx::layoutOptions();
    options.regularFontPath = path;
    auto r = PdfReportWriter(options).write(fx::report(3));
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().code, QStringLiteral("pdf.font_unavailable"));
    EXPECT_TRUE(r.error().message.contains(QStringLiteral("licence")));
}

TEST_F(PdfReportWriterTest, CharacterMissingFromTheFontIsRefusedNotDrawnAsABox)
{
    ReportContent content = fx::report(3);
    content.generalComment = QStringLiteral("Commentaire 検査");
    auto r = PdfReportWriter(fx::layoutOptions()).write(content);
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().code, QStringLiteral("pdf.font_unavailable"));
    EXPECT_TRUE(r.error().message.contains(QStringLiteral("U+691c")));

    content.generalComment = QStringLiteral("Bold ") + QString::fromUcs4(U"\U0001D400"); // beyond 16-bit codes
    r = PdfReportWriter(fx::layoutOptions()).write(content);
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().code, QStringLiteral("pdf.font_unavailable"));
    EXPECT_TRUE(r.error().message.contains(QStringLiteral("U+1d400")));
}

TEST_F(PdfReportWriterTest, ResultValidatedByAnotherBiologistNamesThem)
{
    ReportContent content = fx::report(4);
    HealthProfessional other;
    other.prefix = QStringLiteral("Dr");
    other.givenName = QStringLiteral("Paul");
    other.familyName = QStringLiteral("Durand");
    content.chapters[0].batteries[0].observations[1].validator = other;
    content.chapters[0].batteries[0].observations[1].validatedAt = content.validatedAt.addSecs(-3600);
    content.chapters[0].batteries[0].observations[0].validator = content.author; // the signatory: not repeated
    const QString text = fx::RenderedPdf(writeOrFail(content, QStringLiteral("other-validator"))).allText();
    EXPECT_TRUE(text.contains(QStringLiteral("Validé par Dr Paul DURAND le 12/01/2026 à 10:40")));
    EXPECT_FALSE(text.contains(QStringLiteral("Validé par Dr Anne MARTIN")));
}

TEST_F(PdfReportWriterTest, AutoValidatedResultSaysSoUnderItsLine)
{
    ReportContent content = fx::report(4);
    content.chapters[0].batteries[0].observations[1].autoValidated = true;
    const QString text = fx::RenderedPdf(writeOrFail(content, QStringLiteral("auto-validated"))).allText();
    EXPECT_EQ(text.count(QStringLiteral("Validé selon les règles du laboratoire")), 1)
        << "only the auto-validated result carries the mention";
}

TEST_F(PdfReportWriterTest, ControlCharactersFromMessagesPrintAsSpaces)
{
    ReportContent content = fx::report(3);
    content.generalComment = QStringLiteral("Ligne 1\r\nLigne 2\tcolonne");
    content.chapters[0].batteries[0].observations[0].label = QStringLiteral("Hémo\tglobine");
    const QString text = fx::RenderedPdf(writeOrFail(content, QStringLiteral("control-chars"))).allText();
    EXPECT_TRUE(text.contains(QStringLiteral("Ligne 2 colonne")));
    EXPECT_TRUE(text.contains(QStringLiteral("Hémo globine")));
}

TEST_F(PdfReportWriterTest, SubsetFontsAreMuchSmallerThanFullEmbedding)
{
    const ReportContent content = fx::report(20);
    const QByteArray subset = writeOrFail(content, QStringLiteral("subset"));
    PdfLayoutOptions full = fx::layoutOptions();
    full.subsetFonts = false;
    const QByteArray whole = writeOrFail(content, QStringLiteral("full-fonts"), full);
    ASSERT_FALSE(subset.isEmpty());
    ASSERT_FALSE(whole.isEmpty());
    std::cout << "[ bytes    ] subset " << subset.size() << ", full fonts " << whole.size() << '\n';
    EXPECT_LT(subset.size(), 60 * 1024);
    EXPECT_GT(whole.size(), 5 * subset.size());
    EXPECT_EQ(fx::RenderedPdf(subset).allText(), fx::RenderedPdf(whole).allText());
}

TEST_F(PdfReportWriterTest, SameContentGivesTheSamePages)
{
    PdfReportWriter writer(fx::layoutOptions());
    const auto a = writer.write(fx::report(15));
    const auto b = writer.write(fx::report(15));
    ASSERT_TRUE(a && b);
    EXPECT_EQ(a->size(), b->size());
    EXPECT_EQ(fx::RenderedPdf(*a).allText(), fx::RenderedPdf(*b).allText());

    // The trailer /ID follows the document: same for the same version, new for another one.
    const auto trailerId = [](const QByteArray &pdf) {
        const auto m = QRegularExpression(QStringLiteral("/ID \\[ <([0-9A-F]{32})>")).match(QString::fromLatin1(pdf));
        return m.hasMatch() ? m.captured(1) : QString();
    };
    ReportContent next = fx::report(15);
    next.documentId = QStringLiteral("1.2.250.1.999.1.2.3.2");
    const auto c = writer.write(next);
    ASSERT_TRUE(c);
    EXPECT_FALSE(trailerId(*a).isEmpty());
    EXPECT_EQ(trailerId(*a), trailerId(*b));
    EXPECT_NE(trailerId(*a), trailerId(*c));
}

TEST_F(PdfReportWriterTest, WritersInSeveralThreadsShareTheFontCacheSafely)
{
    std::vector<std::thread> threads;
    std::array<QString, 4> failures;
    for (int t = 0; t < 4; ++t)
        threads.emplace_back([t, &failures] {
            PdfReportWriter writer(fx::layoutOptions()); // one writer per thread
            for (int i = 0; i < 5; ++i) {
                ReportContent content = fx::report(8 + i);
                content.patient.traits.usedName = QStringLiteral("THREAD") + QChar(0x0100 + t * 8 + i);
                auto pdf = writer.write(content);
                if (!pdf) {
                    failures[t] = pdf.error().toString();
                    return;
                }
                if (!pdf->startsWith("%PDF-1.4") || !pdf->trimmed().endsWith("%%EOF")) {
                    failures[t] = QStringLiteral("truncated PDF");
                    return;
                }
            }
        });
    for (auto &th : threads)
        th.join();
    for (const QString &f : failures)
        EXPECT_TRUE(f.isEmpty()) << f.toStdString();
}
