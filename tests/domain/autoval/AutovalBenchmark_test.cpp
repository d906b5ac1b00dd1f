// The auto-validation benchmark on a smaller seeded set (tests/bench/autoval generator, demo rules):
// a regression in the rules or the engine fails CI. bench_autoval runs the full 10,000 dossiers.
#include "AutovalBenchReport.h"
#include "AutovalTestSupport.h"

#include "domain/autoval/DemoRuleSet.h"
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
    EXPECT_LE(r.faultedReleased, 56);
    // Of them, those that moved a result beyond its reference change value (the others are
    // clinically the true report): a ceiling on this seed, like the one above.
    EXPECT_LE(r.faultedReleased - r.faultedReleasedWithinRcv, 27);
    EXPECT_LE(r.faultedReleasedBeyondRcvWithHistory, 10);
    int swapsWithHistoryReleased = 0;
    for (const Miss &m : r.misses)
        if (m.fault == Fault::Swap && m.history && m.profile != u"urines"_s && m.profile != u"thyroide"_s)
            ++swapsWithHistoryReleased;
    EXPECT_LE(swapsWithHistoryReleased, 9);
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
