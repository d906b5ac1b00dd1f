// Each auto-validation condition, with censored values ("<0,5", ">1000") and the French hold texts.
#include "AutovalTestSupport.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace sgl::autovaltest;

namespace {

const QString mmol = u"mmol/L"_s;

DossierVerdict run(const QList<ResultInput> &results, const QList<Rule> &list, SerumIndices indices = {})
{
    DossierInput d = dossier(results);
    d.indices = indices;
    return AutoValidationEngine::evaluate(d, rules(list));
}

/** Releases when the only rule is `r` plus a limits rule covering everything. */
RuleSet withCoverage(QList<Rule> list, const QStringList &codes)
{
    for (const QString &c : codes)
        list.prepend(rule(c + u".COUVRE"_s, {c}, LimitsCondition{-1e9, 1e9, {}, {}}));
    return rules(list);
}

} // namespace

// ---- limits ------------------------------------------------------------------------------------

TEST(AutovalLimits, ReferenceRangeOfThePatient)
{
    const Rule ref = rule(u"GLU.REF"_s, {u"GLU"_s}, LimitsCondition{});
    EXPECT_TRUE(run({numeric(u"GLU"_s, u"5.5"_s, mmol, 3.9, 6.1)}, {ref}).release);
    EXPECT_TRUE(run({numeric(u"GLU"_s, u"6.1"_s, mmol, 3.9, 6.1)}, {ref}).release); // limits are inclusive
    const DossierVerdict v = run({numeric(u"GLU"_s, u"6.2"_s, mmol, 3.9, 6.1)}, {ref});
    ASSERT_FALSE(v.release);
    const HoldReason &h = v.holds.first();
    EXPECT_EQ(h.ruleId, u"GLU.REF"_s);
    EXPECT_EQ(h.values, u"6,2 mmol/L"_s);
    EXPECT_EQ(h.threshold, u"[3,9 ; 6,1] mmol/L"_s);
    EXPECT_EQ(h.text, u"GLU.REF (Règle GLU.REF) : GLU 6,2 mmol/L hors des valeurs de référence [3,9 ; 6,1] mmol/L."_s);
    // No range for this patient: nothing to compare with, held.
    EXPECT_FALSE(run({numeric(u"GLU"_s, u"5"_s, mmol)}, {ref}).release);
}

TEST(AutovalLimits, CustomLimitsOneSidedAndInTheSecondUnit)
{
    const Rule crp = rule(u"CRP.LIM"_s, {u"CRP"_s}, LimitsCondition{std::nullopt, 10, u"mg/L"_s, {}});
    EXPECT_TRUE(run({numeric(u"CRP"_s, u"8"_s, u"mg/L"_s, std::nullopt, 5)}, {crp}).release); // H flag, within custom limits
    EXPECT_FALSE(run({numeric(u"CRP"_s, u"12"_s, u"mg/L"_s)}, {crp}).release);
    // Glucose in mmol/L, rule in g/L (its second unit, factor 0.18016): 1,10 g/L = 6,1 mmol/L.
    ResultInput glu = numeric(u"GLU"_s, u"6.5"_s, mmol);
    glu.secondUnit = u"g/L"_s;
    glu.secondUnitFactor = 0.18016;
    const Rule gl = rule(u"GLU.GL"_s, {u"GLU"_s}, LimitsCondition{0.7, 1.10, u"g/L"_s, {}});
    EXPECT_FALSE(run({glu}, {gl}).release); // 6,5 mmol/L = 1,17 g/L
    glu.value = *ResultValue::parseNumeric(u"5.5"_s, mmol);
    EXPECT_TRUE(run({glu}, {gl}).release);
    // A value in a unit that cannot be converted is held, saying so.
    glu.value = *ResultValue::parseNumeric(u"5.5"_s, u"mg/mmol"_s);
    const DossierVerdict v = run({glu}, {gl});
    ASSERT_FALSE(v.release);
    EXPECT_TRUE(v.holds.first().text.contains(u"unité non convertible"_s));
}

TEST(AutovalLimits, CensoredValues)
{
    const Rule crp = rule(u"CRP.LIM"_s, {u"CRP"_s}, LimitsCondition{std::nullopt, 5, u"mg/L"_s, {}});
    EXPECT_TRUE(run({numeric(u"CRP"_s, u"<0,5"_s, u"mg/L"_s)}, {crp}).release);  // every value < 0,5 is <= 5
    EXPECT_TRUE(run({numeric(u"CRP"_s, u"<5"_s, u"mg/L"_s)}, {crp}).release);    // < 5 is within <= 5
    EXPECT_TRUE(run({numeric(u"CRP"_s, u"<=5"_s, u"mg/L"_s)}, {crp}).release);
    EXPECT_FALSE(run({numeric(u"CRP"_s, u"<8"_s, u"mg/L"_s)}, {crp}).release);   // could be 7
    const Rule wide = rule(u"PLAQ.LIM"_s, {u"PLAQ"_s}, LimitsCondition{150, 5000, u"10*9/L"_s, {}});
    const DossierVerdict above = run({numeric(u"PLAQ"_s, u">1000"_s, u"10*9/L"_s)}, {wide});
    ASSERT_FALSE(above.release); // > 1000 may be above 5000
    EXPECT_TRUE(above.holds.first().text.contains(u"valeur censurée"_s));
    // A "<" value against a low limit: < 0,5 may be 0,1, below 0,3.
    const Rule low = rule(u"X.LIM"_s, {u"TSH"_s}, LimitsCondition{0.3, 4, u"m[IU]/L"_s, {}});
    const DossierVerdict below = run({numeric(u"TSH"_s, u"<0.5"_s, u"m[IU]/L"_s)}, {low});
    EXPECT_FALSE(below.release);
    // Certainly out: "< 0,2" is entirely below 0,3 — said as out of limits, not as uncertain.
    const DossierVerdict out = run({numeric(u"TSH"_s, u"<0.2"_s, u"m[IU]/L"_s)}, {low});
    ASSERT_FALSE(out.release);
    EXPECT_TRUE(out.holds.first().text.contains(u"hors des limites d'auto-validation"_s));
    // "> 2" with limits [0,3 ; 4] may be 10.
    EXPECT_FALSE(run({numeric(u"TSH"_s, u">2"_s, u"m[IU]/L"_s)}, {low}).release);
}

TEST(AutovalLimits, CodedResults)
{
    ResultInput hbs;
    hbs.analysisCode = u"AGHBS"_s;
    hbs.value = ResultValue::ofCode({u"NEG"_s, {}, {}, u"Négatif"_s});
    hbs.state = ValidationState::TechnicallyValidated;
    const Rule neg = rule(u"AGHBS.NEG"_s, {u"AGHBS"_s}, LimitsCondition{std::nullopt, std::nullopt, {}, {u"NEG"_s}});
    EXPECT_TRUE(run({hbs}, {neg}).release);
    hbs.value = ResultValue::ofCode({u"IND"_s, {}, {}, u"Indéterminé"_s});
    const DossierVerdict v = run({hbs}, {neg});
    ASSERT_FALSE(v.release);
    EXPECT_TRUE(v.holds.first().text.contains(u"Indéterminé"_s));
    // Without accepted codes: passes unless flagged abnormal.
    const Rule notAbnormal = rule(u"AGHBS.N"_s, {u"AGHBS"_s}, LimitsCondition{});
    EXPECT_TRUE(run({hbs}, {notAbnormal}).release);
    hbs.flag = AbnormalFlag::Abnormal;
    EXPECT_FALSE(run({hbs}, {notAbnormal}).release);
}

// ---- delta --------------------------------------------------------------------------------------

TEST(AutovalDelta, AbsoluteRelativeAndWindow)
{
    const Rule d = rule(u"K.DELTA"_s, {u"K"_s}, DeltaCondition{0.9, std::nullopt, mmol, 90, false});
    const RuleSet set = withCoverage({d}, {u"K"_s});
    ResultInput k = numeric(u"K"_s, u"5.1"_s, mmol);
    k.previous << previous(u"4.0"_s, mmol, 1) << previous(u"5.0"_s, mmol, 10); // the most recent counts
    EXPECT_TRUE(AutoValidationEngine::evaluate(dossier({k}), set).release);
    k.previous[1].observedAt = at(20).addDays(-120); // outside the 90-day window: 4,0 is the previous one
    const DossierVerdict v = AutoValidationEngine::evaluate(dossier({k}), set);
    ASSERT_FALSE(v.release);
    const HoldReason &h = v.holds.first();
    EXPECT_EQ(h.ruleId, u"K.DELTA"_s);
    EXPECT_EQ(h.values, u"5,1 mmol/L ; précédent 4,0 mmol/L le 01/11/2026"_s);
    EXPECT_EQ(h.threshold, u"|Δ| ≥ 0,9 mmol/L en 90 jours"_s);
    EXPECT_TRUE(h.text.contains(u"variation de +1,1 mmol/L (+27,5 %)"_s)) << qPrintable(h.text);
    // A later result (a rerun after this one) is not a previous value.
    k.previous = {PreviousValue{*ResultValue::parseNumeric(u"3"_s, mmol), at(21)}};
    EXPECT_TRUE(AutoValidationEngine::evaluate(dossier({k}), set).release);

    const Rule rel = rule(u"GGT.DELTA"_s, {u"GGT"_s}, DeltaCondition{std::nullopt, 50, {}, 365, false});
    ResultInput ggt = numeric(u"GGT"_s, u"60"_s, u"U/L"_s);
    ggt.previous << previous(u"40"_s, u"U/L"_s, 1);
    EXPECT_FALSE(AutoValidationEngine::evaluate(dossier({ggt}), withCoverage({rel}, {u"GGT"_s})).release); // +50 %
    ggt.previous = {previous(u"41"_s, u"U/L"_s, 1)};
    EXPECT_TRUE(AutoValidationEngine::evaluate(dossier({ggt}), withCoverage({rel}, {u"GGT"_s})).release);
}

TEST(AutovalDelta, RequirePreviousAndUnitChange)
{
    const Rule d = rule(u"CREA.STABLE"_s, {u"CREA"_s}, DeltaCondition{std::nullopt, 15, {}, 365, true});
    ResultInput c = numeric(u"CREA"_s, u"150"_s, u"umol/L"_s);
    DossierVerdict v = AutoValidationEngine::evaluate(dossier({c}), withCoverage({d}, {u"CREA"_s}));
    ASSERT_FALSE(v.release);
    EXPECT_TRUE(v.holds.first().text.contains(u"pas d'antériorité validée dans les 365 jours"_s));
    // Previous in mmol/L (an old unit): converted with certainty.
    c.previous << previous(u"0.145"_s, mmol, 1);
    EXPECT_TRUE(AutoValidationEngine::evaluate(dossier({c}), withCoverage({d}, {u"CREA"_s})).release);
}

TEST(AutovalDelta, CensoredValues)
{
    const Rule absRule = rule(u"CRP.DELTA"_s, {u"CRP"_s}, DeltaCondition{5, std::nullopt, u"mg/L"_s, 90, false});
    const RuleSet set = withCoverage({absRule}, {u"CRP"_s});
    ResultInput crp = numeric(u"CRP"_s, u"<0.6"_s, u"mg/L"_s);
    crp.previous << previous(u"<0.6"_s, u"mg/L"_s, 1);
    EXPECT_TRUE(AutoValidationEngine::evaluate(dossier({crp}), set).release); // both under the limit
    crp.previous = {previous(u"3"_s, u"mg/L"_s, 1)};
    EXPECT_TRUE(AutoValidationEngine::evaluate(dossier({crp}), set).release); // at most 3 apart
    crp.previous = {previous(u"12"_s, u"mg/L"_s, 1)};
    EXPECT_FALSE(AutoValidationEngine::evaluate(dossier({crp}), set).release); // at least 11,4 apart
    crp.value = *ResultValue::parseNumeric(u">300"_s, u"mg/L"_s);
    crp.previous = {previous(u"298"_s, u"mg/L"_s, 1)};
    const DossierVerdict v = AutoValidationEngine::evaluate(dossier({crp}), set); // could be 1000
    ASSERT_FALSE(v.release);
    ASSERT_NE(firstHold(v, u"CRP.DELTA"_s), nullptr);
    EXPECT_TRUE(firstHold(v, u"CRP.DELTA"_s)->text.contains(u"non mesurable"_s));
    // Relative threshold only: two values under the detection limit are unchanged.
    const Rule relRule = rule(u"TSH.DELTA"_s, {u"TSH"_s}, DeltaCondition{std::nullopt, 50, {}, 90, false});
    ResultInput tsh = numeric(u"TSH"_s, u"<0.01"_s, u"m[IU]/L"_s);
    tsh.previous << previous(u"<0.01"_s, u"m[IU]/L"_s, 1);
    EXPECT_TRUE(AutoValidationEngine::evaluate(dossier({tsh}), withCoverage({relRule}, {u"TSH"_s})).release);
    tsh.previous = {previous(u"1.5"_s, u"m[IU]/L"_s, 1)};
    EXPECT_FALSE(AutoValidationEngine::evaluate(dossier({tsh}), withCoverage({relRule}, {u"TSH"_s})).release);
}

// ---- critical, flags, indices -------------------------------------------------------------------

TEST(AutovalCritical, LaboratoryCriticalLimitsAreSafetyHolds)
{
    Rule crit = rule(u"K.CRITIQUE"_s, {u"K"_s}, CriticalCondition{3.0, 6.0, mmol});
    Rule waiver = rule(u"K.W"_s, {u"K"_s}, AnalyzerFlagsCondition{});
    waiver.waives << u"K.CRITIQUE"_s; // refused by the validator; the engine ignores it anyway
    const RuleSet set = withCoverage({crit, waiver}, {u"K"_s});
    EXPECT_TRUE(AutoValidationEngine::evaluate(dossier({numeric(u"K"_s, u"6.0"_s, mmol)}), set).release);
    const DossierVerdict v = AutoValidationEngine::evaluate(dossier({numeric(u"K"_s, u"6.1"_s, mmol)}), set);
    ASSERT_FALSE(v.release);
    EXPECT_TRUE(v.holds.first().builtIn);
    EXPECT_EQ(v.holds.first().threshold, u"< 3 mmol/L ou > 6 mmol/L"_s);
    EXPECT_FALSE(AutoValidationEngine::evaluate(dossier({numeric(u"K"_s, u">5.5"_s, mmol)}), set).release);
    EXPECT_FALSE(AutoValidationEngine::evaluate(dossier({numeric(u"K"_s, u"<3.5"_s, mmol)}), set).release);
}

TEST(AutovalAnalyzerFlags, AnyFlagButTheIgnoredOnes)
{
    const Rule flags = rule(u"ALARMES"_s, {u"PLAQ"_s}, AnalyzerFlagsCondition{{u"QC"_s}});
    const RuleSet set = withCoverage({flags}, {u"PLAQ"_s});
    ResultInput p = numeric(u"PLAQ"_s, u"250"_s, u"10*9/L"_s);
    p.analyzerFlags << u"qc"_s;
    EXPECT_TRUE(AutoValidationEngine::evaluate(dossier({p}), set).release);
    p.analyzerFlags << u"PLT Clumps?"_s;
    const DossierVerdict v = AutoValidationEngine::evaluate(dossier({p}), set);
    ASSERT_FALSE(v.release);
    EXPECT_TRUE(v.holds.first().text.contains(u"alarme de l'automate PLT Clumps?"_s));
}

TEST(AutovalSerumIndex, HaemolysedPotassium)
{
    const Rule h = rule(u"K.HEMOLYSE"_s, {u"K"_s}, SerumIndexCondition{SerumIndex::Haemolysis, 50, false});
    const RuleSet set = withCoverage({h}, {u"K"_s});
    DossierInput d = dossier({numeric(u"K"_s, u"5.0"_s, mmol)});
    EXPECT_TRUE(AutoValidationEngine::evaluate(d, set).release); // no index, not required
    d.indices.haemolysis = 50;
    EXPECT_TRUE(AutoValidationEngine::evaluate(d, set).release);
    d.indices.haemolysis = 120;
    const DossierVerdict v = AutoValidationEngine::evaluate(d, set);
    ASSERT_FALSE(v.release);
    EXPECT_EQ(v.holds.first().text,
              u"K.HEMOLYSE (Règle K.HEMOLYSE) : K 5,0 mmol/L avec indice d'hémolyse 120 > seuil 50."_s);
    Rule required = h;
    required.condition = SerumIndexCondition{SerumIndex::Haemolysis, 50, true};
    d.indices = {};
    EXPECT_FALSE(AutoValidationEngine::evaluate(d, withCoverage({required}, {u"K"_s})).release);
}

// ---- inter-parameter consistency ----------------------------------------------------------------

TEST(AutovalConsistency, EdtaContamination)
{
    const Rule edta = rule(u"K.EDTA"_s, {},
                           EdtaContaminationCondition{{u"K"_s, 4.8, mmol}, {u"CA"_s, 2.1, mmol}, {u"PAL"_s, 30, u"U/L"_s},
                                                      {u"MG"_s, 0.6, mmol}, false});
    const RuleSet set = withCoverage({edta}, {u"K"_s, u"CA"_s, u"PAL"_s, u"MG"_s});
    const DossierVerdict v =
        AutoValidationEngine::evaluate(dossier({numeric(u"K"_s, u"6.2"_s, mmol), numeric(u"CA"_s, u"1.52"_s, mmol)}), set);
    ASSERT_FALSE(v.release);
    EXPECT_EQ(holdIds(v, u"K"_s), QStringList{u"K.EDTA"_s});
    EXPECT_EQ(holdIds(v, u"CA"_s), QStringList{u"K.EDTA"_s});
    EXPECT_EQ(v.holds.first().values, u"K 6,2 mmol/L ; CA 1,52 mmol/L"_s);
    // High K with normal Ca: not the pattern.
    EXPECT_TRUE(AutoValidationEngine::evaluate(dossier({numeric(u"K"_s, u"6.2"_s, mmol), numeric(u"CA"_s, u"2.4"_s, mmol)}), set)
                    .release);
    // Without Ca, a low alkaline phosphatase or magnesium shows it.
    EXPECT_FALSE(AutoValidationEngine::evaluate(
                     dossier({numeric(u"K"_s, u"5.0"_s, mmol), numeric(u"PAL"_s, u"12"_s, u"U/L"_s)}), set)
                     .release);
    EXPECT_FALSE(
        AutoValidationEngine::evaluate(dossier({numeric(u"K"_s, u"5.0"_s, mmol), numeric(u"MG"_s, u"0.4"_s, mmol)}), set).release);
    // Low Ca alone (normal K) is not EDTA.
    EXPECT_TRUE(
        AutoValidationEngine::evaluate(dossier({numeric(u"K"_s, u"4.0"_s, mmol), numeric(u"CA"_s, u"1.9"_s, mmol)}), set).release);
    // High K alone: passes unless the rule asks to exclude the pattern.
    EXPECT_TRUE(AutoValidationEngine::evaluate(dossier({numeric(u"K"_s, u"5.0"_s, mmol)}), set).release);
    Rule strict = edta;
    std::get<EdtaContaminationCondition>(strict.condition).holdWithoutPartner = true;
    const DossierVerdict alone =
        AutoValidationEngine::evaluate(dossier({numeric(u"K"_s, u"5.0"_s, mmol)}), withCoverage({strict}, {u"K"_s}));
    ASSERT_FALSE(alone.release);
    EXPECT_TRUE(alone.holds.first().text.contains(u"sans calcium"_s));
    EXPECT_TRUE(AutoValidationEngine::evaluate(dossier({numeric(u"K"_s, u"4.5"_s, mmol)}), withCoverage({strict}, {u"K"_s})).release);
}

TEST(AutovalConsistency, HaematocritAboutThreeTimesHaemoglobin)
{
    const Rule r = rule(u"NFS.HT_HB"_s, {}, RatioCondition{u"HT"_s, u"HB"_s, 2.6, 3.4});
    const RuleSet set = withCoverage({r}, {u"HT"_s, u"HB"_s});
    EXPECT_TRUE(AutoValidationEngine::evaluate(dossier({numeric(u"HT"_s, u"41"_s, u"%"_s), numeric(u"HB"_s, u"13.8"_s, u"g/dL"_s)}), set)
                    .release);
    const DossierVerdict v =
        AutoValidationEngine::evaluate(dossier({numeric(u"HT"_s, u"41"_s, u"%"_s), numeric(u"HB"_s, u"10.2"_s, u"g/dL"_s)}), set);
    ASSERT_FALSE(v.release);
    EXPECT_TRUE(v.holds.first().text.contains(u"rapport HT/HB = 4,02"_s)) << qPrintable(v.holds.first().text);
    EXPECT_EQ(v.holds.size(), 2); // both analyses held
    // One of them validated already: still read, only the other is held.
    ResultInput hb = numeric(u"HB"_s, u"10.2"_s, u"g/dL"_s);
    hb.state = ValidationState::Validated;
    const DossierVerdict one = AutoValidationEngine::evaluate(dossier({numeric(u"HT"_s, u"41"_s, u"%"_s), hb}), set);
    EXPECT_EQ(one.holds.size(), 1);
    EXPECT_EQ(one.holds.first().analysisCode, u"HT"_s);
}

TEST(AutovalConsistency, AnionGap)
{
    const Rule r = rule(u"TA"_s, {}, AnionGapCondition{u"NA"_s, u"CL"_s, u"BICAR"_s, u"K"_s, false, 6, 20, mmol});
    const RuleSet set = withCoverage({r}, {u"NA"_s, u"CL"_s, u"BICAR"_s});
    auto iono = [&](const QString &na, const QString &cl, const QString &bicar) {
        return dossier({numeric(u"NA"_s, na, mmol), numeric(u"CL"_s, cl, mmol), numeric(u"BICAR"_s, bicar, mmol)});
    };
    EXPECT_TRUE(AutoValidationEngine::evaluate(iono(u"140"_s, u"102"_s, u"25"_s), set).release); // 13
    const DossierVerdict v = AutoValidationEngine::evaluate(iono(u"140"_s, u"115"_s, u"22"_s), set); // 3
    ASSERT_FALSE(v.release);
    EXPECT_TRUE(v.holds.first().text.contains(u"trou anionique 3 mmol/L"_s)) << qPrintable(v.holds.first().text);
    EXPECT_FALSE(AutoValidationEngine::evaluate(iono(u"140"_s, u"95"_s, u"18"_s), set).release); // 27
    EXPECT_FALSE(AutoValidationEngine::evaluate(iono(u"140"_s, u"102"_s, u"<5"_s), set).release); // not computable
    // An operand missing: nothing to say.
    EXPECT_TRUE(AutoValidationEngine::evaluate(dossier({numeric(u"NA"_s, u"140"_s, mmol)}), set).release);
}

TEST(AutovalConsistency, DifferentialAddsUpToTheLeukocytes)
{
    const Rule r = rule(u"FORMULE"_s, {}, SumCondition{u"GB"_s, {u"PNN"_s, u"LYM"_s, u"MONO"_s}, 10});
    const QString g = u"10*9/L"_s;
    const RuleSet set = withCoverage({r}, {u"GB"_s, u"PNN"_s, u"LYM"_s, u"MONO"_s});
    EXPECT_TRUE(AutoValidationEngine::evaluate(
                    dossier({numeric(u"GB"_s, u"7"_s, g), numeric(u"PNN"_s, u"4.2"_s, g), numeric(u"LYM"_s, u"2.1"_s, g),
                             numeric(u"MONO"_s, u"0.5"_s, g)}),
                    set)
                    .release);
    const DossierVerdict v = AutoValidationEngine::evaluate(
        dossier({numeric(u"GB"_s, u"9"_s, g), numeric(u"PNN"_s, u"4.2"_s, g), numeric(u"LYM"_s, u"2.1"_s, g),
                 numeric(u"MONO"_s, u"0.5"_s, g)}),
        set);
    ASSERT_FALSE(v.release);
    EXPECT_EQ(v.holds.size(), 4);
}

TEST(AutovalConsistency, ConcordantChangeCatchesADilutedSample)
{
    const Rule r = rule(u"CONCORDANT"_s, {u"K"_s, u"CA"_s, u"CREA"_s, u"PAL"_s, u"NA"_s},
                        ConcordantChangeCondition{12, 3, 365, true});
    const RuleSet set = withCoverage({r}, {u"K"_s, u"CA"_s, u"CREA"_s, u"PAL"_s, u"NA"_s});
    auto with = [](ResultInput res, const QString &prev) {
        res.previous << previous(prev, res.value.unit, 1);
        return res;
    };
    // Everything 25 % lower than 19 days ago (but sodium, the drip's own salt): diluted.
    const DossierInput diluted = dossier({with(numeric(u"K"_s, u"3.1"_s, mmol), u"4.2"_s), with(numeric(u"CA"_s, u"1.8"_s, mmol), u"2.4"_s),
                                          with(numeric(u"CREA"_s, u"60"_s, u"umol/L"_s), u"80"_s),
                                          with(numeric(u"PAL"_s, u"52"_s, u"U/L"_s), u"70"_s), numeric(u"NA"_s, u"142"_s, mmol)});
    const DossierVerdict v = AutoValidationEngine::evaluate(diluted, set);
    ASSERT_FALSE(v.release);
    EXPECT_EQ(holdIds(v, u"NA"_s), QStringList{u"CONCORDANT"_s}); // the whole sample is suspect
    EXPECT_TRUE(v.holds.first().text.contains(u"4 analyses ont varié ensemble"_s)) << qPrintable(v.holds.first().text);
    // Two analyses moving: below the minimum of three.
    const DossierInput two = dossier({with(numeric(u"K"_s, u"3.1"_s, mmol), u"4.2"_s), with(numeric(u"CA"_s, u"1.8"_s, mmol), u"2.4"_s),
                                      with(numeric(u"CREA"_s, u"79"_s, u"umol/L"_s), u"80"_s)});
    EXPECT_TRUE(AutoValidationEngine::evaluate(two, set).release);
    // Three moving in opposite directions: not concordant (unless sameDirection is off).
    const DossierInput mixed = dossier({with(numeric(u"K"_s, u"3.1"_s, mmol), u"4.2"_s), with(numeric(u"CA"_s, u"2.9"_s, mmol), u"2.4"_s),
                                        with(numeric(u"CREA"_s, u"60"_s, u"umol/L"_s), u"80"_s)});
    EXPECT_TRUE(AutoValidationEngine::evaluate(mixed, set).release);
    Rule any = r;
    std::get<ConcordantChangeCondition>(any.condition).sameDirection = false;
    EXPECT_FALSE(AutoValidationEngine::evaluate(mixed, withCoverage({any}, {u"K"_s, u"CA"_s, u"CREA"_s})).release);
}

TEST(AutovalConsistency, DeltaScoreCatchesATubeOfAnotherPatient)
{
    const Rule r = rule(u"SCORE"_s, {},
                        DeltaScoreCondition{{{u"HB"_s, 4.5}, {u"VGM"_s, 2.2}, {u"PLAQ"_s, 11.4}, {u"GB"_s, 16}}, 3.5, 3, 365});
    const RuleSet set = withCoverage({r}, {u"HB"_s, u"VGM"_s, u"PLAQ"_s, u"GB"_s});
    auto with = [](ResultInput res, const QString &prev) {
        res.previous << previous(prev, res.value.unit, 1);
        return res;
    };
    // Each change below its own delta threshold, all of them unusual together: Hb −7 %, VGM +6 %,
    // plaquettes −25 %, leucocytes +20 % → z² = 2,5 + 7,5 + 4,8 + 1,6, mean 4,1.
    const DossierVerdict v = AutoValidationEngine::evaluate(
        dossier({with(numeric(u"HB"_s, u"13.0"_s, u"g/dL"_s), u"14.0"_s), with(numeric(u"VGM"_s, u"95"_s, u"fL"_s), u"89.6"_s),
                 with(numeric(u"PLAQ"_s, u"225"_s, u"10*9/L"_s), u"300"_s), with(numeric(u"GB"_s, u"7.2"_s, u"10*9/L"_s), u"6.0"_s)}),
        set);
    ASSERT_FALSE(v.release);
    EXPECT_EQ(v.holds.size(), 4);
    EXPECT_TRUE(v.holds.first().text.contains(u"score de variation 4,1 sur 4 analyses (seuil 3,5)"_s)) << qPrintable(v.holds.first().text);
    EXPECT_TRUE(v.holds.first().text.contains(u"VGM +6 %"_s)) << qPrintable(v.holds.first().text);
    // The same patient a month later: usual variation, score about 0,3.
    EXPECT_TRUE(AutoValidationEngine::evaluate(
                    dossier({with(numeric(u"HB"_s, u"13.8"_s, u"g/dL"_s), u"14.0"_s), with(numeric(u"VGM"_s, u"90"_s, u"fL"_s), u"89.6"_s),
                             with(numeric(u"PLAQ"_s, u"290"_s, u"10*9/L"_s), u"300"_s),
                             with(numeric(u"GB"_s, u"6.5"_s, u"10*9/L"_s), u"6.0"_s)}),
                    set)
                    .release);
    // Fewer than three analyses compared (no antériorité for two of them): nothing to say.
    EXPECT_TRUE(AutoValidationEngine::evaluate(
                    dossier({with(numeric(u"HB"_s, u"11.0"_s, u"g/dL"_s), u"14.0"_s), with(numeric(u"VGM"_s, u"99"_s, u"fL"_s), u"89.6"_s),
                             numeric(u"PLAQ"_s, u"225"_s, u"10*9/L"_s), numeric(u"GB"_s, u"7.2"_s, u"10*9/L"_s)}),
                    set)
                    .release);
}
