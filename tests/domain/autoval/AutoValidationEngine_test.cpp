// The engine's built-in safety holds, waivers and applicability (AutoValidationEngine.h).
#include "AutovalTestSupport.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace sgl::autovaltest;

namespace {

const QString mmol = u"mmol/L"_s;

RuleSet kLimits()
{
    return rules({rule(u"K.LIMITES"_s, {u"K"_s}, LimitsCondition{3.4, 5.2, mmol, {}})});
}

} // namespace

TEST(AutoValidationEngine, ReleasesAClearDossier)
{
    const DossierVerdict v = AutoValidationEngine::evaluate(dossier({numeric(u"K"_s, u"4.1"_s, mmol)}), kLimits());
    EXPECT_TRUE(v.release);
    ASSERT_EQ(v.analyses.size(), 1);
    EXPECT_TRUE(v.analyses[0].release);
    EXPECT_EQ(v.analyses[0].passedRules, QStringList{u"K.LIMITES"_s});
    EXPECT_TRUE(v.holds.isEmpty());
}

TEST(AutoValidationEngine, AnalysisWithoutLimitsRuleIsHeld)
{
    const DossierVerdict v = AutoValidationEngine::evaluate(
        dossier({numeric(u"K"_s, u"4.1"_s, mmol), numeric(u"NA"_s, u"140"_s, mmol)}), kLimits());
    EXPECT_FALSE(v.release);
    EXPECT_EQ(holdIds(v, u"NA"_s), QStringList{QString::fromLatin1(builtin::NotCovered)});
    EXPECT_TRUE(holdIds(v, u"K"_s).isEmpty());
}

TEST(AutoValidationEngine, NotTechnicallyValidatedIsHeldAndNotJudgedFurther)
{
    ResultInput k = numeric(u"K"_s, u"9"_s, mmol);
    k.state = ValidationState::Entered;
    const DossierVerdict v = AutoValidationEngine::evaluate(dossier({k}), kLimits());
    EXPECT_FALSE(v.release);
    EXPECT_EQ(holdIds(v, u"K"_s), QStringList{QString::fromLatin1(builtin::Technical)});
}

TEST(AutoValidationEngine, ValidatedResultsAreContextNotJudged)
{
    ResultInput na = numeric(u"NA"_s, u"140"_s, mmol);
    na.state = ValidationState::Validated;
    const DossierVerdict v = AutoValidationEngine::evaluate(dossier({na, numeric(u"K"_s, u"4"_s, mmol)}), kLimits());
    EXPECT_TRUE(v.release);
    EXPECT_EQ(v.analyses.size(), 1);
}

TEST(AutoValidationEngine, NothingToValidateIsHeld)
{
    ResultInput k = numeric(u"K"_s, u"4"_s, mmol);
    k.state = ValidationState::Validated;
    const DossierVerdict v = AutoValidationEngine::evaluate(dossier({k}), kLimits());
    EXPECT_FALSE(v.release);
    EXPECT_EQ(holdIds(v), QStringList{QString::fromLatin1(builtin::Empty)});
}

TEST(AutoValidationEngine, CancelledResultIsIgnoredAndTheLastOneCounts)
{
    ResultInput old = numeric(u"K"_s, u"7"_s, mmol);
    old.state = ValidationState::Cancelled;
    const DossierVerdict v = AutoValidationEngine::evaluate(dossier({old, numeric(u"K"_s, u"4"_s, mmol)}), kLimits());
    EXPECT_TRUE(v.release);
}

TEST(AutoValidationEngine, CriticalValuesAreNeverReleased)
{
    // By flag, by the caller's verdict, and by the catalogue limits (even if the rule set would pass it).
    ResultInput flagged = numeric(u"K"_s, u"4"_s, mmol);
    flagged.flag = AbnormalFlag::CriticalHigh;
    ResultInput said = numeric(u"K"_s, u"4"_s, mmol);
    said.critical = true;
    ResultInput beyond = numeric(u"K"_s, u"6.8"_s, mmol);
    beyond.criticalHigh = 6.5;
    const RuleSet wide = rules({rule(u"K.LARGE"_s, {u"K"_s}, LimitsCondition{1, 10, mmol, {}})});
    for (const ResultInput &r : {flagged, said, beyond}) {
        const DossierVerdict v = AutoValidationEngine::evaluate(dossier({r}), wide);
        EXPECT_FALSE(v.release);
        ASSERT_NE(firstHold(v, QString::fromLatin1(builtin::Critical)), nullptr);
        EXPECT_TRUE(firstHold(v, QString::fromLatin1(builtin::Critical))->builtIn);
    }
}

TEST(AutoValidationEngine, PossiblyCriticalCensoredValueIsHeld)
{
    // "< 3" could be 2: below the critical low of 2,5. "< 2" is certainly critical too.
    ResultInput maybe = numeric(u"K"_s, u"<3"_s, mmol);
    maybe.criticalLow = 2.5;
    const RuleSet wide = rules({rule(u"K.LARGE"_s, {u"K"_s}, LimitsCondition{0, 10, mmol, {}})});
    DossierVerdict v = AutoValidationEngine::evaluate(dossier({maybe}), wide);
    EXPECT_FALSE(v.release);
    ASSERT_NE(firstHold(v, QString::fromLatin1(builtin::Critical)), nullptr);
    EXPECT_TRUE(firstHold(v, QString::fromLatin1(builtin::Critical))->text.contains(u"seuil critique bas 2,5"_s));
    // "> 3" with a critical low of 2,5 is not critical.
    ResultInput above = numeric(u"K"_s, u">3"_s, mmol);
    above.criticalLow = 2.5;
    v = AutoValidationEngine::evaluate(dossier({above}), rules({}));
    EXPECT_EQ(firstHold(v, QString::fromLatin1(builtin::Critical)), nullptr);
}

TEST(AutoValidationEngine, PendingCallBackQcHoldNonConformityAndEditedValueAreHeld)
{
    ResultInput callBack = numeric(u"K"_s, u"4"_s, mmol);
    callBack.callBackPending = true;
    ResultInput qc = numeric(u"K"_s, u"4"_s, mmol);
    qc.qcHeld = true;
    qc.qcReason = u"CQ rejeté : K, lot L123, règle 1-3s le 06/12/2026 10:42"_s;
    ResultInput edited = numeric(u"K"_s, u"4"_s, mmol);
    edited.edited = true;
    const QList<std::pair<ResultInput, const char *>> cases{{callBack, builtin::CallBack}, {qc, builtin::Qc}, {edited, builtin::Edited}};
    for (const auto &[r, id] : cases) {
        const DossierVerdict v = AutoValidationEngine::evaluate(dossier({r}), kLimits());
        EXPECT_FALSE(v.release) << id;
        EXPECT_TRUE(holdIds(v, u"K"_s).contains(QString::fromLatin1(id))) << id;
    }
    const DossierVerdict qcv = AutoValidationEngine::evaluate(dossier({qc}), kLimits());
    EXPECT_TRUE(firstHold(qcv, QString::fromLatin1(builtin::Qc))->text.contains(u"lot L123"_s));
    // Held by QC before its technical validation (which the hold forbids): both reasons are named.
    ResultInput entered = qc;
    entered.state = ValidationState::Entered;
    const DossierVerdict ev = AutoValidationEngine::evaluate(dossier({entered}), kLimits());
    EXPECT_FALSE(ev.release);
    EXPECT_EQ(holdIds(ev, u"K"_s),
              (QStringList{QString::fromLatin1(builtin::Technical), QString::fromLatin1(builtin::Qc)}));

    DossierInput nc = dossier({numeric(u"K"_s, u"4"_s, mmol), numeric(u"NA"_s, u"140"_s, mmol)});
    nc.nonConformities << NonConformityInput{u"haemolysed"_s, u"Échantillon hémolysé"_s, {u"K"_s}};
    RuleSet both = kLimits();
    both.rules << rule(u"NA.LIMITES"_s, {u"NA"_s}, LimitsCondition{134, 147, mmol, {}});
    const DossierVerdict v = AutoValidationEngine::evaluate(nc, both);
    EXPECT_FALSE(v.release);
    EXPECT_EQ(holdIds(v, u"K"_s), QStringList{QString::fromLatin1(builtin::NonConformity)});
    EXPECT_TRUE(holdIds(v, u"NA"_s).isEmpty());
    EXPECT_TRUE(firstHold(v, QString::fromLatin1(builtin::NonConformity))->text.contains(u"Échantillon hémolysé"_s));
}

TEST(AutoValidationEngine, DossierWideNonConformityAndPendingReflexHoldTheDossier)
{
    DossierInput d = dossier({numeric(u"K"_s, u"4"_s, mmol)});
    d.nonConformities << NonConformityInput{u"transport_delay"_s, u"Délai d'acheminement dépassé"_s, {}};
    d.pendingReflexes << u"TSH anormale : T4L proposée"_s;
    const DossierVerdict v = AutoValidationEngine::evaluate(d, kLimits());
    EXPECT_FALSE(v.release);
    EXPECT_TRUE(v.analyses[0].release);
    EXPECT_EQ(holdIds(v), (QStringList{QString::fromLatin1(builtin::NonConformity), QString::fromLatin1(builtin::Reflex)}));
}

TEST(AutoValidationEngine, TextResultIsLeftToTheBiologist)
{
    ResultInput text;
    text.analysisCode = u"ASP_U"_s;
    text.value = ResultValue::ofText(u"Trouble"_s);
    text.state = ValidationState::TechnicallyValidated;
    const DossierVerdict v = AutoValidationEngine::evaluate(dossier({text}), rules({rule(u"X"_s, {u"ASP_U"_s}, LimitsCondition{})}));
    EXPECT_FALSE(v.release);
    EXPECT_EQ(holdIds(v, u"ASP_U"_s), QStringList{QString::fromLatin1(builtin::Value)});
}

TEST(AutoValidationEngine, WaiverLiftsTheNamedRuleButNeverASafetyHold)
{
    // A known CKD patient: creatinine 180 above the limits, stable against 175 three months ago.
    ResultInput crea = numeric(u"CREA"_s, u"180"_s, u"umol/L"_s);
    crea.previous << previous(u"175"_s, u"umol/L"_s, 1);
    Rule limits = rule(u"CREA.LIMITES"_s, {u"CREA"_s}, LimitsCondition{40, 100, u"umol/L"_s, {}});
    Rule stable = rule(u"CREA.STABLE"_s, {u"CREA"_s}, DeltaCondition{std::nullopt, 15, {}, 365, true});
    stable.waives << u"CREA.LIMITES"_s;
    DossierVerdict v = AutoValidationEngine::evaluate(dossier({crea}), rules({limits, stable}));
    EXPECT_TRUE(v.release);
    ASSERT_EQ(v.analyses[0].waived.size(), 1);
    EXPECT_EQ(v.analyses[0].waived[0].ruleId, u"CREA.LIMITES"_s);
    EXPECT_TRUE(v.analyses[0].waived[0].text.contains(u"Levée par CREA.STABLE"_s));
    EXPECT_TRUE(v.analyses[0].passedRules.contains(u"CREA.STABLE"_s));

    // Not stable (+40 %): the waiver does not pass, the limits hold stands; the waiver itself never holds.
    crea.previous = {previous(u"128"_s, u"umol/L"_s, 1)};
    v = AutoValidationEngine::evaluate(dossier({crea}), rules({limits, stable}));
    EXPECT_FALSE(v.release);
    EXPECT_EQ(holdIds(v, u"CREA"_s), QStringList{u"CREA.LIMITES"_s});

    // A QC hold is never lifted.
    crea.previous = {previous(u"175"_s, u"umol/L"_s, 1)};
    crea.qcHeld = true;
    v = AutoValidationEngine::evaluate(dossier({crea}), rules({limits, stable}));
    EXPECT_FALSE(v.release);
    EXPECT_EQ(holdIds(v, u"CREA"_s), QStringList{QString::fromLatin1(builtin::Qc)});
}

TEST(AutoValidationEngine, ApplicabilityBySexAgeAndOrigin)
{
    Rule women = rule(u"HB.F"_s, {u"HB"_s}, LimitsCondition{11.5, 16.5, u"g/dL"_s, {}});
    women.when.sex = Sex::Female;
    women.when.ageMin = AgeLimit{18, AgeLimit::Unit::Years};
    Rule men = rule(u"HB.H"_s, {u"HB"_s}, LimitsCondition{12.5, 18, u"g/dL"_s, {}});
    men.when.sex = Sex::Male;
    men.when.ageMin = AgeLimit{18, AgeLimit::Unit::Years};
    Rule emergency = rule(u"HB.URG"_s, {u"HB"_s}, AnalyzerFlagsCondition{});
    emergency.when.origins = QStringList{u"ward"_s};
    emergency.when.wards = QStringList{u"URG"_s};
    const RuleSet set = rules({women, men, emergency});

    DossierInput d = dossier({numeric(u"HB"_s, u"17"_s, u"g/dL"_s)});
    EXPECT_FALSE(AutoValidationEngine::evaluate(d, set).release); // a woman: 17 > 16,5
    d.sex = Sex::Male;
    EXPECT_TRUE(AutoValidationEngine::evaluate(d, set).release);
    d.birthDate = QDate(2010, 1, 1); // 16 years old: no adult rule applies
    EXPECT_EQ(holdIds(AutoValidationEngine::evaluate(d, set), u"HB"_s), QStringList{QString::fromLatin1(builtin::NotCovered)});
    d.sex = std::nullopt; // unknown sex: no sex-specific rule
    d.birthDate = QDate(1970, 1, 1);
    EXPECT_EQ(holdIds(AutoValidationEngine::evaluate(d, set), u"HB"_s), QStringList{QString::fromLatin1(builtin::NotCovered)});

    d.sex = Sex::Male;
    d.results[0].analyzerFlags = QStringList{u"RBC Agglutination?"_s};
    EXPECT_TRUE(AutoValidationEngine::evaluate(d, set).release); // the flag rule applies to the emergency ward only
    d.origin = u"ward"_s;
    d.ward = u"urg"_s;
    EXPECT_EQ(holdIds(AutoValidationEngine::evaluate(d, set), u"HB"_s), QStringList{u"HB.URG"_s});
    d.ward = u"CARDIO"_s;
    EXPECT_TRUE(AutoValidationEngine::evaluate(d, set).release);
}

TEST(AutoValidationEngine, DisabledRuleIsIgnored)
{
    RuleSet set = kLimits();
    set.rules << rule(u"K.FLAGS"_s, {u"K"_s}, AnalyzerFlagsCondition{});
    set.rules.last().enabled = false;
    ResultInput k = numeric(u"K"_s, u"4"_s, mmol);
    k.analyzerFlags << u"HEM"_s;
    EXPECT_TRUE(AutoValidationEngine::evaluate(dossier({k}), set).release);
}

TEST(AutoValidationEngine, RulesByExamApplyToTheResultsOrderedInIt)
{
    Rule byExam = rule(u"IONO.FLAGS"_s, {}, AnalyzerFlagsCondition{});
    byExam.exam = u"IONO"_s;
    ResultInput k = numeric(u"K"_s, u"4"_s, mmol);
    k.examCode = u"IONO"_s;
    k.analyzerFlags << u"ISE noise"_s;
    ResultInput glu = numeric(u"GLU"_s, u"5"_s, mmol);
    glu.examCode = u"GLY"_s;
    glu.analyzerFlags << u"ISE noise"_s;
    RuleSet set = kLimits();
    set.rules << rule(u"GLU.LIMITES"_s, {u"GLU"_s}, LimitsCondition{3.6, 7, mmol, {}}) << byExam;
    const DossierVerdict v = AutoValidationEngine::evaluate(dossier({k, glu}), set);
    EXPECT_EQ(holdIds(v, u"K"_s), QStringList{u"IONO.FLAGS"_s});
    EXPECT_TRUE(holdIds(v, u"GLU"_s).isEmpty());
}

TEST(AutoValidationEngine, IsDeterministic)
{
    ResultInput k = numeric(u"K"_s, u"6"_s, mmol);
    const DossierInput d = dossier({k, numeric(u"NA"_s, u"150"_s, mmol)});
    EXPECT_EQ(AutoValidationEngine::evaluate(d, kLimits()), AutoValidationEngine::evaluate(d, kLimits()));
}
