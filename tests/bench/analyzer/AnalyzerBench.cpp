// Analyzer interop throughput. Baselines in the same run:
//  - BM_*RawSplit: the same bytes cut on frame/segment and field delimiters, nothing else;
//  - python3-hl7 (hl7.parse) on the LAW trace messages, timed by a child process in this run.
#include "interop/astm/FrameCodec.h"
#include "interop/astm/ReplayDecoder.h"
#include "interop/astm/ResultExtractor.h"
#include "interop/hl7v2/LawResultReader.h"
#include "interop/hl7v2/Parser.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>

#include <benchmark/benchmark.h>

#include <cstdio>
#include <ctime>

using namespace sgl;

namespace {

constexpr int kMessages = 1000;
constexpr int kResultsPerMessage = 100; // 100,000 results per iteration

// An instrument session: ENQ, one E1381 message per record (frames <= 240), EOT.
const QByteArray &astmStream()
{
    static const QByteArray stream = [] {
        QByteArray out;
        out.append('\x05');
        int fn = 1;
        for (int m = 0; m < kMessages; ++m) {
            QByteArray text = "H|\\^&|||XN-550^00-24|||||||P|LIS2-A2|20260301083000\rP|" + QByteArray::number(m + 1)
                              + "\rO|1|S" + QByteArray::number(100000 + m) + "||^^^^WBC|R\r";
            for (int r = 1; r <= kResultsPerMessage; ++r)
                text += "R|" + QByteArray::number(r) + "|^^^^T" + QByteArray::number(r) + "^1|"
                        + QByteArray::number(r * 1.25, 'f', 2) + "|10*3/uL|4.0-10.0|N||F||||20260301083000\r";
            text += "L|1|N\r";
            for (const interop::astm::FrameText &f : interop::astm::FrameCodec::split(
                     text, 240, interop::astm::SendFraming::RecordPerMessage)) {
                out += interop::astm::FrameCodec::buildFrame(fn, f.text, f.last);
                fn = (fn + 1) % 8;
            }
        }
        out.append('\x04');
        return out;
    }();
    return stream;
}

const QList<QByteArray> &oulMessages()
{
    static const QList<QByteArray> messages = [] {
        QList<QByteArray> out;
        for (int m = 0; m < kMessages; ++m) {
            QByteArray text = "MSH|^~\\&|cobas pro||SGL||20260301083000||OUL^R22^OUL_R22|" + QByteArray::number(m)
                              + "|P|2.5.1|||NE|AL||UNICODE UTF-8|||LAB-29^IHE\rSPM|1|S" + QByteArray::number(100000 + m)
                              + "&BARCODE||SER^^HL70487|||||||P\rOBR|1|\"\"||20490^^99ROC\rORC|SC||||CM\r";
            for (int r = 1; r <= kResultsPerMessage; ++r)
                text += "OBX|" + QByteArray::number(r) + "|NM|T" + QByteArray::number(r) + "^T^99ROC^^^IHELAW|1|"
                        + QByteArray::number(r * 1.25, 'f', 2) + "|mg/L^^99ROC||N^^HL70078|||F|||||Admin||c503^ROCHE|20260301083000\r";
            out << text;
        }
        return out;
    }();
    return messages;
}

void BM_AstmLinkAndRecords(benchmark::State &state)
{
    const QByteArray &bytes = astmStream();
    qint64 results = 0;
    for (auto _ : state) {
        auto replay = interop::astm::ReplayDecoder::replay(bytes);
        for (const interop::astm::Message &m : replay->messages)
            results += interop::astm::ResultExtractor::extract(m).results.size();
    }
    if (results != qint64(state.iterations()) * kMessages * kResultsPerMessage)
        state.SkipWithError("wrong result count");
    state.counters["results/s"] = benchmark::Counter(double(results), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_AstmLinkAndRecords)->Unit(benchmark::kMillisecond);

void BM_AstmRawSplit(benchmark::State &state)
{
    const QByteArray &bytes = astmStream();
    qint64 results = 0;
    for (auto _ : state) {
        qint64 fields = 0;
        const char *p = bytes.constData();
        const char *end = p + bytes.size();
        bool inText = false;
        for (; p < end; ++p) {
            const char c = *p;
            if (c == '\x02') inText = true;
            else if (c == '\x03' || c == '\x17') inText = false;
            else if (inText && c == '\r' && p + 1 < end && p[-1] != '\x03') ++fields;
            else if (inText && c == '|') ++fields;
            else if (inText && c == 'R' && p[-2] == '\x02') ++results;
        }
        benchmark::DoNotOptimize(fields);
    }
    state.counters["results/s"] = benchmark::Counter(double(results), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_AstmRawSplit)->Unit(benchmark::kMillisecond);

void BM_Hl7OulParseAndRead(benchmark::State &state)
{
    const QList<QByteArray> &messages = oulMessages();
    qint64 results = 0;
    for (auto _ : state) {
        for (const QByteArray &bytes : messages) {
            auto m = interop::hl7v2::Parser::parse(bytes);
            results += interop::hl7v2::LawResultReader::read(*m)->results.size();
        }
    }
    if (results != qint64(state.iterations()) * kMessages * kResultsPerMessage)
        state.SkipWithError("wrong result count");
    state.counters["results/s"] = benchmark::Counter(double(results), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_Hl7OulParseAndRead)->Unit(benchmark::kMillisecond);

void BM_Hl7RawSplit(benchmark::State &state)
{
    const QList<QByteArray> &messages = oulMessages();
    qint64 results = 0;
    for (auto _ : state) {
        for (const QByteArray &bytes : messages) {
            for (const QByteArray &segment : bytes.split('\r')) {
                const QList<QByteArray> fields = segment.split('|');
                results += fields.first() == "OBX" ? 1 : 0;
            }
        }
    }
    state.counters["results/s"] = benchmark::Counter(double(results), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_Hl7RawSplit)->Unit(benchmark::kMillisecond);

QList<QByteArray> lawTraces(QStringList *paths)
{
    QList<QByteArray> out;
    const QDir dir(QStringLiteral(SGL_SHARED_DIR "/analyzer-traces/hl7"));
    for (const QString &name : dir.entryList({QStringLiteral("*.hl7")}, QDir::Files, QDir::Name)) {
        QFile f(dir.filePath(name));
        if (f.open(QIODevice::ReadOnly)) {
            out << f.readAll();
            paths->append(f.fileName());
        }
    }
    return out;
}

// Microseconds per message parse, ours and python3-hl7's, on the same LAW trace messages.
void compareWithPython()
{
    QStringList paths;
    const QList<QByteArray> messages = lawTraces(&paths);
    if (messages.isEmpty()) {
        std::printf("python3-hl7 comparison skipped: ../shared/analyzer-traces/hl7 absent\n");
        return;
    }
    // CPU time on both sides, so a loaded machine does not favour either process.
    constexpr int rounds = 2000;
    const std::clock_t start = std::clock();
    qint64 segments = 0;
    for (int i = 0; i < rounds; ++i)
        for (const QByteArray &m : messages)
            segments += interop::hl7v2::Parser::parse(m)->segmentCount();
    const double ours = double(std::clock() - start) * 1e6 / CLOCKS_PER_SEC / (rounds * messages.size());
    QProcess python;
    const QString script = QStringLiteral(
        "import sys, time, hl7\n"
        "msgs = [open(p, 'rb').read().decode('utf-8', 'replace') for p in sys.argv[1:]]\n"
        "n = 0\n"
        "t = time.process_time()\n"
        "for _ in range(%1):\n"
        "    for m in msgs:\n"
        "        n += len(hl7.parse(m))\n"
        "print((time.process_time() - t) * 1e6 / (%1 * len(msgs)), n)\n").arg(rounds);
    python.start(QStringLiteral("/usr/bin/python3"), QStringList{QStringLiteral("-c"), script} + paths);
    if (!python.waitForFinished(600000) || python.exitCode() != 0) {
        std::printf("python3-hl7 comparison failed: %s\n", python.readAllStandardError().constData());
        return;
    }
    const QList<QByteArray> out = python.readAllStandardOutput().trimmed().split(' ');
    const double theirs = out.value(0).toDouble();
    std::printf("LAW trace messages (%lld), CPU time: ours %.2f us/message, python3-hl7 %.2f us/message, ratio %.1fx "
                "(segments ours %lld, python %s)\n",
                static_cast<long long>(messages.size()), ours, theirs, theirs / ours,
                static_cast<long long>(segments), out.value(1).constData());
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    compareWithPython();
    return 0;
}
