// The batch release rule (issue 12, item 4): one test per exclusion reason, and the edited-value
// reading of a result's history.

#include "domain/validation/ReleaseCheck.h"

#include <gtest/gtest.h>

using namespace sgl::domain;
using namespace Qt::StringLiterals;

namespace {

ReleaseResultFact ok(const QString &code, const QString &label = {})
{
    ReleaseResultFact r;
    r.analysisCode = code;
    r.analysisLabel = label.isEmpty() ? code : label;
    r.state = ValidationState::TechnicallyValidated;
    r.valueText = u"4,2"_s;
    r.flag = AbnormalFlag::Normal;
    return r;
}

ReleaseFacts clean()
{
    ReleaseFacts f;
    f.dossierNumber = u"D261206-0001"_s;
    f.results = {ok(u"NA"_s, u"Sodium"_s), ok(u"K"_s, u"Potassium"_s)};
    return f;
}

QList<ReleaseExclusion::Reason> reasons(const ReleaseFacts &f)
{
    QList<ReleaseExclusion::Reason> out;
    for (const auto &e : ReleaseCheck::exclusions(f))
        out << e.reason;
    return out;
}

using R = ReleaseExclusion::Reason;

ResultHistoryEntry step(const QString &action, ValidationState before, const QString &value)
{
    ResultHistoryEntry h;
    h.action = action;
    h.stateBefore = before;
    h.valueText = value;
    return h;
}

} // namespace

TEST(ReleaseCheck, CleanDossierIsEligible)
{
    EXPECT_TRUE(ReleaseCheck::eligible(clean()));
    ReleaseFacts noFlag = clean();
    noFlag.results[0].flag.reset(); // no range: nothing says it is abnormal
    EXPECT_TRUE(ReleaseCheck::eligible(noFlag));
}

TEST(ReleaseCheck, PendingResultExcludesAndNamesTheAnalysis)
{
    for (auto state : {ValidationState::Pending, ValidationState::Entered, ValidationState::RerunRequested}) {
        ReleaseFacts f = clean();
        f.results[1].state = state;
        f.results[1].flag = AbnormalFlag::CriticalHigh; // not looked at before the bench is done
        const auto e = ReleaseCheck::exclusions(f);
        ASSERT_EQ(e.size(), 1);
        EXPECT_EQ(e.first().reason, R::PendingResult);
        EXPECT_EQ(e.first().analysisCode, u"K"_s);
        EXPECT_TRUE(e.first().text.startsWith(u"Potassium (K) : "_s)) << e.first().text.toStdString();
    }
}

TEST(ReleaseCheck, AbnormalFlagsExclude)
{
    for (auto flag : {AbnormalFlag::Low, AbnormalFlag::High, AbnormalFlag::Abnormal, AbnormalFlag::BelowAbsoluteLow,
                      AbnormalFlag::AboveAbsoluteHigh}) {
        ReleaseFacts f = clean();
        f.results[0].flag = flag;
        EXPECT_EQ(reasons(f), QList<R>{R::Abnormal}) << abnormalFlagCode(flag).toStdString();
    }
    ReleaseFacts f = clean();
    f.results[0].flag = AbnormalFlag::High;
    EXPECT_TRUE(ReleaseCheck::exclusions(f).first().text.contains(u"4,2 H"_s));
}

TEST(ReleaseCheck, CriticalExcludesWithOrWithoutCallBack)
{
    ReleaseFacts f = clean();
    f.results[1].critical = true;
    f.results[1].flag = AbnormalFlag::CriticalHigh;
    EXPECT_EQ(reasons(f), QList<R>{R::Critical}) << "critical, not also abnormal";
    EXPECT_TRUE(ReleaseCheck::exclusions(f).first().text.contains(u"sans rappel"_s));
    f.results[1].callBackRecorded = true;
    EXPECT_EQ(reasons(f), QList<R>{R::Critical});
    EXPECT_TRUE(ReleaseCheck::exclusions(f).first().text.contains(u"rappel enregistré"_s));
    // Critical by the catalogue's limits while the stored flag is only H.
    ReleaseFacts g = clean();
    g.results[0].critical = true;
    g.results[0].flag = AbnormalFlag::High;
    EXPECT_EQ(reasons(g), QList<R>{R::Critical});
}

TEST(ReleaseCheck, DeltaAlertExcludes)
{
    ReleaseFacts f = clean();
    f.deltaAlerts << ReleaseDeltaFact{u"K"_s, u"Variation de +45 % en 3 jours (seuil relatif 30 %)."_s};
    const auto e = ReleaseCheck::exclusions(f);
    ASSERT_EQ(e.size(), 1);
    EXPECT_EQ(e.first().reason, R::DeltaAlert);
    EXPECT_TRUE(e.first().text.startsWith(u"Potassium (K) : alerte delta"_s)) << e.first().text.toStdString();
}

TEST(ReleaseCheck, InstrumentFlagExcludes)
{
    ReleaseFacts f = clean();
    f.results[0].instrumentFlags = {u"HEM"_s, u"LIP"_s};
    const auto e = ReleaseCheck::exclusions(f);
    ASSERT_EQ(e.size(), 1);
    EXPECT_EQ(e.first().reason, R::InstrumentFlag);
    EXPECT_TRUE(e.first().text.contains(u"HEM, LIP"_s));
}

TEST(ReleaseCheck, NonConformityExcludes)
{
    ReleaseFacts f = clean();
    f.nonConformities << ReleaseNonConformityFact{u"Échantillon hémolysé"_s, {u"K"_s}};
    const auto e = ReleaseCheck::exclusions(f);
    ASSERT_EQ(e.size(), 1);
    EXPECT_EQ(e.first().reason, R::NonConformity);
    EXPECT_TRUE(e.first().text.contains(u"hémolysé"_s));
    EXPECT_TRUE(e.first().text.contains(u"K"_s));
}

TEST(ReleaseCheck, EditedValueExcludes)
{
    ReleaseFacts f = clean();
    f.results[0].edited = true;
    EXPECT_EQ(reasons(f), QList<R>{R::EditedValue});
}

TEST(ReleaseCheck, PendingReflexProposalExcludes)
{
    ReleaseFacts f = clean();
    f.pendingReflexes << ReleaseReflexFact{u"RFX-K"_s, u"K élevé"_s, u"K"_s, {u"MG"_s}, u"K = 5,8"_s};
    const auto e = ReleaseCheck::exclusions(f);
    ASSERT_EQ(e.size(), 1);
    EXPECT_EQ(e.first().reason, R::ReflexProposal);
    EXPECT_TRUE(e.first().text.contains(u"RFX-K"_s));
}

TEST(ReleaseCheck, NothingLeftToValidateExcludesAndValidatedResultsAreNotRechecked)
{
    ReleaseFacts f = clean();
    f.results[0].state = ValidationState::Validated;
    f.results[0].flag = AbnormalFlag::High; // seen by a biologist already
    EXPECT_TRUE(ReleaseCheck::eligible(f));
    f.results[1].state = ValidationState::Cancelled;
    EXPECT_EQ(reasons(f), QList<R>{R::NothingToValidate});
    EXPECT_EQ(reasons(ReleaseFacts{}), QList<R>{R::NothingToValidate});
}

TEST(ReleaseCheck, EveryReasonIsListedTogether)
{
    ReleaseFacts f = clean();
    f.results[0].flag = AbnormalFlag::Low;
    f.results[0].instrumentFlags = {u"!"_s};
    f.results[0].edited = true;
    f.deltaAlerts << ReleaseDeltaFact{u"NA"_s, {}};
    f.nonConformities << ReleaseNonConformityFact{u"Tube coagulé"_s, {}};
    EXPECT_EQ(reasons(f), (QList<R>{R::Abnormal, R::InstrumentFlag, R::EditedValue, R::DeltaAlert, R::NonConformity}));
    QStringList codes;
    for (R r : {R::NothingToValidate, R::PendingResult, R::Critical, R::Abnormal, R::DeltaAlert, R::InstrumentFlag,
                R::NonConformity, R::EditedValue, R::ReflexProposal})
        codes << releaseExclusionCode(r);
    EXPECT_EQ(codes.removeDuplicates(), 0);
    EXPECT_FALSE(codes.contains(QString()));
}

TEST(ReleaseCheck, EditedMeansCorrectedOrTypedOverAnotherValue)
{
    using S = ValidationState;
    EXPECT_FALSE(ReleaseCheck::wasEdited({}));
    EXPECT_FALSE(ReleaseCheck::wasEdited({step(u"enter"_s, S::Pending, u"5"_s), step(u"technical_validate"_s, S::Entered, u"5"_s)}));
    EXPECT_TRUE(ReleaseCheck::wasEdited({step(u"enter"_s, S::Pending, u"5"_s), step(u"enter"_s, S::Entered, u"6"_s)}));
    EXPECT_FALSE(ReleaseCheck::wasEdited({step(u"enter"_s, S::Pending, u"5"_s), step(u"enter"_s, S::Entered, u"5"_s)}))
        << "the same value sent again";
    EXPECT_FALSE(ReleaseCheck::wasEdited({step(u"enter"_s, S::Pending, u"5"_s), step(u"request_rerun"_s, S::Entered, u"5"_s),
                                          step(u"enter"_s, S::RerunRequested, u"7"_s)}))
        << "a rerun is a new measurement, not an edit";
    EXPECT_TRUE(ReleaseCheck::wasEdited({step(u"enter"_s, S::Pending, u"5"_s), step(u"correct"_s, S::Validated, u"5"_s)}));
}

TEST(ReleaseCheck, SuspectedTubeSwapExcludesTheWholeDossier)
{
    ReleaseFacts f = clean();
    ASSERT_TRUE(ReleaseCheck::eligible(f));
    f.suspectedSwaps << u"SYS.ECHANGE (Échange de tubes suspecté dans la série de prélèvement) : dossier D2 …"_s;
    const auto e = ReleaseCheck::exclusions(f);
    ASSERT_EQ(e.size(), 1);
    EXPECT_EQ(e.first().reason, R::SuspectedSwap);
    EXPECT_EQ(releaseExclusionCode(e.first().reason), u"suspected_swap"_s);
    EXPECT_TRUE(e.first().analysisCode.isEmpty());
    EXPECT_TRUE(e.first().text.startsWith(u"Échange de tubes suspecté par les règles : SYS.ECHANGE"_s)) << e.first().text.toStdString();
    EXPECT_TRUE(e.first().text.contains(u"dossier D2"_s));
}

TEST(ReleaseCheck, QcHoldExcludesNamingTheAnalysisAndTheRun)
{
    ReleaseFacts f = clean();
    f.results[1].qcHold = u"CQ rejeté : K, lot L1, règle 1-3s le 06/12/2026 10:42"_s;
    const auto e = ReleaseCheck::exclusions(f);
    ASSERT_EQ(e.size(), 1);
    EXPECT_EQ(e.first().reason, R::QcHold);
    EXPECT_EQ(releaseExclusionCode(e.first().reason), u"qc_hold"_s);
    EXPECT_EQ(e.first().analysisCode, u"K"_s);
    EXPECT_TRUE(e.first().text.startsWith(u"Potassium (K) : résultat retenu par le contrôle qualité"_s))
        << e.first().text.toStdString();
    EXPECT_TRUE(e.first().text.contains(u"règle 1-3s"_s));
    // Also before technical validation: the hold is named beside the pending state.
    f.results[1].state = ValidationState::Entered;
    EXPECT_EQ(reasons(f), (QList<R>{R::QcHold, R::PendingResult}));
    // A validated result is not looked at again.
    f.results[1].state = ValidationState::Validated;
    EXPECT_FALSE(reasons(f).contains(R::QcHold));
}
