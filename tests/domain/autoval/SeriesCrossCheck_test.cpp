// SeriesCrossCheck: tubes swapped between two patients of one collection series. Known-answer
// scores, both directions, the series window, the pending neighbour (SYS.SERIE), and what is never
// compared (other series, too far apart, censored values, too few analyses, no delta score rule).
#include "AutovalTestSupport.h"

#include "domain/autoval/SeriesCrossCheck.h"

#include <gtest/gtest.h>

using namespace sgl::autovaltest;
using namespace Qt::StringLiterals;

namespace {

const QString gl = u"g/dL"_s;
const QString pct = u"%"_s;
const QString giga = u"10*9/L"_s;

/** Delta score on three analyses, usual variation 10 % each: z = change % / 10. */
RuleSet scoreRules()
{
    DeltaScoreCondition c;
    c.terms = {{u"HB"_s, 10}, {u"HT"_s, 10}, {u"PLAQ"_s, 10}};
    c.maxScore = 3.5;
    c.minAnalyses = 3;
    c.windowDays = 365;
    return rules({rule(u"PATIENT.SCORE"_s, {}, c)});
}

ResultInput withPrevious(ResultInput r, const QString &value, const QString &unit)
{
    r.previous << previous(value, unit, 1);
    return r;
}

/** Sampled at 08:00 + `minute` on 20/11/2026 in the lab's sampling room. */
DossierInput sampled(const QString &number, QList<ResultInput> results, int minute, const QString &series = u"lab"_s)
{
    DossierInput d = dossier(std::move(results));
    d.dossierNumber = number;
    d.collectedAt = at(20).addSecs(minute * 60);
    d.collectionSeries = series;
    return d;
}

/**
 * Patient A had HB 12, HT 36, PLAQ 200; patient B has no history. Their tubes were swapped:
 * A's dossier shows B's blood (HB 15, HT 45, PLAQ 300), B's dossier shows A's (HB 12,2, HT 36,
 * PLAQ 210), sampled two minutes later.
 */
struct Swap {
    DossierInput a = sampled(u"A"_s,
                             {withPrevious(numeric(u"HB"_s, u"15"_s, gl), u"12"_s, gl),
                              withPrevious(numeric(u"HT"_s, u"45"_s, pct), u"36"_s, pct),
                              withPrevious(numeric(u"PLAQ"_s, u"300"_s, giga), u"200"_s, giga)},
                             0);
    DossierInput b = sampled(u"B"_s, {numeric(u"HB"_s, u"12.2"_s, gl), numeric(u"HT"_s, u"36"_s, pct), numeric(u"PLAQ"_s, u"210"_s, giga)},
                             2);
};

DossierVerdict released()
{
    DossierVerdict v;
    v.release = true;
    return v;
}

} // namespace

TEST(SeriesCrossCheck, EvidenceIsTheMeanSquaredZOfBothAgainstTheHoldersHistory)
{
    const Swap s;
    const RuleSet set = scoreRules();
    const auto &c = std::get<DeltaScoreCondition>(set.rules.first().condition);
    const SeriesCrossCheck::Evidence e = SeriesCrossCheck::evidence(s.a, s.b, c);
    EXPECT_EQ(e.compared, (QStringList{u"HB"_s, u"HT"_s, u"PLAQ"_s}));
    // own: +25 %, +25 %, +50 % -> z 2,5 ; 2,5 ; 5 -> (6,25 + 6,25 + 25) / 3 = 12,5
    EXPECT_NEAR(e.own, 12.5, 1e-9);
    // cross: 12,2 vs 12 (+1,667 %), 36 vs 36 (0), 210 vs 200 (+5 %) -> (0,02778 + 0 + 0,25) / 3
    EXPECT_NEAR(e.cross, (1.0 / 36 + 0.25) / 3, 1e-9);
    EXPECT_NEAR(e.logLikelihoodRatio, (37.5 - (1.0 / 36 + 0.25)) / 2, 1e-9);
    EXPECT_TRUE(SeriesCrossCheck::swapLikely(e, c));
    // B has no history: nothing to compare from B's side.
    EXPECT_TRUE(SeriesCrossCheck::evidence(s.b, s.a, c).compared.isEmpty());
}

TEST(SeriesCrossCheck, PartnerWithoutHistoryIsHeldAndNamesTheOtherDossier)
{
    const Swap s;
    DossierVerdict v = released();
    SeriesCrossCheck::apply(s.b, v, {&s.a}, scoreRules());
    EXPECT_FALSE(v.release);
    ASSERT_EQ(v.holds.size(), 1);
    const HoldReason &h = v.holds.first();
    EXPECT_EQ(h.ruleId, u"SYS.ECHANGE"_s);
    EXPECT_TRUE(h.builtIn);
    EXPECT_TRUE(h.analysisCode.isEmpty());
    EXPECT_TRUE(h.text.contains(u"dossier A"_s)) << h.text.toStdString();
    EXPECT_TRUE(h.text.contains(u"à 2 min d'écart"_s)) << h.text.toStdString();
    EXPECT_TRUE(h.text.contains(u"ressemblent aux antériorités du patient du dossier A"_s)) << h.text.toStdString();
    EXPECT_TRUE(h.text.contains(u"score 12,5"_s)) << h.text.toStdString();
    EXPECT_TRUE(h.values.contains(u"HB, HT, PLAQ"_s)) << h.values.toStdString();

    // And the other way round: A's dossier is held naming B (B's values are A's history).
    DossierVerdict va = released();
    SeriesCrossCheck::apply(s.a, va, {&s.b}, scoreRules());
    ASSERT_EQ(va.holds.size(), 1);
    EXPECT_TRUE(va.holds.first().text.contains(u"les résultats du dossier B ressemblent aux antériorités de ce patient"_s))
        << va.holds.first().text.toStdString();
}

TEST(SeriesCrossCheck, StablePatientAndRandomNeighbourAreNotHeld)
{
    Swap s;
    // A is stable: its values fit its own history (own score small).
    s.a.results[0].value = *ResultValue::parseNumeric(u"12.3"_s, gl);
    s.a.results[1].value = *ResultValue::parseNumeric(u"37"_s, pct);
    s.a.results[2].value = *ResultValue::parseNumeric(u"205"_s, giga);
    DossierVerdict v = released();
    SeriesCrossCheck::apply(s.b, v, {&s.a}, scoreRules());
    EXPECT_TRUE(v.release);
    EXPECT_TRUE(v.holds.isEmpty());
    // A departs from its history, but B does not fit it either (another stranger).
    Swap t;
    t.b.results[0].value = *ResultValue::parseNumeric(u"14"_s, gl);
    t.b.results[2].value = *ResultValue::parseNumeric(u"260"_s, giga);
    DossierVerdict w = released();
    SeriesCrossCheck::apply(t.b, w, {&t.a}, scoreRules());
    EXPECT_TRUE(w.holds.isEmpty());
}

TEST(SeriesCrossCheck, OnlyTheSameSeriesWithinTheWindowIsCompared)
{
    Swap s;
    s.b.collectedAt = s.a.collectedAt.addSecs(SeriesCrossCheck::kWindowMinutes * 60);
    EXPECT_TRUE(SeriesCrossCheck::sameSeries(s.a, s.b));
    DossierVerdict v = released();
    SeriesCrossCheck::apply(s.b, v, {&s.a}, scoreRules());
    EXPECT_FALSE(v.release);

    s.b.collectedAt = s.a.collectedAt.addSecs(SeriesCrossCheck::kWindowMinutes * 60 + 1);
    EXPECT_FALSE(SeriesCrossCheck::sameSeries(s.a, s.b));
    v = released();
    SeriesCrossCheck::apply(s.b, v, {&s.a}, scoreRules());
    EXPECT_TRUE(v.release);

    Swap other;
    other.b.collectionSeries = u"home_nurse:DURAND"_s;
    v = released();
    SeriesCrossCheck::apply(other.b, v, {&other.a}, scoreRules());
    EXPECT_TRUE(v.release);

    // Two dossiers of one patient sampled together are not a swap.
    Swap samePatient;
    samePatient.a.patientKey = u"42"_s;
    samePatient.b.patientKey = u"42"_s;
    EXPECT_FALSE(SeriesCrossCheck::sameSeries(samePatient.a, samePatient.b));
    samePatient.b.patientKey = u"43"_s;
    EXPECT_TRUE(SeriesCrossCheck::sameSeries(samePatient.a, samePatient.b));

    Swap unknown;
    unknown.a.collectedAt = {};
    EXPECT_FALSE(SeriesCrossCheck::sameSeries(unknown.a, unknown.b));
    Swap noSeries;
    noSeries.a.collectionSeries.clear();
    noSeries.b.collectionSeries.clear();
    EXPECT_FALSE(SeriesCrossCheck::sameSeries(noSeries.a, noSeries.b));
}

TEST(SeriesCrossCheck, OnlyTheNearestNeighboursOfTheSeriesAreKept)
{
    const Swap s;
    QList<DossierInput> others;
    for (int i = 0; i < SeriesCrossCheck::kMaxNeighbours + 5; ++i)
        others << sampled(u"N%1"_s.arg(i), {}, 29 - i); // 29, 28, … minutes after A
    DossierInput otherSeries = sampled(u"X"_s, {}, 1, u"ward:URG"_s);
    QList<const DossierInput *> candidates{&s.a, &otherSeries};
    for (const DossierInput &o : others)
        candidates << &o;
    const QList<const DossierInput *> kept = SeriesCrossCheck::nearest(s.a, candidates);
    ASSERT_EQ(kept.size(), SeriesCrossCheck::kMaxNeighbours);
    EXPECT_EQ(kept.first()->dossierNumber, u"N16"_s); // 13 minutes after, the nearest
    for (const DossierInput *k : kept) {
        EXPECT_NE(k, &s.a);
        EXPECT_NE(k, &otherSeries);
    }
    EXPECT_EQ(kept.last()->dossierNumber, u"N5"_s);
}

TEST(SeriesCrossCheck, TooFewAnalysesCensoredValuesOrNoScoreRuleHoldNothing)
{
    Swap few;
    few.b.results.removeLast(); // two analyses compared, the rule asks for three
    DossierVerdict v = released();
    SeriesCrossCheck::apply(few.b, v, {&few.a}, scoreRules());
    EXPECT_TRUE(v.release);

    Swap censored;
    censored.b.results[2].value = *ResultValue::parseNumeric(u">200"_s, giga);
    v = released();
    SeriesCrossCheck::apply(censored.b, v, {&censored.a}, scoreRules());
    EXPECT_TRUE(v.release);

    Swap s;
    RuleSet disabled = scoreRules();
    disabled.rules.first().enabled = false;
    v = released();
    SeriesCrossCheck::apply(s.b, v, {&s.a}, disabled);
    EXPECT_TRUE(v.release);
    v = released();
    SeriesCrossCheck::apply(s.b, v, {&s.a}, rules({}));
    EXPECT_TRUE(v.release);
}

TEST(SeriesCrossCheck, NeighbourStillWaitingForItsValuesHoldsTheSeries)
{
    Swap s;
    s.a.results[1].value = ResultValue{};
    s.a.results[1].state = ValidationState::Pending;
    DossierVerdict v = released();
    SeriesCrossCheck::apply(s.b, v, {&s.a}, scoreRules());
    EXPECT_FALSE(v.release);
    ASSERT_EQ(v.holds.size(), 1);
    EXPECT_EQ(v.holds.first().ruleId, u"SYS.SERIE"_s);
    EXPECT_TRUE(v.holds.first().text.contains(u"le dossier A"_s)) << v.holds.first().text.toStdString();
    EXPECT_TRUE(v.holds.first().text.contains(u"HT"_s)) << v.holds.first().text.toStdString();
    // A pending analysis this dossier neither has nor had: nothing to wait for.
    Swap t;
    t.b.results.removeAt(1);
    t.a.results[1].value = ResultValue{};
    t.a.results[1].state = ValidationState::Pending;
    DossierVerdict w = released();
    SeriesCrossCheck::apply(t.b, w, {&t.a}, scoreRules());
    EXPECT_TRUE(w.holds.isEmpty());
}

TEST(SeriesCrossCheck, EvaluateAllIsTheEngineThenTheSeries)
{
    Swap s;
    RuleSet set = scoreRules();
    LimitsCondition wide;
    wide.low = 0;
    wide.high = 1000;
    set.rules << rule(u"LARGE"_s, {u"HB"_s, u"HT"_s, u"PLAQ"_s}, wide);
    DossierInput far = s.b;
    far.dossierNumber = u"C"_s;
    far.collectedAt = s.a.collectedAt.addSecs(3600);
    const QList<DossierVerdict> out = SeriesCrossCheck::evaluateAll({s.a, s.b, far}, set);
    ASSERT_EQ(out.size(), 3);
    EXPECT_NE(firstHold(out[0], u"PATIENT.SCORE"_s), nullptr);
    EXPECT_TRUE(holdIds(out[0]).contains(u"SYS.ECHANGE"_s));
    EXPECT_EQ(holdIds(out[1]), (QStringList{u"SYS.ECHANGE"_s}));
    EXPECT_FALSE(out[1].release);
    EXPECT_EQ(out[2], AutoValidationEngine::evaluate(far, set)); // an hour later: not of the series
    EXPECT_TRUE(out[2].release);
}
