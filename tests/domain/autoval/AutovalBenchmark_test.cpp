// The auto-validation benchmark on a smaller seeded set (tests/bench/autoval generator, demo rules):
// a regression in the rules or the engine fails CI. bench_autoval runs the full 10,000 dossiers.
#include "AutovalBenchReport.h"
#include "AutovalTestSupport.h"

#include "domain/autoval/DemoRuleSet.h"
#include "domain/autoval/SeriesCrossCheck.h"
#include "interop/catalogue/CatalogueReferenceData.h"

#include <gtest/gtest.h>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace sgl::bench::autoval;
using namespace sgl::autovaltest;

namespace {

const domain::Catalogue &demo()
{
    static const domain::Catalogue c = sgl::interop::catalogue::CatalogueReferenceData::demoCatalogue().catalogue;
    return c;
}

GeneratorOptions small(quint64 seed)
{
    GeneratorOptions o;
    o.seed = seed;
    o.dossiers = 2500;
    return o;
}

} // namespace

TEST(AutovalBenchmark, GeneratorIsReproducible)
{
    GeneratorOptions o = small(7);
    o.dossiers = 200;
    const QList<SyntheticDossier> a = DossierGenerator(demo(), o).generate();
    const QList<SyntheticDossier> b = DossierGenerator(demo(), o).generate();
    ASSERT_EQ(a.size(), 200);
    for (qsizetype i = 0; i < a.size(); ++i) {
        EXPECT_EQ(a[i].input, b[i].input) << i;
        EXPECT_EQ(a[i].fault, b[i].fault) << i;
    }
    o.seed = 8;
    const QList<SyntheticDossier> c = DossierGenerator(demo(), o).generate();
    int same = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        same += a[i].input == c[i].input ? 1 : 0;
    EXPECT_LT(same, 10);
    // Every kind of fault is generated and labelled.
    const QList<SyntheticDossier> many = DossierGenerator(demo(), small(7)).generate();
    QMap<Fault, int> kinds;
    for (const SyntheticDossier &d : many)
        ++kinds[d.fault];
    for (Fault f : allFaults())
        EXPECT_GT(kinds.value(f), 5) << qPrintable(faultLabel(f));
}

TEST(AutovalBenchmark, DripDilutionOnlyInHospitalisedPatients)
{
    // A drip runs in a hospitalised patient; an outpatient of a town laboratory has none.
    const QList<SyntheticDossier> dossiers = DossierGenerator(demo(), small(11)).generate();
    int drips = 0;
    int wards = 0;
    for (const SyntheticDossier &d : dossiers) {
        wards += d.input.origin == u"ward"_s ? 1 : 0;
        if (d.fault == Fault::DripDilution) {
            ++drips;
            EXPECT_EQ(d.input.origin, u"ward"_s) << qPrintable(d.input.dossierNumber);
        }
    }
    EXPECT_GT(drips, 5);
    // Wards send about 15 % of the dossiers, mostly electrolytes, blood counts and coagulation.
    EXPECT_GT(wards, dossiers.size() / 10);
    EXPECT_LT(wards, dossiers.size() / 4);
}

TEST(AutovalBenchmark, DemoRulesOnASeededSet)
{
    const QList<SyntheticDossier> dossiers = DossierGenerator(demo(), small(15)).generate();
    const BenchReport r = evaluateAll(dossiers, DemoRuleSet::build());
    std::printf("%s\n", qPrintable(formatReport(r, 10)));
    // Goal of issue 15: at least 60 % of the clean dossiers auto-validated.
    EXPECT_GE(r.cleanRate(), 0.60);
    // Faults the rules must always catch: chemistry interference and safety holds.
    for (Fault f : {Fault::EdtaContamination, Fault::Haemolysis, Fault::Critical, Fault::QcFailed}) {
        EXPECT_GT(r.perFault.value(f).total, 0) << qPrintable(faultLabel(f));
        EXPECT_EQ(r.perFault.value(f).released, 0) << qPrintable(faultLabel(f));
    }
    // Known misses (listed above, docs/autovalidation.md): a tube of another patient or a diluted
    // sample that no rule can tell from the patient's own (no antériorité, or a single analysis
    // such as a TSH or a dipstick). The goal is 0; this ceiling, measured on this seed, only
    // stops a regression.
    EXPECT_LE(r.faultedReleased, 54);
    // Of them, those that moved a result beyond its reference change value (the others are
    // clinically the true report): a ceiling on this seed, like the one above.
    EXPECT_LE(r.faultedReleased - r.faultedReleasedWithinRcv, 40);
    EXPECT_LE(r.faultedReleasedBeyondRcvWithHistory, 18);
    int swapsWithHistoryReleased = 0;
    for (const Miss &m : r.misses)
        if (m.fault == Fault::Swap && m.history && m.profile != u"urines"_s && m.profile != u"thyroide"_s)
            ++swapsWithHistoryReleased;
    EXPECT_LE(swapsWithHistoryReleased, 14);
}

TEST(AutovalBenchmark, SwappedTubesComeInPairsOfOneSeries)
{
    const QList<SyntheticDossier> dossiers = DossierGenerator(demo(), small(15)).generate();
    QHash<QString, const SyntheticDossier *> byNumber;
    for (const SyntheticDossier &d : dossiers)
        byNumber.insert(d.input.dossierNumber, &d);
    int swaps = 0;
    for (const SyntheticDossier &d : dossiers) {
        EXPECT_TRUE(d.input.collectedAt.isValid());
        EXPECT_FALSE(d.input.collectionSeries.isEmpty());
        if (d.fault != Fault::Swap)
            continue;
        ++swaps;
        // "échange avec B000123 (…)": the partner is swapped with this one, sampled just before or after.
        const QString partner = d.faultDetail.section(u' ', 2, 2);
        ASSERT_TRUE(byNumber.contains(partner)) << qPrintable(d.faultDetail);
        const SyntheticDossier &p = *byNumber.value(partner);
        EXPECT_EQ(p.fault, Fault::Swap);
        EXPECT_EQ(p.faultDetail.section(u' ', 2, 2), d.input.dossierNumber);
        EXPECT_TRUE(SeriesCrossCheck::sameSeries(d.input, p.input)) << qPrintable(d.input.dossierNumber);
        EXPECT_LE(std::abs(d.input.collectedAt.secsTo(p.input.collectedAt)), 3 * 60);
    }
    EXPECT_GT(swaps, 100);
    EXPECT_EQ(swaps % 2, 0);
}

TEST(AutovalBenchmark, SeriesCrossCheckHoldsSwapsTheEngineAloneReleases)
{
    // The same seeded set judged by the engine alone, then with the series cross-check: the
    // cross-check must hold swapped tubes the engine let through, at a small cost in clean dossiers.
    const QList<SyntheticDossier> dossiers = DossierGenerator(demo(), small(15)).generate();
    const RuleSet rules = DemoRuleSet::build();
    int engineSwaps = 0;
    int engineClean = 0;
    for (const SyntheticDossier &d : dossiers) {
        const bool released = AutoValidationEngine::evaluate(d.input, rules).release;
        engineSwaps += released && d.fault == Fault::Swap ? 1 : 0;
        engineClean += released && d.fault == Fault::None ? 1 : 0;
    }
    const BenchReport r = evaluateAll(dossiers, rules);
    const int crossSwaps = r.perFault.value(Fault::Swap).released;
    std::printf("Échanges libérés : moteur seul %d, avec la série %d ; dossiers propres libérés %d puis %d\n", engineSwaps,
                crossSwaps, engineClean, r.cleanReleased);
    EXPECT_LT(crossSwaps, engineSwaps);
    EXPECT_GE(engineSwaps - crossSwaps, 3);
    EXPECT_LE(engineClean - r.cleanReleased, engineClean / 50) << "at most 2 % of the clean releases lost";
}

TEST(AutovalBenchmark, ShiftIsCountedInReferenceChangeValues)
{
    // K: CVi and CVa from the model; RCV = 2,77 × √(CVa² + CVi²) of the true value.
    const AnalyteModel *k = analyteModel(u"K"_s);
    ASSERT_NE(k, nullptr);
    const double rcv = 2.77 * std::sqrt(k->cva * k->cva + k->cvi * k->cvi) / 100.0 * 4.0;
    QMap<QString, double> truth{{u"K"_s, 4.0}, {u"DFG"_s, 90.0}};
    EXPECT_EQ(largestShift(truth, truth).first, 0.0);
    QMap<QString, double> faulty = truth;
    faulty[u"K"_s] = 4.0 + 0.5 * rcv;
    faulty[u"DFG"_s] = 30.0; // derived analyses have no model: not counted
    auto [half, code] = largestShift(truth, faulty);
    EXPECT_NEAR(half, 0.5, 1e-9);
    EXPECT_EQ(code, u"K"_s);
    faulty[u"K"_s] = 4.0 - 2 * rcv;
    EXPECT_NEAR(largestShift(truth, faulty).first, 2.0, 1e-9);
    faulty.remove(u"K"_s); // a result gone (LDL not computed) is not a shift
    EXPECT_EQ(largestShift(truth, faulty).first, 0.0);
}
