#include "PdfTestSupport.h"
#include "ReportFixtures.h"
#include "interop/pdf/PdfAChecker.h"
#include "interop/pdf/PdfReportWriter.h"

#include <QRegularExpression>

#include <gtest/gtest.h>

using namespace sgl::interop::pdf;
using namespace sgl::domain;
namespace fx = sgl::interop::pdf::testing;

namespace {

QByteArray write(const ReportContent &content, PdfLayoutOptions options = fx::layoutOptions())
{
    auto pdf = PdfReportWriter(std::move(options)).write(content);
    EXPECT_TRUE(pdf) << (pdf ? "" : pdf.error().toString().toStdString());
    return pdf ? *pdf : QByteArray();
}

PdfInspection inspectOrFail(const QByteArray &pdf)
{
    auto in = PdfAChecker::inspect(pdf);
    EXPECT_TRUE(in) << (in ? "" : in.error().toString().toStdString());
    return in ? *in : PdfInspection{};
}

std::string joined(const QStringList &l)
{
    return l.join(QStringLiteral("\n")).toStdString();
}

} // namespace

TEST(PdfAConformance, EveryReportVariantPassesTheSelfCheck)
{
    std::vector<std::pair<std::string, ReportContent>> variants;
    variants.emplace_back("professional", fx::report(12));
    ReportContent patient = fx::report(12);
    patient.patientVersion = true;
    variants.emplace_back("patient", patient);
    ReportContent partial = fx::report(5);
    partial.partial = true;
    variants.emplace_back("partial", partial);
    ReportContent amended = fx::report(40);
    amended.versionNumber = 3;
    amended.replacedDocumentId = QStringLiteral("1.2.3");
    variants.emplace_back("amended", amended);
    ReportContent noIns = fx::report(5);
    noIns.patient.status = IdentityStatus::Prov;
    variants.emplace_back("no INS", noIns);
    for (const auto &[name, content] : variants) {
        const PdfInspection in = inspectOrFail(write(content));
        EXPECT_TRUE(PdfAChecker::problems(in).isEmpty()) << name << ":\n" << joined(PdfAChecker::problems(in));
    }
    PdfLayoutOptions fullFonts = fx::layoutOptions();
    fullFonts.subsetFonts = false;
    const PdfInspection in = inspectOrFail(write(fx::report(5), fullFonts));
    EXPECT_TRUE(PdfAChecker::problems(in).isEmpty()) << joined(PdfAChecker::problems(in));
}

TEST(PdfAConformance, InfoDictionaryAndXmpSayTheSame)
{
    const PdfInspection in = inspectOrFail(write(fx::report(5)));
    ASSERT_FALSE(in.xmp.isEmpty());
    EXPECT_FALSE(in.xmpFiltered);
    EXPECT_EQ(in.info.value(QStringLiteral("Title")), PdfAChecker::xmpValue(in.xmp, QStringLiteral("dc:title")));
    EXPECT_TRUE(in.info.value(QStringLiteral("Title")).startsWith(QStringLiteral("Compte rendu d'examens biologiques")));
    EXPECT_EQ(in.info.value(QStringLiteral("Author")), QStringLiteral("Laboratoire de biologie médicale des Tilleuls"));
    EXPECT_EQ(in.info.value(QStringLiteral("Author")), PdfAChecker::xmpValue(in.xmp, QStringLiteral("dc:creator")));
    EXPECT_EQ(in.info.value(QStringLiteral("Producer")), PdfAChecker::xmpValue(in.xmp, QStringLiteral("pdf:Producer")));
    EXPECT_EQ(in.info.value(QStringLiteral("Creator")), PdfAChecker::xmpValue(in.xmp, QStringLiteral("xmp:CreatorTool")));
    EXPECT_EQ(in.info.value(QStringLiteral("CreationDate")), QStringLiteral("D:20260112114200+01'00'"));
    EXPECT_EQ(PdfAChecker::xmpValue(in.xmp, QStringLiteral("xmp:CreateDate")), QStringLiteral("2026-01-12T11:42:00+01:00"));
    EXPECT_EQ(PdfAChecker::xmpValue(in.xmp, QStringLiteral("pdfaid:part")), QStringLiteral("1"));
    EXPECT_EQ(PdfAChecker::xmpValue(in.xmp, QStringLiteral("pdfaid:conformance")), QStringLiteral("B"));
}

TEST(PdfAConformance, FileStructureIsPdf14WithIdOutputIntentAndNoEncryption)
{
    const QByteArray pdf = write(fx::report(5));
    ASSERT_TRUE(pdf.startsWith("%PDF-1.4\n%"));
    const PdfInspection in = inspectOrFail(pdf);
    EXPECT_EQ(in.headerVersion, QStringLiteral("1.4"));
    EXPECT_TRUE(in.binaryCommentLine);
    EXPECT_TRUE(in.hasTrailerId);
    EXPECT_FALSE(in.encrypted);
    EXPECT_EQ(in.outputIntentSubtype, QStringLiteral("GTS_PDFA1"));
    EXPECT_EQ(in.iccComponents, 3);
    EXPECT_EQ(in.iccMajorVersion, 2);
    EXPECT_TRUE(in.transparency.isEmpty()) << joined(in.transparency);
    EXPECT_TRUE(in.forbidden.isEmpty()) << joined(in.forbidden);
    EXPECT_FALSE(pdf.contains("/LZWDecode"));
    EXPECT_FALSE(pdf.contains("/JavaScript"));
}

TEST(PdfAConformance, FontsAreEmbeddedSubsetsWithWidthsCidSetAndToUnicode)
{
    const PdfInspection in = inspectOrFail(write(fx::report(5)));
    ASSERT_EQ(in.fonts.size(), 2) << "regular and bold";
    for (const auto &f : in.fonts) {
        EXPECT_EQ(f.subtype, QStringLiteral("Type0"));
        EXPECT_TRUE(f.embedded) << f.baseFont.toStdString();
        EXPECT_TRUE(f.subset) << f.baseFont.toStdString();
        EXPECT_TRUE(f.hasWidths);
        EXPECT_TRUE(f.hasCidSet);
        EXPECT_TRUE(f.hasToUnicode);
        EXPECT_EQ(f.glyphsWithoutWidth, 0) << "every glyph used has its /W width: " << f.baseFont.toStdString();
        EXPECT_TRUE(f.baseFont.contains(QStringLiteral("DejaVuSans")));
    }
}

TEST(PdfAConformance, PopplerAgreesFontsAreEmbeddedAndFileIsNotEncrypted)
{
    const QByteArray pdf = write(fx::report(12));
    const QString fonts = fx::runPopplerTool(QStringLiteral("pdffonts"), pdf);
    ASSERT_FALSE(fonts.isEmpty()) << "pdffonts (poppler-utils, scripts/install-deps.sh) failed";
    const QStringList lines = fonts.split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(2);
    ASSERT_EQ(lines.size(), 2) << fonts.toStdString();
    static const QRegularExpression row(QStringLiteral("^([A-Z]{6}\\+\\S+)\\s+CID TrueType\\s+Identity-H\\s+yes\\s+yes\\s+yes"));
    for (const QString &line : lines)
        EXPECT_TRUE(row.match(line).hasMatch()) << line.toStdString();

    const QString info = fx::runPopplerTool(QStringLiteral("pdfinfo"), pdf);
    ASSERT_FALSE(info.isEmpty());
    EXPECT_TRUE(info.contains(QRegularExpression(QStringLiteral("PDF version:\\s+1\\.4"))));
    EXPECT_TRUE(info.contains(QRegularExpression(QStringLiteral("Encrypted:\\s+no"))));
    EXPECT_TRUE(info.contains(QStringLiteral("Laboratoire de biologie médicale des Tilleuls")));
    const QString meta = fx::runPopplerTool(QStringLiteral("pdfinfo"), pdf, {QStringLiteral("-meta")});
    EXPECT_TRUE(meta.contains(QStringLiteral("<pdfaid:part>1</pdfaid:part>")));
}

TEST(PdfAConformance, CheckerCatchesBrokenFiles)
{
    const QByteArray good = write(fx::report(3));
    ASSERT_FALSE(good.isEmpty());
    // Same-length edits keep the cross-reference offsets valid.
    QByteArray wrongPart = good;
    wrongPart.replace("<pdfaid:part>1<", "<pdfaid:part>2<");
    auto in = inspectOrFail(wrongPart);
    EXPECT_TRUE(PdfAChecker::problems(in).join(QLatin1Char('\n')).contains(QStringLiteral("pdfaid:part")));

    QByteArray wrongProducer = good;
    wrongProducer.replace("<pdf:Producer>PoDoFo", "<pdf:Producer>PoDoFX");
    in = inspectOrFail(wrongProducer);
    EXPECT_TRUE(PdfAChecker::problems(in).join(QLatin1Char('\n')).contains(QStringLiteral("Info /Producer")));

    QByteArray wrongIntent = good;
    wrongIntent.replace("/GTS_PDFA1", "/GTS_PDFX1");
    in = inspectOrFail(wrongIntent);
    EXPECT_TRUE(PdfAChecker::problems(in).join(QLatin1Char('\n')).contains(QStringLiteral("OutputIntent")));

    QByteArray interpolated = good;
    ASSERT_TRUE(interpolated.contains("/Interpolate false")) << "the DataMatrix stencil says it explicitly";
    interpolated.replace("/Interpolate false", "/Interpolate true ");
    in = inspectOrFail(interpolated);
    EXPECT_TRUE(PdfAChecker::problems(in).join(QLatin1Char('\n')).contains(QStringLiteral("Interpolate")));

    QByteArray oldVersion = good;
    oldVersion.replace(0, 8, "%PDF-1.7");
    in = inspectOrFail(oldVersion);
    EXPECT_TRUE(PdfAChecker::problems(in).join(QLatin1Char('\n')).contains(QStringLiteral("1.7")));

    auto unreadable = PdfAChecker::inspect(QByteArrayLiteral("not a pdf at all"));
    ASSERT_FALSE(unreadable);
    EXPECT_EQ(unreadable.error().code, QStringLiteral("pdf.unreadable"));
}
