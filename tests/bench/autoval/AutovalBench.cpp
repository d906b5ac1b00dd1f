// Auto-validation benchmark (issue 15 item 5): SGL_BENCH_AUTOVAL_DOSSIERS synthetic dossiers
// (default 10,000, seed SGL_BENCH_AUTOVAL_SEED, default 20261206) generated from the demo catalogue
// with labelled faults, evaluated with the demo laboratory's rules: the report (auto-validation rate
// of the clean dossiers, faulted dossiers released, each listed) is printed first; then Google
// Benchmark times the rule evaluation per dossier against a bare loop over the same values (each
// numeric value compared with its analysis' limits), and the summary gives the ratio.
// Exit code 1 when a faulted dossier is released or the rate is under 60 %.

#include "AutovalBenchReport.h"

#include "domain/autoval/AutoValidationEngine.h"
#include "domain/autoval/DemoRuleSet.h"
#include "domain/autoval/SeriesCrossCheck.h"
#include "interop/catalogue/CatalogueReferenceData.h"

#include <QCoreApplication>

#include <benchmark/benchmark.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <string>
#include <vector>

using namespace sgl;
using namespace sgl::bench::autoval;
using namespace sgl::domain::autoval;

namespace {

qint64 envNumber(const char *name, qint64 fallback)
{
    bool ok = false;
    const qint64 v = qEnvironmentVariable(name).toLongLong(&ok);
    return ok && v > 0 ? v : fallback;
}

struct Data {
    QList<SyntheticDossier> dossiers;
    RuleSet rules;
    /** The bare loop's input: per dossier, numeric values and their limits, flattened. */
    std::vector<double> values;
    std::vector<double> lows;
    std::vector<double> highs;
    std::vector<size_t> starts; ///< dossier i spans [starts[i], starts[i+1])
    /** The series cross-check's input: each dossier's neighbours and the engine's verdict on it. */
    std::vector<QList<const DossierInput *>> neighbours;
    QList<DossierVerdict> verdicts;
};

Data &data()
{
    static Data d;
    return d;
}

std::map<std::string, double> g_nsPerDossier;

void prepareBareLoop(Data &d)
{
    // Limits per analysis: the first custom limits rule of the set (or the reference range).
    QHash<QString, std::pair<double, double>> limits;
    for (const Rule &r : d.rules.rules)
        if (const auto *c = std::get_if<LimitsCondition>(&r.condition); c && (c->low || c->high))
            for (const QString &code : r.analyses)
                if (!limits.contains(code))
                    limits.insert(code, {c->low.value_or(-1e300), c->high.value_or(1e300)});
    for (const SyntheticDossier &s : d.dossiers) {
        d.starts.push_back(d.values.size());
        for (const ResultInput &r : s.input.results) {
            const auto v = r.value.toDouble();
            if (!v)
                continue;
            const auto lim = limits.value(r.analysisCode, {r.referenceLow.value_or(-1e300), r.referenceHigh.value_or(1e300)});
            d.values.push_back(*v);
            d.lows.push_back(lim.first);
            d.highs.push_back(lim.second);
        }
    }
    d.starts.push_back(d.values.size());
}

void BM_RuleEvaluation(benchmark::State &state)
{
    const Data &d = data();
    size_t i = 0;
    qint64 released = 0;
    const auto t0 = std::chrono::steady_clock::now();
    for (auto _ : state) {
        const DossierVerdict v = AutoValidationEngine::evaluate(d.dossiers[qsizetype(i)].input, d.rules);
        released += v.release ? 1 : 0;
        benchmark::DoNotOptimize(v);
        i = (i + 1) % size_t(d.dossiers.size());
    }
    const double ns = std::chrono::duration<double, std::nano>(std::chrono::steady_clock::now() - t0).count();
    g_nsPerDossier["engine"] = ns / double(std::max<benchmark::IterationCount>(1, state.iterations()));
    state.SetItemsProcessed(state.iterations());
    benchmark::DoNotOptimize(released);
}
BENCHMARK(BM_RuleEvaluation);

void BM_BareLoop(benchmark::State &state)
{
    const Data &d = data();
    size_t i = 0;
    const size_t n = d.starts.size() - 1;
    const auto t0 = std::chrono::steady_clock::now();
    for (auto _ : state) {
        bool release = true;
        for (size_t k = d.starts[i]; k < d.starts[i + 1]; ++k)
            release = release && d.values[k] >= d.lows[k] && d.values[k] <= d.highs[k];
        benchmark::DoNotOptimize(release);
        i = (i + 1) % n;
    }
    const double ns = std::chrono::duration<double, std::nano>(std::chrono::steady_clock::now() - t0).count();
    g_nsPerDossier["bare"] = ns / double(std::max<benchmark::IterationCount>(1, state.iterations()));
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_BareLoop);

void prepareSeries(Data &d)
{
    for (const SyntheticDossier &s : d.dossiers) {
        d.verdicts << AutoValidationEngine::evaluate(s.input, d.rules);
        QList<const DossierInput *> n;
        for (const SyntheticDossier &o : d.dossiers)
            if (&o != &s && SeriesCrossCheck::sameSeries(s.input, o.input))
                n << &o.input;
        d.neighbours.push_back(SeriesCrossCheck::nearest(s.input, n));
    }
}

/** The series cross-check of one dossier against its neighbours (on top of BM_RuleEvaluation). */
void BM_SeriesCrossCheck(benchmark::State &state)
{
    const Data &d = data();
    size_t i = 0;
    size_t compared = 0;
    const auto t0 = std::chrono::steady_clock::now();
    for (auto _ : state) {
        DossierVerdict v = d.verdicts[qsizetype(i)];
        SeriesCrossCheck::apply(d.dossiers[qsizetype(i)].input, v, d.neighbours[i], d.rules);
        compared += size_t(d.neighbours[i].size());
        benchmark::DoNotOptimize(v);
        i = (i + 1) % size_t(d.dossiers.size());
    }
    const double ns = std::chrono::duration<double, std::nano>(std::chrono::steady_clock::now() - t0).count();
    g_nsPerDossier["series"] = ns / double(std::max<benchmark::IterationCount>(1, state.iterations()));
    state.SetItemsProcessed(state.iterations());
    state.counters["voisins"] = double(compared) / double(std::max<benchmark::IterationCount>(1, state.iterations()));
}
BENCHMARK(BM_SeriesCrossCheck);

/**
 * The demo rules plus a laboratory policy "a patient's first dossier is never auto-validated": every
 * numeric analysis of the rules must have a previous validated result within two years. Measured to
 * show what the goal of no faulted dossier released would cost: a tube of another patient who has
 * no antériorité cannot be told from the patient's own (issue 15, docs/autovalidation.md).
 */
RuleSet withFirstDossierHeld(RuleSet rules)
{
    QStringList numeric;
    for (const Rule &r : rules.rules)
        if (const auto *c = std::get_if<LimitsCondition>(&r.condition); c && c->acceptedCodes.isEmpty())
            for (const QString &code : r.analyses)
                if (!numeric.contains(code))
                    numeric << code;
    Rule first;
    first.id = QStringLiteral("PREMIER.DOSSIER");
    first.label = QStringLiteral("Premier dossier du patient (aucune antériorité depuis deux ans)");
    first.analyses = numeric;
    first.condition = DeltaCondition{std::nullopt, 1e9, {}, 730, true};
    rules.rules << first;
    return rules;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    Data &d = data();
    const auto catalogue = interop::catalogue::CatalogueReferenceData::demoCatalogue().catalogue;
    GeneratorOptions options;
    options.dossiers = int(envNumber("SGL_BENCH_AUTOVAL_DOSSIERS", 10000));
    options.seed = quint64(envNumber("SGL_BENCH_AUTOVAL_SEED", 20261206));
    const auto g0 = std::chrono::steady_clock::now();
    d.dossiers = DossierGenerator(catalogue, options).generate();
    const double genMs = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - g0).count();
    d.rules = DemoRuleSet::build();
    const BenchReport report = evaluateAll(d.dossiers, d.rules);
    std::printf("Banc d'auto-validation : %d dossiers, graine %llu, générés en %.0f ms, %lld règles\n", options.dossiers,
                static_cast<unsigned long long>(options.seed), genMs, static_cast<long long>(d.rules.rules.size()));
    std::printf("%s\n\n", qPrintable(formatReport(report, 15, qEnvironmentVariableIsSet("SGL_BENCH_AUTOVAL_DETAILS"))));
    {
        // What the series cross-check adds: the same dossiers judged by the engine alone.
        int swaps = 0;
        int faulted = 0;
        int clean = 0;
        for (const SyntheticDossier &s : d.dossiers) {
            if (!AutoValidationEngine::evaluate(s.input, d.rules).release)
                continue;
            swaps += s.fault == Fault::Swap ? 1 : 0;
            faulted += s.fault != Fault::None ? 1 : 0;
            clean += s.fault == Fault::None ? 1 : 0;
        }
        std::printf("Sans le contrôle de la série (moteur seul) : dossiers propres auto-validés %d, dossiers avec défaut "
                    "libérés %d dont %d échanges de tubes\n\n",
                    clean, faulted, swaps);
    }
    const BenchReport policy = evaluateAll(d.dossiers, withFirstDossierHeld(d.rules));
    std::printf("%s\n\n", qPrintable(QStringLiteral("Avec la politique « premier dossier jamais auto-validé » (règle PREMIER.DOSSIER "
                                                   "ajoutée) : dossiers propres auto-validés %1 / %2 (%3 %), dossiers avec défaut "
                                                   "libérés %4 (%5 sans aucun résultat au-delà de sa VCR)")
                                        .arg(policy.cleanReleased)
                                        .arg(policy.clean)
                                        .arg(QString::number(100.0 * policy.cleanRate(), 'f', 1).replace(QLatin1Char('.'), QLatin1Char(',')))
                                        .arg(policy.faultedReleased)
                                        .arg(policy.faultedReleasedWithinRcv)));
    std::fflush(stdout);
    prepareBareLoop(d);
    prepareSeries(d);

    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    if (g_nsPerDossier.count("engine") && g_nsPerDossier.count("bare")) {
        const double engine = g_nsPerDossier["engine"];
        const double bare = g_nsPerDossier["bare"];
        std::printf("\nÉvaluation par dossier : règles %.1f µs, boucle nue %.3f µs, rapport %.0f\n", engine / 1000, bare / 1000,
                    engine / std::max(bare, 1e-9));
        if (g_nsPerDossier.count("series"))
            std::printf("Contrôle de la série par dossier : %.1f µs (%.0f %% de l'évaluation des règles)\n",
                        g_nsPerDossier["series"] / 1000, 100 * g_nsPerDossier["series"] / engine);
    }
    const bool ok = report.faultedReleased == 0 && report.cleanRate() >= 0.60;
    return ok ? 0 : 1;
}
