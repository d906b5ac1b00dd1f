// 1,000 tube labels rendered to PDF (one label a page, and A4 sheets of 21) and written as ZPL,
// each against a raw baseline in the same run: libzint encoding the 1,000 barcodes alone (what
// the PDF adds is layout, text and Qt's PDF engine), a QPdfWriter page per label with the name
// drawn and nothing else, and QByteArray appends of a fixed ZPL template with the barcode
// substituted (what the ZPL writer adds is the layout, the fitting and the escaping).
#include "LabelFixtures.h"

#include "interop/labels/LabelPdfWriter.h"
#include "interop/labels/ZplWriter.h"

#include <QBuffer>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

#include <benchmark/benchmark.h>
#include <zint.h>

using namespace sgl::interop::labels;
namespace fx = sgl::interop::labels::testing;

namespace {

constexpr int Labels = 1000;

const QList<sgl::domain::TubeLabel> &labels()
{
    static const auto all = fx::many(Labels);
    return all;
}

void report(benchmark::State &state, qint64 bytes)
{
    state.SetItemsProcessed(state.iterations() * Labels);
    state.counters["bytes"] = static_cast<double>(bytes);
    state.counters["labels_per_s"] = benchmark::Counter(static_cast<double>(state.iterations() * Labels),
                                                        benchmark::Counter::kIsRate);
}

void BM_Pdf_OnePerPage(benchmark::State &state)
{
    const LabelPdfWriter writer{sgl::domain::LabelLayout()};
    qint64 bytes = 0;
    for (auto _ : state) {
        auto pdf = writer.write(labels());
        if (!pdf) {
            state.SkipWithError(pdf.error().toString().toStdString().c_str());
            return;
        }
        bytes = pdf->size();
        benchmark::DoNotOptimize(pdf->constData());
    }
    report(state, bytes);
}

void BM_Pdf_A4Sheets(benchmark::State &state)
{
    LabelSheet sheet;
    sheet.rows = 7;
    sheet.columns = 3;
    sheet.originMm = QPointF(10, 15);
    sheet.pitchMm = QSizeF(70, 38);
    const LabelPdfWriter writer{sgl::domain::LabelLayout()};
    qint64 bytes = 0;
    for (auto _ : state) {
        auto pdf = writer.write(labels(), sheet);
        if (!pdf) {
            state.SkipWithError(pdf.error().toString().toStdString().c_str());
            return;
        }
        bytes = pdf->size();
        benchmark::DoNotOptimize(pdf->constData());
    }
    report(state, bytes);
}

/** Raw baseline: libzint encodes the 1,000 Code 128 symbols, nothing drawn. */
void BM_Baseline_ZintEncodeOnly(benchmark::State &state)
{
    QList<QByteArray> barcodes;
    for (const auto &l : labels())
        barcodes << l.barcode.toLatin1();
    for (auto _ : state) {
        int modules = 0;
        for (const QByteArray &b : barcodes) {
            zint_symbol *s = ZBarcode_Create();
            s->symbology = BARCODE_CODE128;
            ZBarcode_Encode(s, reinterpret_cast<const unsigned char *>(b.constData()), static_cast<int>(b.size()));
            modules += s->width;
            ZBarcode_Delete(s);
        }
        benchmark::DoNotOptimize(modules);
    }
    report(state, 0);
}

/** Raw baseline: Qt's PDF engine, one label-sized page per label with only the name on it. */
void BM_Baseline_QPdfWriterNameOnly(benchmark::State &state)
{
    qint64 bytes = 0;
    for (auto _ : state) {
        QByteArray pdf;
        QBuffer buffer(&pdf);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setResolution(1200);
        writer.setPageLayout(QPageLayout(QPageSize(QSizeF(25, 50), QPageSize::Millimeter), QPageLayout::Landscape,
                                         QMarginsF()));
        QPainter p(&writer);
        QFont font(QStringLiteral("DejaVu Sans"));
        font.setPixelSize(90);
        p.setFont(font);
        for (int i = 0; i < Labels; ++i) {
            if (i > 0)
                writer.newPage();
            p.drawText(QPointF(70, 160), labels()[i].patientNameText());
        }
        p.end();
        bytes = pdf.size();
        benchmark::DoNotOptimize(pdf.constData());
    }
    report(state, bytes);
}

void BM_Zpl(benchmark::State &state)
{
    const ZplWriter writer{sgl::domain::LabelLayout()};
    qint64 bytes = 0;
    for (auto _ : state) {
        auto zpl = writer.write(labels());
        if (!zpl) {
            state.SkipWithError(zpl.error().toString().toStdString().c_str());
            return;
        }
        bytes = zpl->size();
        benchmark::DoNotOptimize(zpl->constData());
    }
    report(state, bytes);
}

/** Raw baseline: a fixed ZPL template, only the barcode substituted, appended 1,000 times. */
void BM_Baseline_ZplTemplateAppend(benchmark::State &state)
{
    const QByteArray head = "^XA\n^CI28\n^PW400\n^LL200\n^LH0,0\n"
                            "^FO12,13^A0N,15,15^FB376,1,0,L,0^FH_^FDDURAND Claire^FS\n"
                            "^FO12,31^A0N,15,15^FB376,1,0,R,0^FH_^FDD2026-000123^FS\n"
                            "^FO12,31^A0N,15,15^FB260,1,0,L,0^FH_^FD12/03/1985 F^FS\n"
                            "^FO77,53^BY2^BCN,56,N,N,N,A^FH_^FD";
    const QByteArray tail = "^FS\n^PQ1\n^XZ\n";
    QList<QByteArray> barcodes;
    for (const auto &l : labels())
        barcodes << l.barcode.toLatin1();
    qint64 bytes = 0;
    for (auto _ : state) {
        QByteArray out;
        for (const QByteArray &b : barcodes) {
            out += head;
            out += b;
            out += tail;
        }
        bytes = out.size();
        benchmark::DoNotOptimize(out.constData());
    }
    report(state, bytes);
}

} // namespace

BENCHMARK(BM_Pdf_OnePerPage)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Pdf_A4Sheets)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Baseline_ZintEncodeOnly)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Baseline_QPdfWriterNameOnly)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Zpl)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Baseline_ZplTemplateAppend)->Unit(benchmark::kMillisecond);

int main(int argc, char **argv)
{
    fx::ensureGuiApp(); // fonts for the PDF text
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
