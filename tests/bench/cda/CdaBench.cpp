// CR-BIO N3 for a 30-result report: full generation (requirements check + tree built through
// interop/xml + serialization) against the raw baseline of serializing the very same, already built tree.
#include "CdaTestFixtures.h"

#include "interop/cda/CdaN3Writer.h"

#include <benchmark/benchmark.h>

using namespace sgl;

static void BM_CdaN3_Generate30Results(benchmark::State &state)
{
    const domain::ReportContent content = test::largeReport(30);
    std::size_t bytes = 0;
    for (auto _ : state) {
        auto xml = interop::cda::CdaN3Writer::write(content);
        if (!xml) {
            state.SkipWithError("generation failed");
            break;
        }
        bytes = static_cast<std::size_t>(xml->size());
        benchmark::DoNotOptimize(xml->constData());
    }
    state.counters["reports/s"] = benchmark::Counter(static_cast<double>(state.iterations()), benchmark::Counter::kIsRate);
    state.counters["bytes"] = static_cast<double>(bytes);
}
BENCHMARK(BM_CdaN3_Generate30Results);

static void BM_Baseline_Libxml2SerializeSameTree(benchmark::State &state)
{
    const domain::ReportContent content = test::largeReport(30);
    auto doc = interop::cda::CdaN3Writer::build(content);
    if (!doc) {
        state.SkipWithError("build failed");
        return;
    }
    for (auto _ : state) {
        auto xml = doc->serialize();
        benchmark::DoNotOptimize(xml->constData());
    }
    state.counters["reports/s"] = benchmark::Counter(static_cast<double>(state.iterations()), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_Baseline_Libxml2SerializeSameTree);
