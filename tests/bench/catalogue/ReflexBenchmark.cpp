// Reflex rule evaluation for one dossier, with its raw baseline in the same run:
//  - ReflexEvaluator::evaluate: 500 active rules (numeric thresholds, censored-value intervals,
//    coded values, exam targets, French reasons) over a 40-result dossier of a 5,000-analysis
//    catalogue;
//  - raw baseline: the same threshold comparisons on a QHash<QString, double> of the values,
//    without censoring, units, targets or reasons (the least any implementation must do).
#include "domain/catalogue/ReflexEvaluator.h"

#include <QHash>

#include <benchmark/benchmark.h>

using namespace sgl::domain;

namespace {

struct Fixture {
    Catalogue catalogue;
    QList<ReflexInput> results;
    QSet<QString> ordered;
};

const Fixture &fixture()
{
    static const Fixture f = [] {
        Fixture x;
        Chapter ch;
        ch.code = QStringLiteral("BIO");
        ch.label = QStringLiteral("Biochimie");
        x.catalogue.chapters << ch;
        for (int i = 0; i < 5000; ++i) {
            Analysis a;
            a.localCode = QStringLiteral("A%1").arg(i);
            a.label = QStringLiteral("Analyse %1").arg(i);
            a.unit = QStringLiteral("mmol/L");
            x.catalogue.analyses << a;
        }
        for (int e = 0; e < 100; ++e) {
            Exam exam;
            exam.code = QStringLiteral("E%1").arg(e);
            exam.label = QStringLiteral("Examen %1").arg(e);
            exam.chapterCode = ch.code;
            for (int k = 0; k < 5; ++k)
                exam.analysisCodes << QStringLiteral("A%1").arg(4000 + e * 5 + k);
            x.catalogue.exams << exam;
        }
        // 500 rules on the first 100 analyses (5 thresholds each); half add an exam.
        for (int r = 0; r < 500; ++r) {
            ReflexRule rule;
            rule.code = QStringLiteral("R%1").arg(r);
            rule.label = QStringLiteral("Règle %1").arg(r);
            rule.triggerCode = QStringLiteral("A%1").arg(r % 100);
            rule.condition = r % 2 ? ReflexCondition::Above : ReflexCondition::Below;
            rule.threshold = 1.0 + (r / 100);
            rule.addCode = r % 2 ? QStringLiteral("E%1").arg(r % 100) : QStringLiteral("A%1").arg(1000 + r);
            x.catalogue.reflexRules << rule;
        }
        // A dossier of 40 results, some censored, values 0.5 .. 6.
        for (int i = 0; i < 40; ++i) {
            ReflexInput in;
            in.analysisCode = QStringLiteral("A%1").arg(i * 2);
            const QString number = QString::number(0.5 + (i % 12) * 0.5, 'f', 2);
            in.value = *ResultValue::parseNumeric(i % 7 == 0 ? QStringLiteral(">") + number : number,
                                                  QStringLiteral("mmol/L"));
            x.results << in;
            x.ordered.insert(in.analysisCode);
        }
        return x;
    }();
    return f;
}

void BM_ReflexEvaluate(benchmark::State &state)
{
    const Fixture &f = fixture();
    qsizetype fired = 0;
    for (auto _ : state) {
        const auto proposals = ReflexEvaluator::evaluate(f.catalogue, f.results, f.ordered);
        fired = proposals.size();
        benchmark::DoNotOptimize(proposals.data());
    }
    state.counters["proposals"] = double(fired);
}
BENCHMARK(BM_ReflexEvaluate)->Unit(benchmark::kMicrosecond);

void BM_RawThresholdLoop(benchmark::State &state)
{
    const Fixture &f = fixture();
    QHash<QString, double> values;
    for (const ReflexInput &in : f.results)
        values.insert(in.analysisCode, *in.value.toDouble());
    qsizetype fired = 0;
    for (auto _ : state) {
        QStringList adds;
        for (const ReflexRule &r : f.catalogue.reflexRules) {
            const auto it = values.constFind(r.triggerCode);
            if (it == values.constEnd())
                continue;
            const bool hit = r.condition == ReflexCondition::Above ? *it > *r.threshold : *it < *r.threshold;
            if (hit && !f.ordered.contains(r.addCode))
                adds << r.addCode;
        }
        fired = adds.size();
        benchmark::DoNotOptimize(adds.data());
    }
    state.counters["proposals"] = double(fired);
}
BENCHMARK(BM_RawThresholdLoop)->Unit(benchmark::kMicrosecond);

} // namespace
