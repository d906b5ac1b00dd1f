// PDF/A-1b report: reports/s and bytes per report for a 2-page report with the INS DataMatrix,
// against baselines in the same run: the same report without DataMatrix, with whole embedded
// fonts (no subsetting), and a plain PoDoFo document with a base-14 font and the same number
// of text lines (no PDF/A, no layout).
#include "ReportFixtures.h"
#include "interop/pdf/FontSubsetter.h"
#include "interop/pdf/InsDataMatrix.h"
#include "interop/pdf/PdfAChecker.h"
#include "interop/pdf/PdfReportWriter.h"

#include <QFile>

#include <benchmark/benchmark.h>
#include <podofo/podofo.h>

#include <cstdio>
#include <cstdlib>

using namespace sgl::interop::pdf;
namespace fx = sgl::interop::pdf::testing;

namespace {

constexpr int Results = 26; // two A4 pages with the fixture's comments and serology chapter

void runWriter(benchmark::State &state, PdfLayoutOptions options)
{
    const auto content = fx::report(Results);
    PdfReportWriter writer(std::move(options));
    qint64 bytes = 0;
    int pages = 0;
    for (auto _ : state) {
        auto pdf = writer.write(content);
        if (!pdf) {
            state.SkipWithError(pdf.error().toString().toStdString().c_str());
            return;
        }
        bytes = pdf->size();
        benchmark::DoNotOptimize(pdf->constData());
        if (pages == 0) {
            auto in = PdfAChecker::inspect(*pdf);
            pages = in ? in->pageCount : -1;
        }
    }
    state.SetItemsProcessed(state.iterations());
    state.counters["bytes_per_report"] = static_cast<double>(bytes);
    state.counters["pages"] = pages;
}

void BM_PdfA_DataMatrix_Subset(benchmark::State &state)
{
    runWriter(state, fx::layoutOptions());
}

/** Worst case: a new writer per report (font files read, subset and compressed every time). */
void BM_PdfA_DataMatrix_Subset_ColdWriter(benchmark::State &state)
{
    const auto content = fx::report(Results);
    qint64 bytes = 0;
    for (auto _ : state) {
        PdfReportWriter writer(fx::layoutOptions());
        auto pdf = writer.write(content);
        if (!pdf) {
            state.SkipWithError(pdf.error().toString().toStdString().c_str());
            return;
        }
        bytes = pdf->size();
        benchmark::DoNotOptimize(pdf->constData());
    }
    state.SetItemsProcessed(state.iterations());
    state.counters["bytes_per_report"] = static_cast<double>(bytes);
}

/**
 * Cache-miss case: every report brings a character the previous 127 did not have (a Latin
 * Extended-A letter in a name), so hb-subset and zlib run for each report.
 */
void BM_PdfA_DataMatrix_Subset_NewCharset(benchmark::State &state)
{
    auto content = fx::report(Results);
    PdfReportWriter writer(fx::layoutOptions());
    qint64 bytes = 0;
    int n = 0;
    for (auto _ : state) {
        content.patient.traits.usedName = QStringLiteral("NOM") + QChar(0x0100 + (n++ % 128));
        auto pdf = writer.write(content);
        if (!pdf) {
            state.SkipWithError(pdf.error().toString().toStdString().c_str());
            return;
        }
        bytes = pdf->size();
        benchmark::DoNotOptimize(pdf->constData());
    }
    state.SetItemsProcessed(state.iterations());
    state.counters["bytes_per_report"] = static_cast<double>(bytes);
}

void BM_PdfA_NoDataMatrix_Subset(benchmark::State &state)
{
    PdfLayoutOptions o = fx::layoutOptions();
    o.insDataMatrix = false;
    runWriter(state, o);
}

void BM_PdfA_DataMatrix_FullFonts(benchmark::State &state)
{
    PdfLayoutOptions o = fx::layoutOptions();
    o.subsetFonts = false;
    runWriter(state, o);
}

/** Raw baseline: PoDoFo, base-14 Helvetica (not embedded), 2 pages of 45 lines each. */
void BM_Baseline_PlainPoDoFo_Base14(benchmark::State &state)
{
    using namespace PoDoFo;
    qint64 bytes = 0;
    for (auto _ : state) {
        PdfMemDocument doc;
        PdfFont *font = doc.CreateFont("Helvetica", false, PdfEncodingFactory::GlobalWinAnsiEncodingInstance(), false);
        for (int p = 0; p < 2; ++p) {
            PdfPage *page = doc.CreatePage(PdfPage::CreateStandardPageSize(ePdfPageSize_A4));
            PdfPainter painter;
            painter.SetPage(page);
            font->SetFontSize(8.5f);
            painter.SetFont(font);
            for (int line = 0; line < 45; ++line) {
                painter.DrawText(40, 800 - line * 16, "Hemoglobine   11,2  g/dL   12,0 - 16,0   5,4 le 03/12/2025");
                painter.Rectangle(40, 796 - line * 16, 515, 0.3);
                painter.Fill();
            }
            painter.FinishPage();
        }
        PdfRefCountedBuffer buffer;
        PdfOutputDevice device(&buffer);
        doc.Write(&device);
        bytes = static_cast<qint64>(device.GetLength());
        benchmark::DoNotOptimize(buffer.GetBuffer());
    }
    state.SetItemsProcessed(state.iterations());
    state.counters["bytes_per_report"] = static_cast<double>(bytes);
    state.counters["pages"] = 2;
}

/** Parts: hb-subset of the regular face for a report's character set, DataMatrix encoding. */
void BM_Part_FontSubset(benchmark::State &state)
{
    QFile f(fx::layoutOptions().regularFontPath);
    if (!f.open(QIODevice::ReadOnly)) {
        state.SkipWithError("font missing");
        return;
    }
    const QByteArray font = f.readAll();
    QSet<char32_t> cps;
    for (const char32_t c : QStringLiteral("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789 ,.:;'()-/%éèêàçôÉ€µ≤≥–·°").toUcs4())
        cps.insert(c);
    qint64 bytes = 0;
    for (auto _ : state) {
        auto subset = FontSubsetter::subset(font, cps);
        bytes = subset ? subset->size() : -1;
        benchmark::DoNotOptimize(bytes);
    }
    state.counters["subset_bytes"] = static_cast<double>(bytes);
    state.counters["font_bytes"] = static_cast<double>(font.size());
}

void BM_Part_DataMatrixEncode(benchmark::State &state)
{
    const auto payload = InsDataMatrix::payload(fx::qualifiedPatient());
    for (auto _ : state) {
        auto symbol = InsDataMatrix::encode(*payload);
        benchmark::DoNotOptimize(symbol);
    }
}

} // namespace

BENCHMARK(BM_PdfA_DataMatrix_Subset)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_PdfA_DataMatrix_Subset_ColdWriter)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_PdfA_DataMatrix_Subset_NewCharset)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_PdfA_NoDataMatrix_Subset)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_PdfA_DataMatrix_FullFonts)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Baseline_PlainPoDoFo_Base14)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Part_FontSubset)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_Part_DataMatrixEncode)->Unit(benchmark::kMicrosecond);

BENCHMARK_MAIN();
